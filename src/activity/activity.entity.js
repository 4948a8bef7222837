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
import { DateScalar } from '../common/date';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { ActivityKind } from './activity.enums';
import { RowVersion } from '../write/row-version';
/**
 * A field activity by a beneficiary in a colonia: the high-volume table. Every
 * write also updates `activity_daily_colonia` (statement-level triggers).
 */
let Activity = (() => {
    let _classDecorators = [ObjectType({ description: 'A field activity carried out by a beneficiary in a colonia.' }), Entity({ name: 'activity' }), Index('activity_beneficiary_id_held_on_seq_key', ['beneficiaryId', 'heldOn', 'seq'], { unique: true }), Index('activity_colonia_id_held_on_idx', ['coloniaId', 'heldOn']), Check('activity_kind_check', `"kind" IN ('ASAMBLEA_COMUNITARIA', 'DIFUSION_CASA_POR_CASA', 'ENTREGA_INSUMOS_PREVENCION', 'VIGILANCIA_ESPACIO_PUBLICO', 'SANITIZACION', 'APOYO_MERCOMUNA')`), Check('activity_counts_check', `"seq" >= 1 AND "people_reached" >= 0`)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _id_decorators;
    let _id_initializers = [];
    let _id_extraInitializers = [];
    let _heldOn_decorators;
    let _heldOn_initializers = [];
    let _heldOn_extraInitializers = [];
    let _seq_decorators;
    let _seq_initializers = [];
    let _seq_extraInitializers = [];
    let _beneficiaryId_decorators;
    let _beneficiaryId_initializers = [];
    let _beneficiaryId_extraInitializers = [];
    let _beneficiary_decorators;
    let _beneficiary_initializers = [];
    let _beneficiary_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _colonia_decorators;
    let _colonia_initializers = [];
    let _colonia_extraInitializers = [];
    let _territorialId_decorators;
    let _territorialId_initializers = [];
    let _territorialId_extraInitializers = [];
    let _territorial_decorators;
    let _territorial_initializers = [];
    let _territorial_extraInitializers = [];
    let _kind_decorators;
    let _kind_initializers = [];
    let _kind_extraInitializers = [];
    let _peopleReached_decorators;
    let _peopleReached_initializers = [];
    let _peopleReached_extraInitializers = [];
    let _version_decorators;
    let _version_initializers = [];
    let _version_extraInitializers = [];
    var Activity = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [Field(() => ID), PrimaryGeneratedColumn()];
            _heldOn_decorators = [Field(() => DateScalar), Index('activity_held_on_idx'), Column({ name: 'held_on', type: 'date' })];
            _seq_decorators = [Field(() => Int, { description: "Order among the beneficiary's activities of that day, from 1." }), Column({ type: 'smallint' })];
            _beneficiaryId_decorators = [Column({ name: 'beneficiary_id', type: 'integer' })];
            _beneficiary_decorators = [ManyToOne(() => Beneficiary, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'beneficiary_id', foreignKeyConstraintName: 'activity_beneficiary_id_fkey' })];
            _coloniaId_decorators = [Column({ name: 'colonia_id', type: 'integer' })];
            _colonia_decorators = [ManyToOne(() => Colonia, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'colonia_id', foreignKeyConstraintName: 'activity_colonia_id_fkey' })];
            _territorialId_decorators = [Index('activity_territorial_id_idx'), Column({ name: 'territorial_id', type: 'integer' })];
            _territorial_decorators = [ManyToOne(() => Territorial, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: 'activity_territorial_id_fkey' })];
            _kind_decorators = [Field(() => ActivityKind), Column({ type: 'varchar', length: 32 })];
            _peopleReached_decorators = [Field(() => Int), Column({ name: 'people_reached', type: 'integer' })];
            _version_decorators = [RowVersion()];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _heldOn_decorators, { kind: "field", name: "heldOn", static: false, private: false, access: { has: obj => "heldOn" in obj, get: obj => obj.heldOn, set: (obj, value) => { obj.heldOn = value; } }, metadata: _metadata }, _heldOn_initializers, _heldOn_extraInitializers);
            __esDecorate(null, null, _seq_decorators, { kind: "field", name: "seq", static: false, private: false, access: { has: obj => "seq" in obj, get: obj => obj.seq, set: (obj, value) => { obj.seq = value; } }, metadata: _metadata }, _seq_initializers, _seq_extraInitializers);
            __esDecorate(null, null, _beneficiaryId_decorators, { kind: "field", name: "beneficiaryId", static: false, private: false, access: { has: obj => "beneficiaryId" in obj, get: obj => obj.beneficiaryId, set: (obj, value) => { obj.beneficiaryId = value; } }, metadata: _metadata }, _beneficiaryId_initializers, _beneficiaryId_extraInitializers);
            __esDecorate(null, null, _beneficiary_decorators, { kind: "field", name: "beneficiary", static: false, private: false, access: { has: obj => "beneficiary" in obj, get: obj => obj.beneficiary, set: (obj, value) => { obj.beneficiary = value; } }, metadata: _metadata }, _beneficiary_initializers, _beneficiary_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _colonia_decorators, { kind: "field", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia, set: (obj, value) => { obj.colonia = value; } }, metadata: _metadata }, _colonia_initializers, _colonia_extraInitializers);
            __esDecorate(null, null, _territorialId_decorators, { kind: "field", name: "territorialId", static: false, private: false, access: { has: obj => "territorialId" in obj, get: obj => obj.territorialId, set: (obj, value) => { obj.territorialId = value; } }, metadata: _metadata }, _territorialId_initializers, _territorialId_extraInitializers);
            __esDecorate(null, null, _territorial_decorators, { kind: "field", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial, set: (obj, value) => { obj.territorial = value; } }, metadata: _metadata }, _territorial_initializers, _territorial_extraInitializers);
            __esDecorate(null, null, _kind_decorators, { kind: "field", name: "kind", static: false, private: false, access: { has: obj => "kind" in obj, get: obj => obj.kind, set: (obj, value) => { obj.kind = value; } }, metadata: _metadata }, _kind_initializers, _kind_extraInitializers);
            __esDecorate(null, null, _peopleReached_decorators, { kind: "field", name: "peopleReached", static: false, private: false, access: { has: obj => "peopleReached" in obj, get: obj => obj.peopleReached, set: (obj, value) => { obj.peopleReached = value; } }, metadata: _metadata }, _peopleReached_initializers, _peopleReached_extraInitializers);
            __esDecorate(null, null, _version_decorators, { kind: "field", name: "version", static: false, private: false, access: { has: obj => "version" in obj, get: obj => obj.version, set: (obj, value) => { obj.version = value; } }, metadata: _metadata }, _version_initializers, _version_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Activity = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        heldOn = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _heldOn_initializers, void 0));
        seq = (__runInitializers(this, _heldOn_extraInitializers), __runInitializers(this, _seq_initializers, void 0));
        beneficiaryId = (__runInitializers(this, _seq_extraInitializers), __runInitializers(this, _beneficiaryId_initializers, void 0));
        beneficiary = (__runInitializers(this, _beneficiaryId_extraInitializers), __runInitializers(this, _beneficiary_initializers, void 0));
        coloniaId = (__runInitializers(this, _beneficiary_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        colonia = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _colonia_initializers, void 0));
        territorialId = (__runInitializers(this, _colonia_extraInitializers), __runInitializers(this, _territorialId_initializers, void 0));
        territorial = (__runInitializers(this, _territorialId_extraInitializers), __runInitializers(this, _territorial_initializers, void 0));
        kind = (__runInitializers(this, _territorial_extraInitializers), __runInitializers(this, _kind_initializers, void 0));
        peopleReached = (__runInitializers(this, _kind_extraInitializers), __runInitializers(this, _peopleReached_initializers, void 0));
        version = (__runInitializers(this, _peopleReached_extraInitializers), __runInitializers(this, _version_initializers, void 0));
        constructor() {
            __runInitializers(this, _version_extraInitializers);
        }
    };
    return Activity = _classThis;
})();
export { Activity };
