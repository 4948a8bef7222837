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
import { Authorized, FieldResolver, Resolver } from 'type-graphql';
import { requireTerritorialScope } from '../auth/identity';
import { Role } from '../auth/role';
import { AppError, ErrorCode } from '../common/errors';
import { Beneficiary } from './beneficiary.entity';
const PERSONAL = 'Personal data (LGPDPPSO): ADMIN, or an OPERATOR of the beneficiary’s territorial.';
/**
 * The personal-data fields of a beneficiary. Three locks: `@Authorized` (at least
 * OPERATOR), the territorial check here, and the SQL scope of the loader.
 */
let BeneficiaryPersonalDataResolver = (() => {
    let _classDecorators = [Resolver(() => Beneficiary)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _fullName_decorators;
    let _curp_decorators;
    let _phone_decorators;
    let _address_decorators;
    let _birthDate_decorators;
    var BeneficiaryPersonalDataResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _fullName_decorators = [Authorized(Role.OPERATOR), FieldResolver(() => String, { nullable: true, description: `Full name. ${PERSONAL}` })];
            _curp_decorators = [Authorized(Role.OPERATOR), FieldResolver(() => String, {
                    nullable: true,
                    description: `CURP (Clave Única de Registro de Población). ${PERSONAL}`,
                })];
            _phone_decorators = [Authorized(Role.OPERATOR), FieldResolver(() => String, { nullable: true, description: `Phone number. ${PERSONAL}` })];
            _address_decorators = [Authorized(Role.OPERATOR), FieldResolver(() => String, { nullable: true, description: `Home address. ${PERSONAL}` })];
            _birthDate_decorators = [Authorized(Role.OPERATOR), FieldResolver(() => String, {
                    nullable: true,
                    description: `Birth date (YYYY-MM-DD); the public figure is ageGroup. ${PERSONAL}`,
                })];
            __esDecorate(this, null, _fullName_decorators, { kind: "method", name: "fullName", static: false, private: false, access: { has: obj => "fullName" in obj, get: obj => obj.fullName }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _curp_decorators, { kind: "method", name: "curp", static: false, private: false, access: { has: obj => "curp" in obj, get: obj => obj.curp }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _phone_decorators, { kind: "method", name: "phone", static: false, private: false, access: { has: obj => "phone" in obj, get: obj => obj.phone }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _address_decorators, { kind: "method", name: "address", static: false, private: false, access: { has: obj => "address" in obj, get: obj => obj.address }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _birthDate_decorators, { kind: "method", name: "birthDate", static: false, private: false, access: { has: obj => "birthDate" in obj, get: obj => obj.birthDate }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            BeneficiaryPersonalDataResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        async load(beneficiary, ctx) {
            requireTerritorialScope(ctx.identity, beneficiary.territorialId);
            const data = await ctx.loaders.personalData.load(beneficiary.id);
            if (!data)
                throw new AppError(ErrorCode.FORBIDDEN, 'Personal data of this beneficiary is outside your scope');
            return data;
        }
        async fullName(beneficiary, ctx) {
            return (await this.load(beneficiary, ctx)).fullName;
        }
        async curp(beneficiary, ctx) {
            return (await this.load(beneficiary, ctx)).curp;
        }
        async phone(beneficiary, ctx) {
            return (await this.load(beneficiary, ctx)).phone;
        }
        async address(beneficiary, ctx) {
            return (await this.load(beneficiary, ctx)).address;
        }
        async birthDate(beneficiary, ctx) {
            return (await this.load(beneficiary, ctx)).birthDate;
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return BeneficiaryPersonalDataResolver = _classThis;
})();
export { BeneficiaryPersonalDataResolver };
