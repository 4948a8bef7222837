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
import { Activity } from './activity.entity';
import { ActivityWriteService } from './activity.write.service';
let ActivityMutationResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _createActivity_decorators;
    let _updateActivity_decorators;
    let _deleteActivity_decorators;
    var ActivityMutationResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _createActivity_decorators = [Authorized(Role.OPERATOR), Mutation(() => Activity, {
                    description: 'Records a field activity (OPERATOR: in its own territorial); coverage counts it at once.',
                })];
            _updateActivity_decorators = [Authorized(Role.OPERATOR), Mutation(() => Activity, { description: 'Changes an activity (optimistic concurrency on `version`).' })];
            _deleteActivity_decorators = [Authorized(Role.OPERATOR), Mutation(() => ID, { description: 'Deletes an activity. Returns the id.' })];
            __esDecorate(this, null, _createActivity_decorators, { kind: "method", name: "createActivity", static: false, private: false, access: { has: obj => "createActivity" in obj, get: obj => obj.createActivity }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _updateActivity_decorators, { kind: "method", name: "updateActivity", static: false, private: false, access: { has: obj => "updateActivity" in obj, get: obj => obj.updateActivity }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _deleteActivity_decorators, { kind: "method", name: "deleteActivity", static: false, private: false, access: { has: obj => "deleteActivity" in obj, get: obj => obj.deleteActivity }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ActivityMutationResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        createActivity(ctx, input) {
            return ActivityWriteService.createActivity(ctx, input);
        }
        updateActivity(ctx, id, version, input) {
            return ActivityWriteService.updateActivity(ctx, id, version, input);
        }
        deleteActivity(ctx, id, version) {
            return ActivityWriteService.deleteActivity(ctx, id, version);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ActivityMutationResolver = _classThis;
})();
export { ActivityMutationResolver };
