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
import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '../common/date';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { IsClave, IsPrintableName } from '../write/input-rules';
import { ImprovementStatus, PublicSpaceKind } from './public-space.enums';
let CreateImprovementInput = (() => {
    let _classDecorators = [InputType({ description: 'A new public-space improvement. Its geometry type follows its kind (see PublicSpaceKind).' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _nombre_decorators;
    let _nombre_initializers = [];
    let _nombre_extraInitializers = [];
    let _kind_decorators;
    let _kind_initializers = [];
    let _kind_extraInitializers = [];
    let _geometry_decorators;
    let _geometry_initializers = [];
    let _geometry_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _builtOn_decorators;
    let _builtOn_initializers = [];
    let _builtOn_extraInitializers = [];
    let _status_decorators;
    let _status_initializers = [];
    let _status_extraInitializers = [];
    var CreateImprovementInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ description: 'Unique key, e.g. CAM-2020-121.' }), IsClave()];
            _nombre_decorators = [Field(), IsPrintableName()];
            _kind_decorators = [Field(() => PublicSpaceKind)];
            _geometry_decorators = [Field(() => GeoJSONScalar, {
                    description: 'GeoJSON, WGS84 lon/lat: a LineString for caminos and ludicalles, a Point or Polygon for utopías, a Point for lavamanos and pipas.',
                })];
            _coloniaId_decorators = [Field(() => ID, {
                    nullable: true,
                    description: 'The colonia; when omitted, the one holding most of the geometry (PostGIS).',
                })];
            _builtOn_decorators = [Field(() => DateScalar)];
            _status_decorators = [Field(() => ImprovementStatus)];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, null, _kind_decorators, { kind: "field", name: "kind", static: false, private: false, access: { has: obj => "kind" in obj, get: obj => obj.kind, set: (obj, value) => { obj.kind = value; } }, metadata: _metadata }, _kind_initializers, _kind_extraInitializers);
            __esDecorate(null, null, _geometry_decorators, { kind: "field", name: "geometry", static: false, private: false, access: { has: obj => "geometry" in obj, get: obj => obj.geometry, set: (obj, value) => { obj.geometry = value; } }, metadata: _metadata }, _geometry_initializers, _geometry_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _builtOn_decorators, { kind: "field", name: "builtOn", static: false, private: false, access: { has: obj => "builtOn" in obj, get: obj => obj.builtOn, set: (obj, value) => { obj.builtOn = value; } }, metadata: _metadata }, _builtOn_initializers, _builtOn_extraInitializers);
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CreateImprovementInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        nombre = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        kind = (__runInitializers(this, _nombre_extraInitializers), __runInitializers(this, _kind_initializers, void 0));
        geometry = (__runInitializers(this, _kind_extraInitializers), __runInitializers(this, _geometry_initializers, void 0));
        coloniaId = (__runInitializers(this, _geometry_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        builtOn = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _builtOn_initializers, void 0));
        status = (__runInitializers(this, _builtOn_extraInitializers), __runInitializers(this, _status_initializers, void 0));
        constructor() {
            __runInitializers(this, _status_extraInitializers);
        }
    };
    return CreateImprovementInput = _classThis;
})();
export { CreateImprovementInput };
let UpdateImprovementInput = (() => {
    let _classDecorators = [InputType({ description: 'Fields of an improvement to change; omitted fields stay as they are.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _nombre_decorators;
    let _nombre_initializers = [];
    let _nombre_extraInitializers = [];
    let _kind_decorators;
    let _kind_initializers = [];
    let _kind_extraInitializers = [];
    let _geometry_decorators;
    let _geometry_initializers = [];
    let _geometry_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _builtOn_decorators;
    let _builtOn_initializers = [];
    let _builtOn_extraInitializers = [];
    let _status_decorators;
    let _status_initializers = [];
    let _status_extraInitializers = [];
    var UpdateImprovementInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ nullable: true }), IsOptional(), IsClave()];
            _nombre_decorators = [Field({ nullable: true }), IsOptional(), IsPrintableName()];
            _kind_decorators = [Field(() => PublicSpaceKind, { nullable: true, description: 'The current or new geometry must fit the new kind.' })];
            _geometry_decorators = [Field(() => GeoJSONScalar, {
                    nullable: true,
                    description: 'New geometry; without coloniaId the colonia follows it.',
                })];
            _coloniaId_decorators = [Field(() => ID, { nullable: true })];
            _builtOn_decorators = [Field(() => DateScalar, { nullable: true })];
            _status_decorators = [Field(() => ImprovementStatus, { nullable: true })];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, null, _kind_decorators, { kind: "field", name: "kind", static: false, private: false, access: { has: obj => "kind" in obj, get: obj => obj.kind, set: (obj, value) => { obj.kind = value; } }, metadata: _metadata }, _kind_initializers, _kind_extraInitializers);
            __esDecorate(null, null, _geometry_decorators, { kind: "field", name: "geometry", static: false, private: false, access: { has: obj => "geometry" in obj, get: obj => obj.geometry, set: (obj, value) => { obj.geometry = value; } }, metadata: _metadata }, _geometry_initializers, _geometry_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _builtOn_decorators, { kind: "field", name: "builtOn", static: false, private: false, access: { has: obj => "builtOn" in obj, get: obj => obj.builtOn, set: (obj, value) => { obj.builtOn = value; } }, metadata: _metadata }, _builtOn_initializers, _builtOn_extraInitializers);
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            UpdateImprovementInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        nombre = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        kind = (__runInitializers(this, _nombre_extraInitializers), __runInitializers(this, _kind_initializers, void 0));
        geometry = (__runInitializers(this, _kind_extraInitializers), __runInitializers(this, _geometry_initializers, void 0));
        coloniaId = (__runInitializers(this, _geometry_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        builtOn = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _builtOn_initializers, void 0));
        status = (__runInitializers(this, _builtOn_extraInitializers), __runInitializers(this, _status_initializers, void 0));
        constructor() {
            __runInitializers(this, _status_extraInitializers);
        }
    };
    return UpdateImprovementInput = _classThis;
})();
export { UpdateImprovementInput };
