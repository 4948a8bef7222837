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
import { Field, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { IsClave, IsPrintableName, claveMessage } from '../write/input-rules';
/** Attributes only: boundaries and membership change through the import (src/import). */
let UpdateColoniaInput = (() => {
    let _classDecorators = [InputType({
            description: 'Attributes of a colonia to change (ADMIN). Boundaries and territorial membership change through the import.',
        })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _nombre_decorators;
    let _nombre_initializers = [];
    let _nombre_extraInitializers = [];
    var UpdateColoniaInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ nullable: true, description: 'Stable key (unique), lower-case slug, e.g. los-angeles-ii.' }), IsOptional(), MaxLength(80, { message: claveMessage('clave', 80) }), Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
                    message: 'clave must be a lower-case slug: letters a-z, digits and single hyphens (e.g. los-angeles-ii)',
                })];
            _nombre_decorators = [Field({ nullable: true }), IsOptional(), IsPrintableName(2, 160)];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            UpdateColoniaInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        nombre = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        constructor() {
            __runInitializers(this, _nombre_extraInitializers);
        }
    };
    return UpdateColoniaInput = _classThis;
})();
export { UpdateColoniaInput };
let UpdateTerritorialInput = (() => {
    let _classDecorators = [InputType({
            description: 'Attributes of a territorial to change (ADMIN). Its polygon is the union of its colonias (see the import).',
        })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _nombre_decorators;
    let _nombre_initializers = [];
    let _nombre_extraInitializers = [];
    var UpdateTerritorialInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ nullable: true, description: 'Stable key (unique), e.g. TER-03.' }), IsOptional(), IsClave(16)];
            _nombre_decorators = [Field({ nullable: true }), IsOptional(), IsPrintableName(2, 120)];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            UpdateTerritorialInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        nombre = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        constructor() {
            __runInitializers(this, _nombre_extraInitializers);
        }
    };
    return UpdateTerritorialInput = _classThis;
})();
export { UpdateTerritorialInput };
