var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
var __esDecorate = (this && this.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
import { Authorized, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { EcosSchool } from './ecos-school.entity';
import { EcosWriteService } from './ecos.write.service';
let EcosMutationResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _createEcosSchool_decorators;
    let _updateEcosSchool_decorators;
    let _deleteEcosSchool_decorators;
    var EcosMutationResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _createEcosSchool_decorators = [Authorized(Role.OPERATOR), Mutation(() => EcosSchool, { description: 'Records an ECOS school (OPERATOR: in its own territorial).' })];
            _updateEcosSchool_decorators = [Authorized(Role.OPERATOR), Mutation(() => EcosSchool, { description: 'Changes an ECOS school (optimistic concurrency on `version`).' })];
            _deleteEcosSchool_decorators = [Authorized(Role.OPERATOR), Mutation(() => ID, { description: 'Deletes an ECOS school and its facilitator assignments. Returns the id.' })];
            __esDecorate(this, null, _createEcosSchool_decorators, { kind: "method", name: "createEcosSchool", static: false, private: false, access: { has: obj => "createEcosSchool" in obj, get: obj => obj.createEcosSchool }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _updateEcosSchool_decorators, { kind: "method", name: "updateEcosSchool", static: false, private: false, access: { has: obj => "updateEcosSchool" in obj, get: obj => obj.updateEcosSchool }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _deleteEcosSchool_decorators, { kind: "method", name: "deleteEcosSchool", static: false, private: false, access: { has: obj => "deleteEcosSchool" in obj, get: obj => obj.deleteEcosSchool }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            EcosMutationResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        createEcosSchool(ctx, input) {
            return EcosWriteService.createEcosSchool(ctx, input);
        }
        updateEcosSchool(ctx, id, version, input) {
            return EcosWriteService.updateEcosSchool(ctx, id, version, input);
        }
        deleteEcosSchool(ctx, id, version) {
            return EcosWriteService.deleteEcosSchool(ctx, id, version);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return EcosMutationResolver = _classThis;
})();
export { EcosMutationResolver };
