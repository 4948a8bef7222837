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
var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
import { ArgsType, Field, Int } from 'type-graphql';
import { TerritoryDateFilterArgs, TerritoryFilterArgs } from '../territory/territory-filter.args';
import { AgendaStatus, WorkshopModality } from './workshop.enums';
let WorkshopFilterArgs = (() => {
    let _classDecorators = [ArgsType()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _classSuper = TerritoryDateFilterArgs;
    let _modality_decorators;
    let _modality_initializers = [];
    let _modality_extraInitializers = [];
    var WorkshopFilterArgs = class extends _classSuper {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _modality_decorators = [Field(() => WorkshopModality, { nullable: true })];
            __esDecorate(null, null, _modality_decorators, { kind: "field", name: "modality", static: false, private: false, access: { has: obj => "modality" in obj, get: obj => obj.modality, set: (obj, value) => { obj.modality = value; } }, metadata: _metadata }, _modality_initializers, _modality_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            WorkshopFilterArgs = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        modality = __runInitializers(this, _modality_initializers, void 0);
        constructor() {
            super(...arguments);
            __runInitializers(this, _modality_extraInitializers);
        }
    };
    return WorkshopFilterArgs = _classThis;
})();
export { WorkshopFilterArgs };
let AgendaFilterArgs = (() => {
    let _classDecorators = [ArgsType()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _classSuper = TerritoryFilterArgs;
    let _status_decorators;
    let _status_initializers = [];
    let _status_extraInitializers = [];
    let _programYear_decorators;
    let _programYear_initializers = [];
    let _programYear_extraInitializers = [];
    var AgendaFilterArgs = class extends _classSuper {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _status_decorators = [Field(() => AgendaStatus, { nullable: true })];
            _programYear_decorators = [Field(() => Int, { nullable: true })];
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, null, _programYear_decorators, { kind: "field", name: "programYear", static: false, private: false, access: { has: obj => "programYear" in obj, get: obj => obj.programYear, set: (obj, value) => { obj.programYear = value; } }, metadata: _metadata }, _programYear_initializers, _programYear_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            AgendaFilterArgs = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        status = __runInitializers(this, _status_initializers, void 0);
        programYear = (__runInitializers(this, _status_extraInitializers), __runInitializers(this, _programYear_initializers, void 0));
        constructor() {
            super(...arguments);
            __runInitializers(this, _programYear_extraInitializers);
        }
    };
    return AgendaFilterArgs = _classThis;
})();
export { AgendaFilterArgs };
