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
import { PublicSpaceImprovement } from './public-space-improvement.entity';
import { PublicSpaceWriteService } from './public-space.write.service';
let PublicSpaceMutationResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _createImprovement_decorators;
    let _updateImprovement_decorators;
    let _deleteImprovement_decorators;
    var PublicSpaceMutationResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _createImprovement_decorators = [Authorized(Role.OPERATOR), Mutation(() => PublicSpaceImprovement, {
                    description: 'Records a public-space improvement (OPERATOR: in its own territorial); its kind becomes tracked.',
                })];
            _updateImprovement_decorators = [Authorized(Role.OPERATOR), Mutation(() => PublicSpaceImprovement, {
                    description: 'Changes an improvement (optimistic concurrency on `version`).',
                })];
            _deleteImprovement_decorators = [Authorized(Role.OPERATOR), Mutation(() => ID, { description: 'Deletes an improvement. Returns the id.' })];
            __esDecorate(this, null, _createImprovement_decorators, { kind: "method", name: "createImprovement", static: false, private: false, access: { has: obj => "createImprovement" in obj, get: obj => obj.createImprovement }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _updateImprovement_decorators, { kind: "method", name: "updateImprovement", static: false, private: false, access: { has: obj => "updateImprovement" in obj, get: obj => obj.updateImprovement }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _deleteImprovement_decorators, { kind: "method", name: "deleteImprovement", static: false, private: false, access: { has: obj => "deleteImprovement" in obj, get: obj => obj.deleteImprovement }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            PublicSpaceMutationResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        createImprovement(ctx, input) {
            return PublicSpaceWriteService.createImprovement(ctx, input);
        }
        updateImprovement(ctx, id, version, input) {
            return PublicSpaceWriteService.updateImprovement(ctx, id, version, input);
        }
        deleteImprovement(ctx, id, version) {
            return PublicSpaceWriteService.deleteImprovement(ctx, id, version);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return PublicSpaceMutationResolver = _classThis;
})();
export { PublicSpaceMutationResolver };
