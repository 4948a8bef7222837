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
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryWriteService } from './beneficiary.write.service';
import { Payment } from './payment.entity';
let BeneficiaryMutationResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _createBeneficiary_decorators;
    let _updateBeneficiary_decorators;
    let _deleteBeneficiary_decorators;
    let _createPayment_decorators;
    let _updatePayment_decorators;
    let _deletePayment_decorators;
    var BeneficiaryMutationResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _createBeneficiary_decorators = [Authorized(Role.OPERATOR), Mutation(() => Beneficiary, { description: 'Records a beneficiary (OPERATOR: in its own territorial).' })];
            _updateBeneficiary_decorators = [Authorized(Role.OPERATOR), Mutation(() => Beneficiary, { description: 'Changes a beneficiary (optimistic concurrency on `version`).' })];
            _deleteBeneficiary_decorators = [Authorized(Role.OPERATOR), Mutation(() => ID, {
                    description: 'Deletes a beneficiary with its payment rows; refused while it has activities. Returns the id.',
                })];
            _createPayment_decorators = [Authorized(Role.OPERATOR), Mutation(() => Payment, { description: 'Records a payment row of a beneficiary.' })];
            _updatePayment_decorators = [Authorized(Role.OPERATOR), Mutation(() => Payment, { description: 'Changes a payment row (optimistic concurrency on `version`).' })];
            _deletePayment_decorators = [Authorized(Role.OPERATOR), Mutation(() => ID, { description: 'Deletes a payment row. Returns the id.' })];
            __esDecorate(this, null, _createBeneficiary_decorators, { kind: "method", name: "createBeneficiary", static: false, private: false, access: { has: obj => "createBeneficiary" in obj, get: obj => obj.createBeneficiary }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _updateBeneficiary_decorators, { kind: "method", name: "updateBeneficiary", static: false, private: false, access: { has: obj => "updateBeneficiary" in obj, get: obj => obj.updateBeneficiary }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _deleteBeneficiary_decorators, { kind: "method", name: "deleteBeneficiary", static: false, private: false, access: { has: obj => "deleteBeneficiary" in obj, get: obj => obj.deleteBeneficiary }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _createPayment_decorators, { kind: "method", name: "createPayment", static: false, private: false, access: { has: obj => "createPayment" in obj, get: obj => obj.createPayment }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _updatePayment_decorators, { kind: "method", name: "updatePayment", static: false, private: false, access: { has: obj => "updatePayment" in obj, get: obj => obj.updatePayment }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _deletePayment_decorators, { kind: "method", name: "deletePayment", static: false, private: false, access: { has: obj => "deletePayment" in obj, get: obj => obj.deletePayment }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            BeneficiaryMutationResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        createBeneficiary(ctx, input) {
            return BeneficiaryWriteService.createBeneficiary(ctx, input);
        }
        updateBeneficiary(ctx, id, version, input) {
            return BeneficiaryWriteService.updateBeneficiary(ctx, id, version, input);
        }
        deleteBeneficiary(ctx, id, version) {
            return BeneficiaryWriteService.deleteBeneficiary(ctx, id, version);
        }
        createPayment(ctx, input) {
            return BeneficiaryWriteService.createPayment(ctx, input);
        }
        updatePayment(ctx, id, version, input) {
            return BeneficiaryWriteService.updatePayment(ctx, id, version, input);
        }
        deletePayment(ctx, id, version) {
            return BeneficiaryWriteService.deletePayment(ctx, id, version);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return BeneficiaryMutationResolver = _classThis;
})();
export { BeneficiaryMutationResolver };
