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
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VirtualColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { AgeGroup, BeneficiaryRole, BeneficiaryStatus, Education, Occupation, Sex } from './beneficiary.enums';
import { ageGroupSql } from './beneficiary.sql';
import { RowVersion } from '../write/row-version';
/**
 * A beneficiario facilitador de servicios. Personal data (name, CURP, phone,
 * address) is stored but not selected by default and not in the GraphQL
 * schema: access control exposes it in a later change.
 */
let Beneficiary = (() => {
    let _classDecorators = [ObjectType({
            description: 'A beneficiario facilitador de servicios: a Servidor del Pueblo or a Promotor Comunitario.',
        }), Entity({ name: 'beneficiary' }), Index('beneficiary_curp_program_year_key', ['curp', 'programYear'], { unique: true }), Check('beneficiary_role_check', `"role" IN ('SERVIDOR_DEL_PUEBLO', 'PROMOTOR_COMUNITARIO')`), Check('beneficiary_sex_check', `"sex" IN ('MUJER', 'HOMBRE')`), Check('beneficiary_education_check', `"education" IN ('PRIMARIA', 'SECUNDARIA', 'BACHILLERATO', 'LICENCIATURA')`), Check('beneficiary_occupation_check', `"occupation" IN ('ESTUDIANTE', 'HOGAR', 'COMERCIO', 'AUTOEMPLEO', 'PENSIONADO_JUBILADO')`), Check('beneficiary_status_check', `("status" = 'ACTIVE' AND "baja_on" IS NULL) OR ("status" = 'BAJA' AND "baja_on" IS NOT NULL)`)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _id_decorators;
    let _id_initializers = [];
    let _id_extraInitializers = [];
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
    let _ageGroup_decorators;
    let _ageGroup_initializers = [];
    let _ageGroup_extraInitializers = [];
    let _education_decorators;
    let _education_initializers = [];
    let _education_extraInitializers = [];
    let _occupation_decorators;
    let _occupation_initializers = [];
    let _occupation_extraInitializers = [];
    let _territorialId_decorators;
    let _territorialId_initializers = [];
    let _territorialId_extraInitializers = [];
    let _territorial_decorators;
    let _territorial_initializers = [];
    let _territorial_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _colonia_decorators;
    let _colonia_initializers = [];
    let _colonia_extraInitializers = [];
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
    let _version_decorators;
    let _version_initializers = [];
    let _version_extraInitializers = [];
    var Beneficiary = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [Field(() => ID), PrimaryGeneratedColumn()];
            _folio_decorators = [Field({ description: 'Program folio, e.g. BEN-2020-0001.' }), Index('beneficiary_folio_key', { unique: true }), Column({ type: 'varchar', length: 20 })];
            _programYear_decorators = [Field(() => Int), Column({ name: 'program_year', type: 'smallint' })];
            _role_decorators = [Field(() => BeneficiaryRole), Column({ type: 'varchar', length: 24 })];
            _sex_decorators = [Field(() => Sex), Column({ type: 'varchar', length: 8 })];
            _birthDate_decorators = [Column({ name: 'birth_date', type: 'date' })];
            _ageGroup_decorators = [Field(() => AgeGroup, { description: 'Age on 1 January of the program year (from the birth date).' }), VirtualColumn({ type: 'varchar', query: (alias) => ageGroupSql(alias) })];
            _education_decorators = [Field(() => Education), Column({ type: 'varchar', length: 16 })];
            _occupation_decorators = [Field(() => Occupation), Column({ type: 'varchar', length: 24 })];
            _territorialId_decorators = [Index('beneficiary_territorial_id_idx'), Column({ name: 'territorial_id', type: 'integer' })];
            _territorial_decorators = [ManyToOne(() => Territorial, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: 'beneficiary_territorial_id_fkey' })];
            _coloniaId_decorators = [Index('beneficiary_colonia_id_idx'), Column({ name: 'colonia_id', type: 'integer' })];
            _colonia_decorators = [ManyToOne(() => Colonia, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'colonia_id', foreignKeyConstraintName: 'beneficiary_colonia_id_fkey' })];
            _status_decorators = [Field(() => BeneficiaryStatus), Column({ type: 'varchar', length: 8 })];
            _bajaOn_decorators = [Field(() => DateScalar, { nullable: true, description: 'Date of leaving the program (status BAJA).' }), Column({ name: 'baja_on', type: 'date', nullable: true })];
            _fullName_decorators = [Column({ name: 'full_name', type: 'varchar', length: 160, select: false })];
            _curp_decorators = [Column({ type: 'varchar', length: 18, select: false })];
            _phone_decorators = [Column({ type: 'varchar', length: 20, select: false })];
            _address_decorators = [Column({ type: 'varchar', length: 240, select: false })];
            _version_decorators = [RowVersion()];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _folio_decorators, { kind: "field", name: "folio", static: false, private: false, access: { has: obj => "folio" in obj, get: obj => obj.folio, set: (obj, value) => { obj.folio = value; } }, metadata: _metadata }, _folio_initializers, _folio_extraInitializers);
            __esDecorate(null, null, _programYear_decorators, { kind: "field", name: "programYear", static: false, private: false, access: { has: obj => "programYear" in obj, get: obj => obj.programYear, set: (obj, value) => { obj.programYear = value; } }, metadata: _metadata }, _programYear_initializers, _programYear_extraInitializers);
            __esDecorate(null, null, _role_decorators, { kind: "field", name: "role", static: false, private: false, access: { has: obj => "role" in obj, get: obj => obj.role, set: (obj, value) => { obj.role = value; } }, metadata: _metadata }, _role_initializers, _role_extraInitializers);
            __esDecorate(null, null, _sex_decorators, { kind: "field", name: "sex", static: false, private: false, access: { has: obj => "sex" in obj, get: obj => obj.sex, set: (obj, value) => { obj.sex = value; } }, metadata: _metadata }, _sex_initializers, _sex_extraInitializers);
            __esDecorate(null, null, _birthDate_decorators, { kind: "field", name: "birthDate", static: false, private: false, access: { has: obj => "birthDate" in obj, get: obj => obj.birthDate, set: (obj, value) => { obj.birthDate = value; } }, metadata: _metadata }, _birthDate_initializers, _birthDate_extraInitializers);
            __esDecorate(null, null, _ageGroup_decorators, { kind: "field", name: "ageGroup", static: false, private: false, access: { has: obj => "ageGroup" in obj, get: obj => obj.ageGroup, set: (obj, value) => { obj.ageGroup = value; } }, metadata: _metadata }, _ageGroup_initializers, _ageGroup_extraInitializers);
            __esDecorate(null, null, _education_decorators, { kind: "field", name: "education", static: false, private: false, access: { has: obj => "education" in obj, get: obj => obj.education, set: (obj, value) => { obj.education = value; } }, metadata: _metadata }, _education_initializers, _education_extraInitializers);
            __esDecorate(null, null, _occupation_decorators, { kind: "field", name: "occupation", static: false, private: false, access: { has: obj => "occupation" in obj, get: obj => obj.occupation, set: (obj, value) => { obj.occupation = value; } }, metadata: _metadata }, _occupation_initializers, _occupation_extraInitializers);
            __esDecorate(null, null, _territorialId_decorators, { kind: "field", name: "territorialId", static: false, private: false, access: { has: obj => "territorialId" in obj, get: obj => obj.territorialId, set: (obj, value) => { obj.territorialId = value; } }, metadata: _metadata }, _territorialId_initializers, _territorialId_extraInitializers);
            __esDecorate(null, null, _territorial_decorators, { kind: "field", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial, set: (obj, value) => { obj.territorial = value; } }, metadata: _metadata }, _territorial_initializers, _territorial_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _colonia_decorators, { kind: "field", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia, set: (obj, value) => { obj.colonia = value; } }, metadata: _metadata }, _colonia_initializers, _colonia_extraInitializers);
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, null, _bajaOn_decorators, { kind: "field", name: "bajaOn", static: false, private: false, access: { has: obj => "bajaOn" in obj, get: obj => obj.bajaOn, set: (obj, value) => { obj.bajaOn = value; } }, metadata: _metadata }, _bajaOn_initializers, _bajaOn_extraInitializers);
            __esDecorate(null, null, _fullName_decorators, { kind: "field", name: "fullName", static: false, private: false, access: { has: obj => "fullName" in obj, get: obj => obj.fullName, set: (obj, value) => { obj.fullName = value; } }, metadata: _metadata }, _fullName_initializers, _fullName_extraInitializers);
            __esDecorate(null, null, _curp_decorators, { kind: "field", name: "curp", static: false, private: false, access: { has: obj => "curp" in obj, get: obj => obj.curp, set: (obj, value) => { obj.curp = value; } }, metadata: _metadata }, _curp_initializers, _curp_extraInitializers);
            __esDecorate(null, null, _phone_decorators, { kind: "field", name: "phone", static: false, private: false, access: { has: obj => "phone" in obj, get: obj => obj.phone, set: (obj, value) => { obj.phone = value; } }, metadata: _metadata }, _phone_initializers, _phone_extraInitializers);
            __esDecorate(null, null, _address_decorators, { kind: "field", name: "address", static: false, private: false, access: { has: obj => "address" in obj, get: obj => obj.address, set: (obj, value) => { obj.address = value; } }, metadata: _metadata }, _address_initializers, _address_extraInitializers);
            __esDecorate(null, null, _version_decorators, { kind: "field", name: "version", static: false, private: false, access: { has: obj => "version" in obj, get: obj => obj.version, set: (obj, value) => { obj.version = value; } }, metadata: _metadata }, _version_initializers, _version_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Beneficiary = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        folio = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _folio_initializers, void 0));
        programYear = (__runInitializers(this, _folio_extraInitializers), __runInitializers(this, _programYear_initializers, void 0));
        role = (__runInitializers(this, _programYear_extraInitializers), __runInitializers(this, _role_initializers, void 0));
        sex = (__runInitializers(this, _role_extraInitializers), __runInitializers(this, _sex_initializers, void 0));
        birthDate = (__runInitializers(this, _sex_extraInitializers), __runInitializers(this, _birthDate_initializers, void 0));
        ageGroup = (__runInitializers(this, _birthDate_extraInitializers), __runInitializers(this, _ageGroup_initializers, void 0));
        education = (__runInitializers(this, _ageGroup_extraInitializers), __runInitializers(this, _education_initializers, void 0));
        occupation = (__runInitializers(this, _education_extraInitializers), __runInitializers(this, _occupation_initializers, void 0));
        territorialId = (__runInitializers(this, _occupation_extraInitializers), __runInitializers(this, _territorialId_initializers, void 0));
        territorial = (__runInitializers(this, _territorialId_extraInitializers), __runInitializers(this, _territorial_initializers, void 0));
        coloniaId = (__runInitializers(this, _territorial_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        colonia = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _colonia_initializers, void 0));
        status = (__runInitializers(this, _colonia_extraInitializers), __runInitializers(this, _status_initializers, void 0));
        bajaOn = (__runInitializers(this, _status_extraInitializers), __runInitializers(this, _bajaOn_initializers, void 0));
        // Personal data: never selected unless asked for, not in the GraphQL schema.
        fullName = (__runInitializers(this, _bajaOn_extraInitializers), __runInitializers(this, _fullName_initializers, void 0));
        curp = (__runInitializers(this, _fullName_extraInitializers), __runInitializers(this, _curp_initializers, void 0));
        phone = (__runInitializers(this, _curp_extraInitializers), __runInitializers(this, _phone_initializers, void 0));
        address = (__runInitializers(this, _phone_extraInitializers), __runInitializers(this, _address_initializers, void 0));
        version = (__runInitializers(this, _address_extraInitializers), __runInitializers(this, _version_initializers, void 0));
        constructor() {
            __runInitializers(this, _version_extraInitializers);
        }
    };
    return Beneficiary = _classThis;
})();
export { Beneficiary };
