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
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date';
import { Beneficiary } from './beneficiary.entity';
import { RowVersion } from '../write/row-version';
import { numericToNumber } from '../db/transformers';
/** A ministración: one payment row (of 13) to a beneficiary. */
let Payment = (() => {
    let _classDecorators = [ObjectType({ description: 'A payment row (ministración) to a beneficiary: 13 rows a year, two ministraciones each.' }), Entity({ name: 'payment' }), Index('payment_beneficiary_id_row_key', ['beneficiaryId', 'row'], { unique: true }), Check('payment_row_check', `"payment_row" BETWEEN 1 AND 13`), Check('payment_month_check', `extract(day FROM "month") = 1`), Check('payment_amount_check', `"amount" > 0`)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _id_decorators;
    let _id_initializers = [];
    let _id_extraInitializers = [];
    let _beneficiaryId_decorators;
    let _beneficiaryId_initializers = [];
    let _beneficiaryId_extraInitializers = [];
    let _beneficiary_decorators;
    let _beneficiary_initializers = [];
    let _beneficiary_extraInitializers = [];
    let _row_decorators;
    let _row_initializers = [];
    let _row_extraInitializers = [];
    let _month_decorators;
    let _month_initializers = [];
    let _month_extraInitializers = [];
    let _amount_decorators;
    let _amount_initializers = [];
    let _amount_extraInitializers = [];
    let _version_decorators;
    let _version_initializers = [];
    let _version_extraInitializers = [];
    var Payment = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [Field(() => ID), PrimaryGeneratedColumn()];
            _beneficiaryId_decorators = [Column({ name: 'beneficiary_id', type: 'integer' })];
            _beneficiary_decorators = [ManyToOne(() => Beneficiary, { onDelete: 'CASCADE' }), JoinColumn({ name: 'beneficiary_id', foreignKeyConstraintName: 'payment_beneficiary_id_fkey' })];
            _row_decorators = [Field(() => Int, { description: 'Payment row of the budget table, 1–13.' }), Column({ name: 'payment_row', type: 'smallint' })];
            _month_decorators = [Field(() => DateScalar, { description: 'First day of the month the row is paid in.' }), Index('payment_month_idx'), Column({ type: 'date' })];
            _amount_decorators = [Field(() => Float, { description: 'Amount in MXN.' }), Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericToNumber })];
            _version_decorators = [RowVersion()];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _beneficiaryId_decorators, { kind: "field", name: "beneficiaryId", static: false, private: false, access: { has: obj => "beneficiaryId" in obj, get: obj => obj.beneficiaryId, set: (obj, value) => { obj.beneficiaryId = value; } }, metadata: _metadata }, _beneficiaryId_initializers, _beneficiaryId_extraInitializers);
            __esDecorate(null, null, _beneficiary_decorators, { kind: "field", name: "beneficiary", static: false, private: false, access: { has: obj => "beneficiary" in obj, get: obj => obj.beneficiary, set: (obj, value) => { obj.beneficiary = value; } }, metadata: _metadata }, _beneficiary_initializers, _beneficiary_extraInitializers);
            __esDecorate(null, null, _row_decorators, { kind: "field", name: "row", static: false, private: false, access: { has: obj => "row" in obj, get: obj => obj.row, set: (obj, value) => { obj.row = value; } }, metadata: _metadata }, _row_initializers, _row_extraInitializers);
            __esDecorate(null, null, _month_decorators, { kind: "field", name: "month", static: false, private: false, access: { has: obj => "month" in obj, get: obj => obj.month, set: (obj, value) => { obj.month = value; } }, metadata: _metadata }, _month_initializers, _month_extraInitializers);
            __esDecorate(null, null, _amount_decorators, { kind: "field", name: "amount", static: false, private: false, access: { has: obj => "amount" in obj, get: obj => obj.amount, set: (obj, value) => { obj.amount = value; } }, metadata: _metadata }, _amount_initializers, _amount_extraInitializers);
            __esDecorate(null, null, _version_decorators, { kind: "field", name: "version", static: false, private: false, access: { has: obj => "version" in obj, get: obj => obj.version, set: (obj, value) => { obj.version = value; } }, metadata: _metadata }, _version_initializers, _version_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Payment = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        beneficiaryId = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _beneficiaryId_initializers, void 0));
        beneficiary = (__runInitializers(this, _beneficiaryId_extraInitializers), __runInitializers(this, _beneficiary_initializers, void 0));
        row = (__runInitializers(this, _beneficiary_extraInitializers), __runInitializers(this, _row_initializers, void 0));
        month = (__runInitializers(this, _row_extraInitializers), __runInitializers(this, _month_initializers, void 0));
        amount = (__runInitializers(this, _month_extraInitializers), __runInitializers(this, _amount_initializers, void 0));
        version = (__runInitializers(this, _amount_extraInitializers), __runInitializers(this, _version_initializers, void 0));
        constructor() {
            __runInitializers(this, _version_extraInitializers);
        }
    };
    return Payment = _classThis;
})();
export { Payment };
