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
import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { RowVersion } from '../write/row-version';
export const ILLUSTRATIVE_DIVISION_NOTE = 'The demo division into territoriales is illustrative (grown from real colonia polygons) until the official one is imported.';
/**
 * A dirección territorial: one of Iztapalapa's 13 administrative territories.
 * Geometry is never loaded through the entity (select: false); GeoJSON leaves
 * the database through the geo module's SQL.
 */
let Territorial = (() => {
    let _classDecorators = [ObjectType({ description: `A dirección territorial of Iztapalapa. ${ILLUSTRATIVE_DIVISION_NOTE}` }), Entity({ name: 'territorial' })];
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
    let _geom_decorators;
    let _geom_initializers = [];
    let _geom_extraInitializers = [];
    let _areaKm2_decorators;
    let _areaKm2_initializers = [];
    let _areaKm2_extraInitializers = [];
    let _version_decorators;
    let _version_initializers = [];
    let _version_extraInitializers = [];
    let _colonias_decorators;
    let _colonias_initializers = [];
    let _colonias_extraInitializers = [];
    var Territorial = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [Field(() => ID), PrimaryGeneratedColumn()];
            _clave_decorators = [Field({ description: 'Stable key, e.g. TER-01.' }), Index('territorial_clave_key', { unique: true }), Column({ type: 'varchar', length: 16 })];
            _nombre_decorators = [Field({ description: 'Name as in the program report, e.g. ACULCO.' }), Column({ type: 'varchar', length: 120 })];
            _geom_decorators = [Index('territorial_geom_gist', { spatial: true }), Column({ type: 'geometry', spatialFeatureType: 'MultiPolygon', srid: 4326, select: false })];
            _areaKm2_decorators = [Field(() => Float, { description: 'Area in km² (on the spheroid).' }), Column({ name: 'area_km2', type: 'double precision' })];
            _version_decorators = [RowVersion()];
            _colonias_decorators = [OneToMany('Colonia', (colonia) => colonia.territorial)];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, null, _geom_decorators, { kind: "field", name: "geom", static: false, private: false, access: { has: obj => "geom" in obj, get: obj => obj.geom, set: (obj, value) => { obj.geom = value; } }, metadata: _metadata }, _geom_initializers, _geom_extraInitializers);
            __esDecorate(null, null, _areaKm2_decorators, { kind: "field", name: "areaKm2", static: false, private: false, access: { has: obj => "areaKm2" in obj, get: obj => obj.areaKm2, set: (obj, value) => { obj.areaKm2 = value; } }, metadata: _metadata }, _areaKm2_initializers, _areaKm2_extraInitializers);
            __esDecorate(null, null, _version_decorators, { kind: "field", name: "version", static: false, private: false, access: { has: obj => "version" in obj, get: obj => obj.version, set: (obj, value) => { obj.version = value; } }, metadata: _metadata }, _version_initializers, _version_extraInitializers);
            __esDecorate(null, null, _colonias_decorators, { kind: "field", name: "colonias", static: false, private: false, access: { has: obj => "colonias" in obj, get: obj => obj.colonias, set: (obj, value) => { obj.colonias = value; } }, metadata: _metadata }, _colonias_initializers, _colonias_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Territorial = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        clave = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _clave_initializers, void 0));
        nombre = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        geom = (__runInitializers(this, _nombre_extraInitializers), __runInitializers(this, _geom_initializers, void 0));
        areaKm2 = (__runInitializers(this, _geom_extraInitializers), __runInitializers(this, _areaKm2_initializers, void 0));
        version = (__runInitializers(this, _areaKm2_extraInitializers), __runInitializers(this, _version_initializers, void 0));
        colonias = (__runInitializers(this, _version_extraInitializers), __runInitializers(this, _colonias_initializers, void 0));
        constructor() {
            __runInitializers(this, _colonias_extraInitializers);
        }
    };
    return Territorial = _classThis;
})();
export { Territorial };
