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
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
/**
 * An API key for system-to-system use (X-API-Key). Only the SHA-256 of the key
 * is stored; the key itself is shown once, when created.
 */
let ApiKey = (() => {
    let _classDecorators = [Entity({ name: 'api_key' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _id_decorators;
    let _id_initializers = [];
    let _id_extraInitializers = [];
    let _name_decorators;
    let _name_initializers = [];
    let _name_extraInitializers = [];
    let _keyHash_decorators;
    let _keyHash_initializers = [];
    let _keyHash_extraInitializers = [];
    let _role_decorators;
    let _role_initializers = [];
    let _role_extraInitializers = [];
    let _territorialId_decorators;
    let _territorialId_initializers = [];
    let _territorialId_extraInitializers = [];
    let _createdAt_decorators;
    let _createdAt_initializers = [];
    let _createdAt_extraInitializers = [];
    let _revokedAt_decorators;
    let _revokedAt_initializers = [];
    let _revokedAt_extraInitializers = [];
    var ApiKey = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [PrimaryGeneratedColumn()];
            _name_decorators = [Index('api_key_name_key', { unique: true }), Column({ type: 'varchar', length: 80 })];
            _keyHash_decorators = [Index('api_key_key_hash_key', { unique: true }), Column({ name: 'key_hash', type: 'char', length: 64 })];
            _role_decorators = [Column({ type: 'varchar', length: 16 })];
            _territorialId_decorators = [Column({ name: 'territorial_id', type: 'integer', nullable: true })];
            _createdAt_decorators = [CreateDateColumn({ name: 'created_at', type: 'timestamptz' })];
            _revokedAt_decorators = [Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _name_decorators, { kind: "field", name: "name", static: false, private: false, access: { has: obj => "name" in obj, get: obj => obj.name, set: (obj, value) => { obj.name = value; } }, metadata: _metadata }, _name_initializers, _name_extraInitializers);
            __esDecorate(null, null, _keyHash_decorators, { kind: "field", name: "keyHash", static: false, private: false, access: { has: obj => "keyHash" in obj, get: obj => obj.keyHash, set: (obj, value) => { obj.keyHash = value; } }, metadata: _metadata }, _keyHash_initializers, _keyHash_extraInitializers);
            __esDecorate(null, null, _role_decorators, { kind: "field", name: "role", static: false, private: false, access: { has: obj => "role" in obj, get: obj => obj.role, set: (obj, value) => { obj.role = value; } }, metadata: _metadata }, _role_initializers, _role_extraInitializers);
            __esDecorate(null, null, _territorialId_decorators, { kind: "field", name: "territorialId", static: false, private: false, access: { has: obj => "territorialId" in obj, get: obj => obj.territorialId, set: (obj, value) => { obj.territorialId = value; } }, metadata: _metadata }, _territorialId_initializers, _territorialId_extraInitializers);
            __esDecorate(null, null, _createdAt_decorators, { kind: "field", name: "createdAt", static: false, private: false, access: { has: obj => "createdAt" in obj, get: obj => obj.createdAt, set: (obj, value) => { obj.createdAt = value; } }, metadata: _metadata }, _createdAt_initializers, _createdAt_extraInitializers);
            __esDecorate(null, null, _revokedAt_decorators, { kind: "field", name: "revokedAt", static: false, private: false, access: { has: obj => "revokedAt" in obj, get: obj => obj.revokedAt, set: (obj, value) => { obj.revokedAt = value; } }, metadata: _metadata }, _revokedAt_initializers, _revokedAt_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ApiKey = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        name = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _name_initializers, void 0));
        keyHash = (__runInitializers(this, _name_extraInitializers), __runInitializers(this, _keyHash_initializers, void 0));
        role = (__runInitializers(this, _keyHash_extraInitializers), __runInitializers(this, _role_initializers, void 0));
        territorialId = (__runInitializers(this, _role_extraInitializers), __runInitializers(this, _territorialId_initializers, void 0));
        createdAt = (__runInitializers(this, _territorialId_extraInitializers), __runInitializers(this, _createdAt_initializers, void 0));
        revokedAt = (__runInitializers(this, _createdAt_extraInitializers), __runInitializers(this, _revokedAt_initializers, void 0));
        constructor() {
            __runInitializers(this, _revokedAt_extraInitializers);
        }
    };
    return ApiKey = _classThis;
})();
export { ApiKey };
