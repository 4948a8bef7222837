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
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Colonia } from '../territory/colonia.entity';
import { AgendaStatus } from './workshop.enums';
import { RowVersion } from '../write/row-version';
/** An Agenda de Desarrollo Local Comunitario: one per colonia and program year. */
let Agenda = (() => {
    let _classDecorators = [ObjectType({
            description: "A colonia's Agenda de Desarrollo Local Comunitario (one per colonia and program year), produced by its workshops.",
        }), Entity({ name: 'agenda' }), Index('agenda_colonia_id_program_year_key', ['coloniaId', 'programYear'], { unique: true }), Check('agenda_status_check', `"status" IN ('IN_PROGRESS', 'COMPLETED', 'IMPLEMENTING')`)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _id_decorators;
    let _id_initializers = [];
    let _id_extraInitializers = [];
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _colonia_decorators;
    let _colonia_initializers = [];
    let _colonia_extraInitializers = [];
    let _programYear_decorators;
    let _programYear_initializers = [];
    let _programYear_extraInitializers = [];
    let _status_decorators;
    let _status_initializers = [];
    let _status_extraInitializers = [];
    let _version_decorators;
    let _version_initializers = [];
    let _version_extraInitializers = [];
    var Agenda = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [Field(() => ID), PrimaryGeneratedColumn()];
            _clave_decorators = [Field({ description: 'Stable key, e.g. ADL-2020-001.' }), Index('agenda_clave_key', { unique: true }), Column({ type: 'varchar', length: 24 })];
            _coloniaId_decorators = [Column({ name: 'colonia_id', type: 'integer' })];
            _colonia_decorators = [ManyToOne(() => Colonia, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'colonia_id', foreignKeyConstraintName: 'agenda_colonia_id_fkey' })];
            _programYear_decorators = [Field(() => Int), Column({ name: 'program_year', type: 'smallint' })];
            _status_decorators = [Field(() => AgendaStatus), Column({ type: 'varchar', length: 16 })];
            _version_decorators = [RowVersion()];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _colonia_decorators, { kind: "field", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia, set: (obj, value) => { obj.colonia = value; } }, metadata: _metadata }, _colonia_initializers, _colonia_extraInitializers);
            __esDecorate(null, null, _programYear_decorators, { kind: "field", name: "programYear", static: false, private: false, access: { has: obj => "programYear" in obj, get: obj => obj.programYear, set: (obj, value) => { obj.programYear = value; } }, metadata: _metadata }, _programYear_initializers, _programYear_extraInitializers);
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, null, _version_decorators, { kind: "field", name: "version", static: false, private: false, access: { has: obj => "version" in obj, get: obj => obj.version, set: (obj, value) => { obj.version = value; } }, metadata: _metadata }, _version_initializers, _version_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Agenda = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        clave = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _clave_initializers, void 0));
        coloniaId = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        colonia = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _colonia_initializers, void 0));
        programYear = (__runInitializers(this, _colonia_extraInitializers), __runInitializers(this, _programYear_initializers, void 0));
        status = (__runInitializers(this, _programYear_extraInitializers), __runInitializers(this, _status_initializers, void 0));
        version = (__runInitializers(this, _status_extraInitializers), __runInitializers(this, _version_initializers, void 0));
        constructor() {
            __runInitializers(this, _version_extraInitializers);
        }
    };
    return Agenda = _classThis;
})();
export { Agenda };
