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
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AuditEntity, AuditOperation } from './audit.enums';
/**
 * One write, recorded in the transaction that made it: who, when, what
 * (operation, entity, id) and the changed fields as `{ field: { before, after } }`
 * (before is null on CREATE, after is null on DELETE).
 */
let AuditEntry = (() => {
    let _classDecorators = [ObjectType({
            description: 'An audit-trail entry: one write to one row, recorded in the same transaction as the write.',
        }), Entity({ name: 'audit_log' }), Index('audit_log_entity_entity_id_at_idx', ['entity', 'entityId', 'at']), Check('audit_log_operation_check', `"operation" IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT')`)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _id_decorators;
    let _id_initializers = [];
    let _id_extraInitializers = [];
    let _at_decorators;
    let _at_initializers = [];
    let _at_extraInitializers = [];
    let _actor_decorators;
    let _actor_initializers = [];
    let _actor_extraInitializers = [];
    let _operation_decorators;
    let _operation_initializers = [];
    let _operation_extraInitializers = [];
    let _entity_decorators;
    let _entity_initializers = [];
    let _entity_extraInitializers = [];
    let _entityId_decorators;
    let _entityId_initializers = [];
    let _entityId_extraInitializers = [];
    let _changes_decorators;
    let _changes_initializers = [];
    let _changes_extraInitializers = [];
    var AuditEntry = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [Field(() => ID), PrimaryGeneratedColumn({ type: 'bigint' })];
            _at_decorators = [Field(() => Date, { description: 'When the write was committed (transaction time).' }), Index('audit_log_at_idx'), Column({ type: 'timestamptz', default: () => 'now()' })];
            _actor_decorators = [Field({ description: 'Who wrote: the token subject, api-key:<name>, or cli:<os user> for the import command.' }), Column({ type: 'varchar', length: 160 })];
            _operation_decorators = [Field(() => AuditOperation), Column({ type: 'varchar', length: 8 })];
            _entity_decorators = [Field(() => AuditEntity), Column({ type: 'varchar', length: 40 })];
            _entityId_decorators = [Field(() => ID), Column({ name: 'entity_id', type: 'integer' })];
            _changes_decorators = [Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }; geometry as GeoJSON.' }), Column({ type: 'jsonb' })];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _at_decorators, { kind: "field", name: "at", static: false, private: false, access: { has: obj => "at" in obj, get: obj => obj.at, set: (obj, value) => { obj.at = value; } }, metadata: _metadata }, _at_initializers, _at_extraInitializers);
            __esDecorate(null, null, _actor_decorators, { kind: "field", name: "actor", static: false, private: false, access: { has: obj => "actor" in obj, get: obj => obj.actor, set: (obj, value) => { obj.actor = value; } }, metadata: _metadata }, _actor_initializers, _actor_extraInitializers);
            __esDecorate(null, null, _operation_decorators, { kind: "field", name: "operation", static: false, private: false, access: { has: obj => "operation" in obj, get: obj => obj.operation, set: (obj, value) => { obj.operation = value; } }, metadata: _metadata }, _operation_initializers, _operation_extraInitializers);
            __esDecorate(null, null, _entity_decorators, { kind: "field", name: "entity", static: false, private: false, access: { has: obj => "entity" in obj, get: obj => obj.entity, set: (obj, value) => { obj.entity = value; } }, metadata: _metadata }, _entity_initializers, _entity_extraInitializers);
            __esDecorate(null, null, _entityId_decorators, { kind: "field", name: "entityId", static: false, private: false, access: { has: obj => "entityId" in obj, get: obj => obj.entityId, set: (obj, value) => { obj.entityId = value; } }, metadata: _metadata }, _entityId_initializers, _entityId_extraInitializers);
            __esDecorate(null, null, _changes_decorators, { kind: "field", name: "changes", static: false, private: false, access: { has: obj => "changes" in obj, get: obj => obj.changes, set: (obj, value) => { obj.changes = value; } }, metadata: _metadata }, _changes_initializers, _changes_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            AuditEntry = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        /** bigserial: pg returns it as a string (exact); the service reads it as a number, far below 2^53. */
        id = __runInitializers(this, _id_initializers, void 0);
        at = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _at_initializers, void 0));
        actor = (__runInitializers(this, _at_extraInitializers), __runInitializers(this, _actor_initializers, void 0));
        operation = (__runInitializers(this, _actor_extraInitializers), __runInitializers(this, _operation_initializers, void 0));
        entity = (__runInitializers(this, _operation_extraInitializers), __runInitializers(this, _entity_initializers, void 0));
        entityId = (__runInitializers(this, _entity_extraInitializers), __runInitializers(this, _entityId_initializers, void 0));
        changes = (__runInitializers(this, _entityId_extraInitializers), __runInitializers(this, _changes_initializers, void 0));
        constructor() {
            __runInitializers(this, _changes_extraInitializers);
        }
    };
    return AuditEntry = _classThis;
})();
export { AuditEntry };
