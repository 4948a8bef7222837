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
import { Agenda } from './agenda.entity';
import { Workshop } from './workshop.entity';
import { WorkshopWriteService } from './workshop.write.service';
let WorkshopMutationResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _createWorkshop_decorators;
    let _updateWorkshop_decorators;
    let _deleteWorkshop_decorators;
    let _createAgenda_decorators;
    let _updateAgenda_decorators;
    let _deleteAgenda_decorators;
    var WorkshopMutationResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _createWorkshop_decorators = [Authorized(Role.OPERATOR), Mutation(() => Workshop, { description: 'Records a workshop (OPERATOR: in its own territorial).' })];
            _updateWorkshop_decorators = [Authorized(Role.OPERATOR), Mutation(() => Workshop, { description: 'Changes a workshop (optimistic concurrency on `version`).' })];
            _deleteWorkshop_decorators = [Authorized(Role.OPERATOR), Mutation(() => ID, { description: 'Deletes a workshop. Returns the id.' })];
            _createAgenda_decorators = [Authorized(Role.OPERATOR), Mutation(() => Agenda, { description: 'Records a colonia agenda with its projects.' })];
            _updateAgenda_decorators = [Authorized(Role.OPERATOR), Mutation(() => Agenda, {
                    description: 'Changes an agenda; `projects`, when given, replaces the list (optimistic concurrency on `version`).',
                })];
            _deleteAgenda_decorators = [Authorized(Role.OPERATOR), Mutation(() => ID, { description: 'Deletes an agenda and its projects. Returns the id.' })];
            __esDecorate(this, null, _createWorkshop_decorators, { kind: "method", name: "createWorkshop", static: false, private: false, access: { has: obj => "createWorkshop" in obj, get: obj => obj.createWorkshop }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _updateWorkshop_decorators, { kind: "method", name: "updateWorkshop", static: false, private: false, access: { has: obj => "updateWorkshop" in obj, get: obj => obj.updateWorkshop }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _deleteWorkshop_decorators, { kind: "method", name: "deleteWorkshop", static: false, private: false, access: { has: obj => "deleteWorkshop" in obj, get: obj => obj.deleteWorkshop }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _createAgenda_decorators, { kind: "method", name: "createAgenda", static: false, private: false, access: { has: obj => "createAgenda" in obj, get: obj => obj.createAgenda }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _updateAgenda_decorators, { kind: "method", name: "updateAgenda", static: false, private: false, access: { has: obj => "updateAgenda" in obj, get: obj => obj.updateAgenda }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _deleteAgenda_decorators, { kind: "method", name: "deleteAgenda", static: false, private: false, access: { has: obj => "deleteAgenda" in obj, get: obj => obj.deleteAgenda }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            WorkshopMutationResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        createWorkshop(ctx, input) {
            return WorkshopWriteService.createWorkshop(ctx, input);
        }
        updateWorkshop(ctx, id, version, input) {
            return WorkshopWriteService.updateWorkshop(ctx, id, version, input);
        }
        deleteWorkshop(ctx, id, version) {
            return WorkshopWriteService.deleteWorkshop(ctx, id, version);
        }
        createAgenda(ctx, input) {
            return WorkshopWriteService.createAgenda(ctx, input);
        }
        updateAgenda(ctx, id, version, input) {
            return WorkshopWriteService.updateAgenda(ctx, id, version, input);
        }
        deleteAgenda(ctx, id, version) {
            return WorkshopWriteService.deleteAgenda(ctx, id, version);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return WorkshopMutationResolver = _classThis;
})();
export { WorkshopMutationResolver };
