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
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { EcosSchool } from './ecos-school.entity';
/** A beneficiary trained in popular education who facilitates an ECOS. */
let EcosSchoolFacilitator = (() => {
    let _classDecorators = [Entity({ name: 'ecos_school_facilitator' }), Index('ecos_school_facilitator_school_beneficiary_key', ['ecosSchoolId', 'beneficiaryId'], { unique: true })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _id_decorators;
    let _id_initializers = [];
    let _id_extraInitializers = [];
    let _ecosSchoolId_decorators;
    let _ecosSchoolId_initializers = [];
    let _ecosSchoolId_extraInitializers = [];
    let _ecosSchool_decorators;
    let _ecosSchool_initializers = [];
    let _ecosSchool_extraInitializers = [];
    let _beneficiaryId_decorators;
    let _beneficiaryId_initializers = [];
    let _beneficiaryId_extraInitializers = [];
    let _beneficiary_decorators;
    let _beneficiary_initializers = [];
    let _beneficiary_extraInitializers = [];
    var EcosSchoolFacilitator = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [PrimaryGeneratedColumn()];
            _ecosSchoolId_decorators = [Column({ name: 'ecos_school_id', type: 'integer' })];
            _ecosSchool_decorators = [ManyToOne(() => EcosSchool, { onDelete: 'CASCADE' }), JoinColumn({ name: 'ecos_school_id', foreignKeyConstraintName: 'ecos_school_facilitator_ecos_school_id_fkey' })];
            _beneficiaryId_decorators = [Index('ecos_school_facilitator_beneficiary_id_idx'), Column({ name: 'beneficiary_id', type: 'integer' })];
            _beneficiary_decorators = [ManyToOne(() => Beneficiary, { onDelete: 'CASCADE' }), JoinColumn({ name: 'beneficiary_id', foreignKeyConstraintName: 'ecos_school_facilitator_beneficiary_id_fkey' })];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _ecosSchoolId_decorators, { kind: "field", name: "ecosSchoolId", static: false, private: false, access: { has: obj => "ecosSchoolId" in obj, get: obj => obj.ecosSchoolId, set: (obj, value) => { obj.ecosSchoolId = value; } }, metadata: _metadata }, _ecosSchoolId_initializers, _ecosSchoolId_extraInitializers);
            __esDecorate(null, null, _ecosSchool_decorators, { kind: "field", name: "ecosSchool", static: false, private: false, access: { has: obj => "ecosSchool" in obj, get: obj => obj.ecosSchool, set: (obj, value) => { obj.ecosSchool = value; } }, metadata: _metadata }, _ecosSchool_initializers, _ecosSchool_extraInitializers);
            __esDecorate(null, null, _beneficiaryId_decorators, { kind: "field", name: "beneficiaryId", static: false, private: false, access: { has: obj => "beneficiaryId" in obj, get: obj => obj.beneficiaryId, set: (obj, value) => { obj.beneficiaryId = value; } }, metadata: _metadata }, _beneficiaryId_initializers, _beneficiaryId_extraInitializers);
            __esDecorate(null, null, _beneficiary_decorators, { kind: "field", name: "beneficiary", static: false, private: false, access: { has: obj => "beneficiary" in obj, get: obj => obj.beneficiary, set: (obj, value) => { obj.beneficiary = value; } }, metadata: _metadata }, _beneficiary_initializers, _beneficiary_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            EcosSchoolFacilitator = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        ecosSchoolId = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _ecosSchoolId_initializers, void 0));
        ecosSchool = (__runInitializers(this, _ecosSchoolId_extraInitializers), __runInitializers(this, _ecosSchool_initializers, void 0));
        beneficiaryId = (__runInitializers(this, _ecosSchool_extraInitializers), __runInitializers(this, _beneficiaryId_initializers, void 0));
        beneficiary = (__runInitializers(this, _beneficiaryId_extraInitializers), __runInitializers(this, _beneficiary_initializers, void 0));
        constructor() {
            __runInitializers(this, _beneficiary_extraInitializers);
        }
    };
    return EcosSchoolFacilitator = _classThis;
})();
export { EcosSchoolFacilitator };
