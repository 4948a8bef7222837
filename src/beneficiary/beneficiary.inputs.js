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
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { DateScalar } from '../common/date';
import { PRINTABLE } from '../write/input-rules';
import { BeneficiaryRole, BeneficiaryStatus, Education, Occupation, Sex } from './beneficiary.enums';
const FOLIO = /^[A-Z0-9][A-Z0-9-]{2,19}$/;
/** CURP layout (RENAPO): 4 letters, birth date, sex, state, 3 consonants, homonymy character, check digit. */
const CURP = /^[A-Z]{4}[0-9]{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z0-9][0-9]$/;
const PHONE = /^\+?[0-9][0-9 -]{6,17}[0-9]$/;
let CreateBeneficiaryInput = (() => {
    let _classDecorators = [InputType({ description: 'A new beneficiary. Its territorial is its colonia’s.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _folio_decorators;
    let _folio_initializers = [];
    let _folio_extraInitializers = [];
    let _programYear_decorators;
    let _programYear_initializers = [];
    let _programYear_extraInitializers = [];
    let _role_decorators;
    let _role_initializers = [];
    let _role_extraInitializers = [];
    let _sex_decorators;
    let _sex_initializers = [];
    let _sex_extraInitializers = [];
    let _birthDate_decorators;
    let _birthDate_initializers = [];
    let _birthDate_extraInitializers = [];
    let _education_decorators;
    let _education_initializers = [];
    let _education_extraInitializers = [];
    let _occupation_decorators;
    let _occupation_initializers = [];
    let _occupation_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _status_decorators;
    let _status_initializers = [];
    let _status_extraInitializers = [];
    let _bajaOn_decorators;
    let _bajaOn_initializers = [];
    let _bajaOn_extraInitializers = [];
    let _fullName_decorators;
    let _fullName_initializers = [];
    let _fullName_extraInitializers = [];
    let _curp_decorators;
    let _curp_initializers = [];
    let _curp_extraInitializers = [];
    let _phone_decorators;
    let _phone_initializers = [];
    let _phone_extraInitializers = [];
    let _address_decorators;
    let _address_initializers = [];
    let _address_extraInitializers = [];
    var CreateBeneficiaryInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _folio_decorators = [Field({ description: 'Program folio, e.g. BEN-2020-1281 (unique).' }), Matches(FOLIO, { message: 'folio must be 3–20 upper-case letters, digits or hyphens (e.g. BEN-2020-0001)' })];
            _programYear_decorators = [Field(() => Int), Min(2000, { message: 'programYear must be between 2000 and 2100' }), Max(2100, { message: 'programYear must be between 2000 and 2100' })];
            _role_decorators = [Field(() => BeneficiaryRole)];
            _sex_decorators = [Field(() => Sex)];
            _birthDate_decorators = [Field(() => DateScalar, { description: 'YYYY-MM-DD; at least 18 years before 1 January of the program year.' })];
            _education_decorators = [Field(() => Education)];
            _occupation_decorators = [Field(() => Occupation)];
            _coloniaId_decorators = [Field(() => ID, { description: 'Colonia of assignment.' })];
            _status_decorators = [Field(() => BeneficiaryStatus, { nullable: true, description: 'Default ACTIVE.' })];
            _bajaOn_decorators = [Field(() => DateScalar, {
                    nullable: true,
                    description: 'Date of leaving: required with status BAJA, absent otherwise.',
                })];
            _fullName_decorators = [Field(), Length(3, 160, { message: 'fullName must be 3 to 160 characters' }), Matches(PRINTABLE, { message: 'fullName must be printable text' })];
            _curp_decorators = [Field({ description: 'CURP, 18 characters.' }), Matches(CURP, { message: 'curp must be an 18-character CURP (e.g. GOPA850101MDFRRN09)' })];
            _phone_decorators = [Field(), Matches(PHONE, { message: 'phone must be 8 to 19 digits (spaces, hyphens and a leading + allowed)' })];
            _address_decorators = [Field(), Length(3, 240, { message: 'address must be 3 to 240 characters' }), Matches(PRINTABLE, { message: 'address must be printable text' })];
            __esDecorate(null, null, _folio_decorators, { kind: "field", name: "folio", static: false, private: false, access: { has: obj => "folio" in obj, get: obj => obj.folio, set: (obj, value) => { obj.folio = value; } }, metadata: _metadata }, _folio_initializers, _folio_extraInitializers);
            __esDecorate(null, null, _programYear_decorators, { kind: "field", name: "programYear", static: false, private: false, access: { has: obj => "programYear" in obj, get: obj => obj.programYear, set: (obj, value) => { obj.programYear = value; } }, metadata: _metadata }, _programYear_initializers, _programYear_extraInitializers);
            __esDecorate(null, null, _role_decorators, { kind: "field", name: "role", static: false, private: false, access: { has: obj => "role" in obj, get: obj => obj.role, set: (obj, value) => { obj.role = value; } }, metadata: _metadata }, _role_initializers, _role_extraInitializers);
            __esDecorate(null, null, _sex_decorators, { kind: "field", name: "sex", static: false, private: false, access: { has: obj => "sex" in obj, get: obj => obj.sex, set: (obj, value) => { obj.sex = value; } }, metadata: _metadata }, _sex_initializers, _sex_extraInitializers);
            __esDecorate(null, null, _birthDate_decorators, { kind: "field", name: "birthDate", static: false, private: false, access: { has: obj => "birthDate" in obj, get: obj => obj.birthDate, set: (obj, value) => { obj.birthDate = value; } }, metadata: _metadata }, _birthDate_initializers, _birthDate_extraInitializers);
            __esDecorate(null, null, _education_decorators, { kind: "field", name: "education", static: false, private: false, access: { has: obj => "education" in obj, get: obj => obj.education, set: (obj, value) => { obj.education = value; } }, metadata: _metadata }, _education_initializers, _education_extraInitializers);
            __esDecorate(null, null, _occupation_decorators, { kind: "field", name: "occupation", static: false, private: false, access: { has: obj => "occupation" in obj, get: obj => obj.occupation, set: (obj, value) => { obj.occupation = value; } }, metadata: _metadata }, _occupation_initializers, _occupation_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, null, _bajaOn_decorators, { kind: "field", name: "bajaOn", static: false, private: false, access: { has: obj => "bajaOn" in obj, get: obj => obj.bajaOn, set: (obj, value) => { obj.bajaOn = value; } }, metadata: _metadata }, _bajaOn_initializers, _bajaOn_extraInitializers);
            __esDecorate(null, null, _fullName_decorators, { kind: "field", name: "fullName", static: false, private: false, access: { has: obj => "fullName" in obj, get: obj => obj.fullName, set: (obj, value) => { obj.fullName = value; } }, metadata: _metadata }, _fullName_initializers, _fullName_extraInitializers);
            __esDecorate(null, null, _curp_decorators, { kind: "field", name: "curp", static: false, private: false, access: { has: obj => "curp" in obj, get: obj => obj.curp, set: (obj, value) => { obj.curp = value; } }, metadata: _metadata }, _curp_initializers, _curp_extraInitializers);
            __esDecorate(null, null, _phone_decorators, { kind: "field", name: "phone", static: false, private: false, access: { has: obj => "phone" in obj, get: obj => obj.phone, set: (obj, value) => { obj.phone = value; } }, metadata: _metadata }, _phone_initializers, _phone_extraInitializers);
            __esDecorate(null, null, _address_decorators, { kind: "field", name: "address", static: false, private: false, access: { has: obj => "address" in obj, get: obj => obj.address, set: (obj, value) => { obj.address = value; } }, metadata: _metadata }, _address_initializers, _address_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CreateBeneficiaryInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        folio = __runInitializers(this, _folio_initializers, void 0);
        programYear = (__runInitializers(this, _folio_extraInitializers), __runInitializers(this, _programYear_initializers, void 0));
        role = (__runInitializers(this, _programYear_extraInitializers), __runInitializers(this, _role_initializers, void 0));
        sex = (__runInitializers(this, _role_extraInitializers), __runInitializers(this, _sex_initializers, void 0));
        birthDate = (__runInitializers(this, _sex_extraInitializers), __runInitializers(this, _birthDate_initializers, void 0));
        education = (__runInitializers(this, _birthDate_extraInitializers), __runInitializers(this, _education_initializers, void 0));
        occupation = (__runInitializers(this, _education_extraInitializers), __runInitializers(this, _occupation_initializers, void 0));
        coloniaId = (__runInitializers(this, _occupation_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        status = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _status_initializers, void 0));
        bajaOn = (__runInitializers(this, _status_extraInitializers), __runInitializers(this, _bajaOn_initializers, void 0));
        fullName = (__runInitializers(this, _bajaOn_extraInitializers), __runInitializers(this, _fullName_initializers, void 0));
        curp = (__runInitializers(this, _fullName_extraInitializers), __runInitializers(this, _curp_initializers, void 0));
        phone = (__runInitializers(this, _curp_extraInitializers), __runInitializers(this, _phone_initializers, void 0));
        address = (__runInitializers(this, _phone_extraInitializers), __runInitializers(this, _address_initializers, void 0));
        constructor() {
            __runInitializers(this, _address_extraInitializers);
        }
    };
    return CreateBeneficiaryInput = _classThis;
})();
export { CreateBeneficiaryInput };
let UpdateBeneficiaryInput = (() => {
    let _classDecorators = [InputType({ description: 'Fields of a beneficiary to change; omitted fields stay as they are.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _folio_decorators;
    let _folio_initializers = [];
    let _folio_extraInitializers = [];
    let _programYear_decorators;
    let _programYear_initializers = [];
    let _programYear_extraInitializers = [];
    let _role_decorators;
    let _role_initializers = [];
    let _role_extraInitializers = [];
    let _sex_decorators;
    let _sex_initializers = [];
    let _sex_extraInitializers = [];
    let _birthDate_decorators;
    let _birthDate_initializers = [];
    let _birthDate_extraInitializers = [];
    let _education_decorators;
    let _education_initializers = [];
    let _education_extraInitializers = [];
    let _occupation_decorators;
    let _occupation_initializers = [];
    let _occupation_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _status_decorators;
    let _status_initializers = [];
    let _status_extraInitializers = [];
    let _bajaOn_decorators;
    let _bajaOn_initializers = [];
    let _bajaOn_extraInitializers = [];
    let _fullName_decorators;
    let _fullName_initializers = [];
    let _fullName_extraInitializers = [];
    let _curp_decorators;
    let _curp_initializers = [];
    let _curp_extraInitializers = [];
    let _phone_decorators;
    let _phone_initializers = [];
    let _phone_extraInitializers = [];
    let _address_decorators;
    let _address_initializers = [];
    let _address_extraInitializers = [];
    var UpdateBeneficiaryInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _folio_decorators = [Field({ nullable: true }), IsOptional(), Matches(FOLIO, { message: 'folio must be 3–20 upper-case letters, digits or hyphens (e.g. BEN-2020-0001)' })];
            _programYear_decorators = [Field(() => Int, { nullable: true }), IsOptional(), Min(2000, { message: 'programYear must be between 2000 and 2100' }), Max(2100, { message: 'programYear must be between 2000 and 2100' })];
            _role_decorators = [Field(() => BeneficiaryRole, { nullable: true })];
            _sex_decorators = [Field(() => Sex, { nullable: true })];
            _birthDate_decorators = [Field(() => DateScalar, { nullable: true })];
            _education_decorators = [Field(() => Education, { nullable: true })];
            _occupation_decorators = [Field(() => Occupation, { nullable: true })];
            _coloniaId_decorators = [Field(() => ID, { nullable: true })];
            _status_decorators = [Field(() => BeneficiaryStatus, { nullable: true })];
            _bajaOn_decorators = [Field(() => DateScalar, {
                    nullable: true,
                    description: 'Set with status BAJA; null to clear it with status ACTIVE.',
                })];
            _fullName_decorators = [Field({ nullable: true }), IsOptional(), Length(3, 160, { message: 'fullName must be 3 to 160 characters' }), Matches(PRINTABLE, { message: 'fullName must be printable text' })];
            _curp_decorators = [Field({ nullable: true }), IsOptional(), Matches(CURP, { message: 'curp must be an 18-character CURP (e.g. GOPA850101MDFRRN09)' })];
            _phone_decorators = [Field({ nullable: true }), IsOptional(), Matches(PHONE, { message: 'phone must be 8 to 19 digits (spaces, hyphens and a leading + allowed)' })];
            _address_decorators = [Field({ nullable: true }), IsOptional(), Length(3, 240, { message: 'address must be 3 to 240 characters' }), Matches(PRINTABLE, { message: 'address must be printable text' })];
            __esDecorate(null, null, _folio_decorators, { kind: "field", name: "folio", static: false, private: false, access: { has: obj => "folio" in obj, get: obj => obj.folio, set: (obj, value) => { obj.folio = value; } }, metadata: _metadata }, _folio_initializers, _folio_extraInitializers);
            __esDecorate(null, null, _programYear_decorators, { kind: "field", name: "programYear", static: false, private: false, access: { has: obj => "programYear" in obj, get: obj => obj.programYear, set: (obj, value) => { obj.programYear = value; } }, metadata: _metadata }, _programYear_initializers, _programYear_extraInitializers);
            __esDecorate(null, null, _role_decorators, { kind: "field", name: "role", static: false, private: false, access: { has: obj => "role" in obj, get: obj => obj.role, set: (obj, value) => { obj.role = value; } }, metadata: _metadata }, _role_initializers, _role_extraInitializers);
            __esDecorate(null, null, _sex_decorators, { kind: "field", name: "sex", static: false, private: false, access: { has: obj => "sex" in obj, get: obj => obj.sex, set: (obj, value) => { obj.sex = value; } }, metadata: _metadata }, _sex_initializers, _sex_extraInitializers);
            __esDecorate(null, null, _birthDate_decorators, { kind: "field", name: "birthDate", static: false, private: false, access: { has: obj => "birthDate" in obj, get: obj => obj.birthDate, set: (obj, value) => { obj.birthDate = value; } }, metadata: _metadata }, _birthDate_initializers, _birthDate_extraInitializers);
            __esDecorate(null, null, _education_decorators, { kind: "field", name: "education", static: false, private: false, access: { has: obj => "education" in obj, get: obj => obj.education, set: (obj, value) => { obj.education = value; } }, metadata: _metadata }, _education_initializers, _education_extraInitializers);
            __esDecorate(null, null, _occupation_decorators, { kind: "field", name: "occupation", static: false, private: false, access: { has: obj => "occupation" in obj, get: obj => obj.occupation, set: (obj, value) => { obj.occupation = value; } }, metadata: _metadata }, _occupation_initializers, _occupation_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, null, _bajaOn_decorators, { kind: "field", name: "bajaOn", static: false, private: false, access: { has: obj => "bajaOn" in obj, get: obj => obj.bajaOn, set: (obj, value) => { obj.bajaOn = value; } }, metadata: _metadata }, _bajaOn_initializers, _bajaOn_extraInitializers);
            __esDecorate(null, null, _fullName_decorators, { kind: "field", name: "fullName", static: false, private: false, access: { has: obj => "fullName" in obj, get: obj => obj.fullName, set: (obj, value) => { obj.fullName = value; } }, metadata: _metadata }, _fullName_initializers, _fullName_extraInitializers);
            __esDecorate(null, null, _curp_decorators, { kind: "field", name: "curp", static: false, private: false, access: { has: obj => "curp" in obj, get: obj => obj.curp, set: (obj, value) => { obj.curp = value; } }, metadata: _metadata }, _curp_initializers, _curp_extraInitializers);
            __esDecorate(null, null, _phone_decorators, { kind: "field", name: "phone", static: false, private: false, access: { has: obj => "phone" in obj, get: obj => obj.phone, set: (obj, value) => { obj.phone = value; } }, metadata: _metadata }, _phone_initializers, _phone_extraInitializers);
            __esDecorate(null, null, _address_decorators, { kind: "field", name: "address", static: false, private: false, access: { has: obj => "address" in obj, get: obj => obj.address, set: (obj, value) => { obj.address = value; } }, metadata: _metadata }, _address_initializers, _address_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            UpdateBeneficiaryInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        folio = __runInitializers(this, _folio_initializers, void 0);
        programYear = (__runInitializers(this, _folio_extraInitializers), __runInitializers(this, _programYear_initializers, void 0));
        role = (__runInitializers(this, _programYear_extraInitializers), __runInitializers(this, _role_initializers, void 0));
        sex = (__runInitializers(this, _role_extraInitializers), __runInitializers(this, _sex_initializers, void 0));
        birthDate = (__runInitializers(this, _sex_extraInitializers), __runInitializers(this, _birthDate_initializers, void 0));
        education = (__runInitializers(this, _birthDate_extraInitializers), __runInitializers(this, _education_initializers, void 0));
        occupation = (__runInitializers(this, _education_extraInitializers), __runInitializers(this, _occupation_initializers, void 0));
        coloniaId = (__runInitializers(this, _occupation_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        status = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _status_initializers, void 0));
        bajaOn = (__runInitializers(this, _status_extraInitializers), __runInitializers(this, _bajaOn_initializers, void 0));
        fullName = (__runInitializers(this, _bajaOn_extraInitializers), __runInitializers(this, _fullName_initializers, void 0));
        curp = (__runInitializers(this, _fullName_extraInitializers), __runInitializers(this, _curp_initializers, void 0));
        phone = (__runInitializers(this, _curp_extraInitializers), __runInitializers(this, _phone_initializers, void 0));
        address = (__runInitializers(this, _phone_extraInitializers), __runInitializers(this, _address_initializers, void 0));
        constructor() {
            __runInitializers(this, _address_extraInitializers);
        }
    };
    return UpdateBeneficiaryInput = _classThis;
})();
export { UpdateBeneficiaryInput };
let CreatePaymentInput = (() => {
    let _classDecorators = [InputType({ description: 'A new payment row (ministración) of a beneficiary.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _beneficiaryId_decorators;
    let _beneficiaryId_initializers = [];
    let _beneficiaryId_extraInitializers = [];
    let _row_decorators;
    let _row_initializers = [];
    let _row_extraInitializers = [];
    let _month_decorators;
    let _month_initializers = [];
    let _month_extraInitializers = [];
    let _amount_decorators;
    let _amount_initializers = [];
    let _amount_extraInitializers = [];
    var CreatePaymentInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _beneficiaryId_decorators = [Field(() => ID)];
            _row_decorators = [Field(() => Int, { description: 'Payment row of the budget table, 1–13 (unique per beneficiary).' }), Min(1, { message: 'row must be between 1 and 13' }), Max(13, { message: 'row must be between 1 and 13' })];
            _month_decorators = [Field(() => DateScalar, { description: 'First day of the month the row is paid in (YYYY-MM-01).' })];
            _amount_decorators = [Field(() => Float, { description: 'Amount in MXN, more than 0, at most 1,000,000, whole centavos.' }), Min(0.01, { message: 'amount must be at least 0.01' }), Max(1_000_000, { message: 'amount must be at most 1000000' })];
            __esDecorate(null, null, _beneficiaryId_decorators, { kind: "field", name: "beneficiaryId", static: false, private: false, access: { has: obj => "beneficiaryId" in obj, get: obj => obj.beneficiaryId, set: (obj, value) => { obj.beneficiaryId = value; } }, metadata: _metadata }, _beneficiaryId_initializers, _beneficiaryId_extraInitializers);
            __esDecorate(null, null, _row_decorators, { kind: "field", name: "row", static: false, private: false, access: { has: obj => "row" in obj, get: obj => obj.row, set: (obj, value) => { obj.row = value; } }, metadata: _metadata }, _row_initializers, _row_extraInitializers);
            __esDecorate(null, null, _month_decorators, { kind: "field", name: "month", static: false, private: false, access: { has: obj => "month" in obj, get: obj => obj.month, set: (obj, value) => { obj.month = value; } }, metadata: _metadata }, _month_initializers, _month_extraInitializers);
            __esDecorate(null, null, _amount_decorators, { kind: "field", name: "amount", static: false, private: false, access: { has: obj => "amount" in obj, get: obj => obj.amount, set: (obj, value) => { obj.amount = value; } }, metadata: _metadata }, _amount_initializers, _amount_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CreatePaymentInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        beneficiaryId = __runInitializers(this, _beneficiaryId_initializers, void 0);
        row = (__runInitializers(this, _beneficiaryId_extraInitializers), __runInitializers(this, _row_initializers, void 0));
        month = (__runInitializers(this, _row_extraInitializers), __runInitializers(this, _month_initializers, void 0));
        amount = (__runInitializers(this, _month_extraInitializers), __runInitializers(this, _amount_initializers, void 0));
        constructor() {
            __runInitializers(this, _amount_extraInitializers);
        }
    };
    return CreatePaymentInput = _classThis;
})();
export { CreatePaymentInput };
let UpdatePaymentInput = (() => {
    let _classDecorators = [InputType({ description: 'Fields of a payment to change; omitted fields stay as they are.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _row_decorators;
    let _row_initializers = [];
    let _row_extraInitializers = [];
    let _month_decorators;
    let _month_initializers = [];
    let _month_extraInitializers = [];
    let _amount_decorators;
    let _amount_initializers = [];
    let _amount_extraInitializers = [];
    var UpdatePaymentInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _row_decorators = [Field(() => Int, { nullable: true }), IsOptional(), Min(1, { message: 'row must be between 1 and 13' }), Max(13, { message: 'row must be between 1 and 13' })];
            _month_decorators = [Field(() => DateScalar, { nullable: true })];
            _amount_decorators = [Field(() => Float, { nullable: true }), IsOptional(), Min(0.01, { message: 'amount must be at least 0.01' }), Max(1_000_000, { message: 'amount must be at most 1000000' })];
            __esDecorate(null, null, _row_decorators, { kind: "field", name: "row", static: false, private: false, access: { has: obj => "row" in obj, get: obj => obj.row, set: (obj, value) => { obj.row = value; } }, metadata: _metadata }, _row_initializers, _row_extraInitializers);
            __esDecorate(null, null, _month_decorators, { kind: "field", name: "month", static: false, private: false, access: { has: obj => "month" in obj, get: obj => obj.month, set: (obj, value) => { obj.month = value; } }, metadata: _metadata }, _month_initializers, _month_extraInitializers);
            __esDecorate(null, null, _amount_decorators, { kind: "field", name: "amount", static: false, private: false, access: { has: obj => "amount" in obj, get: obj => obj.amount, set: (obj, value) => { obj.amount = value; } }, metadata: _metadata }, _amount_initializers, _amount_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            UpdatePaymentInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        row = __runInitializers(this, _row_initializers, void 0);
        month = (__runInitializers(this, _row_extraInitializers), __runInitializers(this, _month_initializers, void 0));
        amount = (__runInitializers(this, _month_extraInitializers), __runInitializers(this, _amount_initializers, void 0));
        constructor() {
            __runInitializers(this, _amount_extraInitializers);
        }
    };
    return UpdatePaymentInput = _classThis;
})();
export { UpdatePaymentInput };
