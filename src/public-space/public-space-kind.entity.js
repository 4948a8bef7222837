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
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
/**
 * Reference table of improvement kinds. `tracked` is the "sin dato" rule: the
 * report gives no figure for some kinds, whose counts are then unknown (null),
 * never 0. Recording an improvement of a kind marks it tracked (trigger).
 */
let PublicSpaceKindRow = (() => {
    let _classDecorators = [Entity({ name: 'public_space_kind' }), Check('public_space_kind_kind_check', `"kind" IN ('CAMINO_MUJERES_LIBRES_SEGURAS', 'LUDICALLE', 'UTOPIA', 'LAVAMANOS', 'PIPA_AGUA')`)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _kind_decorators;
    let _kind_initializers = [];
    let _kind_extraInitializers = [];
    let _nombre_decorators;
    let _nombre_initializers = [];
    let _nombre_extraInitializers = [];
    let _tracked_decorators;
    let _tracked_initializers = [];
    let _tracked_extraInitializers = [];
    var PublicSpaceKindRow = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _kind_decorators = [PrimaryColumn({ type: 'varchar', length: 32 })];
            _nombre_decorators = [Column({ type: 'varchar', length: 120 })];
            _tracked_decorators = [Column({ type: 'boolean' })];
            __esDecorate(null, null, _kind_decorators, { kind: "field", name: "kind", static: false, private: false, access: { has: obj => "kind" in obj, get: obj => obj.kind, set: (obj, value) => { obj.kind = value; } }, metadata: _metadata }, _kind_initializers, _kind_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, null, _tracked_decorators, { kind: "field", name: "tracked", static: false, private: false, access: { has: obj => "tracked" in obj, get: obj => obj.tracked, set: (obj, value) => { obj.tracked = value; } }, metadata: _metadata }, _tracked_initializers, _tracked_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            PublicSpaceKindRow = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        kind = __runInitializers(this, _kind_initializers, void 0);
        nombre = (__runInitializers(this, _kind_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        tracked = (__runInitializers(this, _nombre_extraInitializers), __runInitializers(this, _tracked_initializers, void 0));
        constructor() {
            __runInitializers(this, _tracked_extraInitializers);
        }
    };
    return PublicSpaceKindRow = _classThis;
})();
export { PublicSpaceKindRow };
