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
import { Authorized, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { Colonia } from './colonia.entity';
import { Territorial } from './territorial.entity';
import { TerritoryWriteService } from './territory.write.service';
let TerritoryMutationResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _updateColonia_decorators;
    let _updateTerritorial_decorators;
    var TerritoryMutationResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _updateColonia_decorators = [Authorized(Role.ADMIN), Mutation(() => Colonia, {
                    description: "Changes a colonia's attributes (ADMIN; optimistic concurrency on `version`).",
                })];
            _updateTerritorial_decorators = [Authorized(Role.ADMIN), Mutation(() => Territorial, {
                    description: "Changes a territorial's attributes (ADMIN; optimistic concurrency on `version`).",
                })];
            __esDecorate(this, null, _updateColonia_decorators, { kind: "method", name: "updateColonia", static: false, private: false, access: { has: obj => "updateColonia" in obj, get: obj => obj.updateColonia }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _updateTerritorial_decorators, { kind: "method", name: "updateTerritorial", static: false, private: false, access: { has: obj => "updateTerritorial" in obj, get: obj => obj.updateTerritorial }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            TerritoryMutationResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        updateColonia(ctx, id, version, input) {
            return TerritoryWriteService.updateColonia(ctx, id, version, input);
        }
        updateTerritorial(ctx, id, version, input) {
            return TerritoryWriteService.updateTerritorial(ctx, id, version, input);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return TerritoryMutationResolver = _classThis;
})();
export { TerritoryMutationResolver };
