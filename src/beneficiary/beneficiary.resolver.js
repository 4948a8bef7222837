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
import { Authorized, FieldResolver, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { connectionTypes } from '../common/pagination';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { relatedColonia, relatedTerritorial } from '../territory/related';
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryService } from './beneficiary.service';
import { Payment } from './payment.entity';
export const BeneficiaryConnection = connectionTypes('Beneficiary', Beneficiary);
let BeneficiaryQueryResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _beneficiaries_decorators;
    let _beneficiary_decorators;
    var BeneficiaryQueryResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _beneficiaries_decorators = [Authorized(Role.ANALYST), Query(() => BeneficiaryConnection, { description: 'Beneficiaries by id, a page at a time, with filters.' })];
            _beneficiary_decorators = [Authorized(Role.ANALYST), Query(() => Beneficiary, { nullable: true, description: 'One beneficiary by id; null when unknown.' })];
            __esDecorate(this, null, _beneficiaries_decorators, { kind: "method", name: "beneficiaries", static: false, private: false, access: { has: obj => "beneficiaries" in obj, get: obj => obj.beneficiaries }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _beneficiary_decorators, { kind: "method", name: "beneficiary", static: false, private: false, access: { has: obj => "beneficiary" in obj, get: obj => obj.beneficiary }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            BeneficiaryQueryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        beneficiaries(ctx, page, filters) {
            return BeneficiaryService.list(ctx, page, filters);
        }
        beneficiary(ctx, id) {
            return BeneficiaryService.find(ctx, id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return BeneficiaryQueryResolver = _classThis;
})();
export { BeneficiaryQueryResolver };
let BeneficiaryResolver = (() => {
    let _classDecorators = [Resolver(() => Beneficiary)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _territorial_decorators;
    let _colonia_decorators;
    let _payments_decorators;
    var BeneficiaryResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _territorial_decorators = [FieldResolver(() => Territorial)];
            _colonia_decorators = [FieldResolver(() => Colonia, { description: 'Colonia of assignment.' })];
            _payments_decorators = [FieldResolver(() => [Payment], { description: 'Payment rows, by row number.' })];
            __esDecorate(this, null, _territorial_decorators, { kind: "method", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _colonia_decorators, { kind: "method", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _payments_decorators, { kind: "method", name: "payments", static: false, private: false, access: { has: obj => "payments" in obj, get: obj => obj.payments }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            BeneficiaryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        territorial(beneficiary, ctx) {
            return relatedTerritorial(ctx, beneficiary);
        }
        colonia(beneficiary, ctx) {
            return relatedColonia(ctx, beneficiary);
        }
        payments(beneficiary, ctx) {
            return ctx.loaders.beneficiary.paymentsByBeneficiaryId.load(beneficiary.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return BeneficiaryResolver = _classThis;
})();
export { BeneficiaryResolver };
let TerritorialBeneficiariesResolver = (() => {
    let _classDecorators = [Resolver(() => Territorial)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _beneficiaries_decorators;
    var TerritorialBeneficiariesResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _beneficiaries_decorators = [FieldResolver(() => [Beneficiary], {
                    description: 'Beneficiaries of this territorial, by folio (filters and pages: the beneficiaries query).',
                })];
            __esDecorate(this, null, _beneficiaries_decorators, { kind: "method", name: "beneficiaries", static: false, private: false, access: { has: obj => "beneficiaries" in obj, get: obj => obj.beneficiaries }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            TerritorialBeneficiariesResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        beneficiaries(territorial, ctx) {
            return ctx.loaders.beneficiary.beneficiariesByTerritorialId.load(territorial.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return TerritorialBeneficiariesResolver = _classThis;
})();
export { TerritorialBeneficiariesResolver };
let ColoniaBeneficiariesResolver = (() => {
    let _classDecorators = [Resolver(() => Colonia)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _beneficiaries_decorators;
    var ColoniaBeneficiariesResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _beneficiaries_decorators = [FieldResolver(() => [Beneficiary], { description: 'Beneficiaries assigned to this colonia, by folio.' })];
            __esDecorate(this, null, _beneficiaries_decorators, { kind: "method", name: "beneficiaries", static: false, private: false, access: { has: obj => "beneficiaries" in obj, get: obj => obj.beneficiaries }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ColoniaBeneficiariesResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        beneficiaries(colonia, ctx) {
            return ctx.loaders.beneficiary.beneficiariesByColoniaId.load(colonia.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ColoniaBeneficiariesResolver = _classThis;
})();
export { ColoniaBeneficiariesResolver };
export const beneficiaryResolvers = [
    BeneficiaryQueryResolver,
    BeneficiaryResolver,
    TerritorialBeneficiariesResolver,
    ColoniaBeneficiariesResolver,
];
