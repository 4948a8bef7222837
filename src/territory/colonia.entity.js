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
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { RowVersion } from '../write/row-version';
/** A colonia (neighbourhood unit); each belongs to exactly one territorial. */
let Colonia = (() => {
    let _classDecorators = [ObjectType({
            description: 'A colonia, barrio, pueblo or unidad habitacional of Iztapalapa; belongs to exactly one territorial.',
        }), Entity({ name: 'colonia' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _id_decorators;
    let _id_initializers = [];
    let _id_extraInitializers = [];
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _nombre_decorators;
    let _nombre_initializers = [];
    let _nombre_extraInitializers = [];
    let _territorialId_decorators;
    let _territorialId_initializers = [];
    let _territorialId_extraInitializers = [];
    let _territorial_decorators;
    let _territorial_initializers = [];
    let _territorial_extraInitializers = [];
    let _geom_decorators;
    let _geom_initializers = [];
    let _geom_extraInitializers = [];
    let _areaKm2_decorators;
    let _areaKm2_initializers = [];
    let _areaKm2_extraInitializers = [];
    let _version_decorators;
    let _version_initializers = [];
    let _version_extraInitializers = [];
    var Colonia = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [Field(() => ID), PrimaryGeneratedColumn()];
            _clave_decorators = [Field({ description: 'Stable key (slug of the name), e.g. los-angeles or desarrollo-urbano-quetzalcoatl-ii.' }), Index('colonia_clave_key', { unique: true }), Column({ type: 'varchar', length: 80 })];
            _nombre_decorators = [Field(), Column({ type: 'varchar', length: 160 })];
            _territorialId_decorators = [Index('colonia_territorial_id_idx'), Column({ name: 'territorial_id', type: 'integer' })];
            _territorial_decorators = [ManyToOne('Territorial', (territorial) => territorial.colonias, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: 'colonia_territorial_id_fkey' })];
            _geom_decorators = [Index('colonia_geom_gist', { spatial: true }), Column({ type: 'geometry', spatialFeatureType: 'MultiPolygon', srid: 4326, select: false })];
            _areaKm2_decorators = [Field(() => Float, { description: 'Area in km² (on the spheroid).' }), Column({ name: 'area_km2', type: 'double precision' })];
            _version_decorators = [RowVersion()];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, null, _territorialId_decorators, { kind: "field", name: "territorialId", static: false, private: false, access: { has: obj => "territorialId" in obj, get: obj => obj.territorialId, set: (obj, value) => { obj.territorialId = value; } }, metadata: _metadata }, _territorialId_initializers, _territorialId_extraInitializers);
            __esDecorate(null, null, _territorial_decorators, { kind: "field", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial, set: (obj, value) => { obj.territorial = value; } }, metadata: _metadata }, _territorial_initializers, _territorial_extraInitializers);
            __esDecorate(null, null, _geom_decorators, { kind: "field", name: "geom", static: false, private: false, access: { has: obj => "geom" in obj, get: obj => obj.geom, set: (obj, value) => { obj.geom = value; } }, metadata: _metadata }, _geom_initializers, _geom_extraInitializers);
            __esDecorate(null, null, _areaKm2_decorators, { kind: "field", name: "areaKm2", static: false, private: false, access: { has: obj => "areaKm2" in obj, get: obj => obj.areaKm2, set: (obj, value) => { obj.areaKm2 = value; } }, metadata: _metadata }, _areaKm2_initializers, _areaKm2_extraInitializers);
            __esDecorate(null, null, _version_decorators, { kind: "field", name: "version", static: false, private: false, access: { has: obj => "version" in obj, get: obj => obj.version, set: (obj, value) => { obj.version = value; } }, metadata: _metadata }, _version_initializers, _version_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Colonia = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        clave = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _clave_initializers, void 0));
        nombre = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        territorialId = (__runInitializers(this, _nombre_extraInitializers), __runInitializers(this, _territorialId_initializers, void 0));
        territorial = (__runInitializers(this, _territorialId_extraInitializers), __runInitializers(this, _territorial_initializers, void 0));
        geom = (__runInitializers(this, _territorial_extraInitializers), __runInitializers(this, _geom_initializers, void 0));
        areaKm2 = (__runInitializers(this, _geom_extraInitializers), __runInitializers(this, _areaKm2_initializers, void 0));
        version = (__runInitializers(this, _areaKm2_extraInitializers), __runInitializers(this, _version_initializers, void 0));
        constructor() {
            __runInitializers(this, _version_extraInitializers);
        }
    };
    return Colonia = _classThis;
})();
export { Colonia };
