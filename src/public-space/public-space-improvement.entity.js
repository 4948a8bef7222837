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
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { PublicSpaceKindRow } from './public-space-kind.entity';
import { ImprovementStatus, PublicSpaceKind } from './public-space.enums';
import { RowVersion } from '../write/row-version';
/** A public-space improvement: a route, a street, a park complex, a hand-washing station, a water-truck stop. */
let PublicSpaceImprovement = (() => {
    let _classDecorators = [ObjectType({
            description: 'A public-space improvement (camino, ludicalle, utopía, lavamanos, pipa de agua) in a colonia.',
        }), Entity({ name: 'public_space_improvement' }), Index('public_space_improvement_colonia_id_built_on_idx', ['coloniaId', 'builtOn']), Check('public_space_improvement_status_check', `"status" IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED')`), Check('public_space_improvement_geom_check', `public_space_geometry_fits("kind", "geom")`)];
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
    let _kind_decorators;
    let _kind_initializers = [];
    let _kind_extraInitializers = [];
    let _kindRow_decorators;
    let _kindRow_initializers = [];
    let _kindRow_extraInitializers = [];
    let _geom_decorators;
    let _geom_initializers = [];
    let _geom_extraInitializers = [];
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
    let _builtOn_decorators;
    let _builtOn_initializers = [];
    let _builtOn_extraInitializers = [];
    let _status_decorators;
    let _status_initializers = [];
    let _status_extraInitializers = [];
    let _version_decorators;
    let _version_initializers = [];
    let _version_extraInitializers = [];
    var PublicSpaceImprovement = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [Field(() => ID), PrimaryGeneratedColumn()];
            _clave_decorators = [Field({ description: 'Stable key, e.g. CAM-2020-001.' }), Index('public_space_improvement_clave_key', { unique: true }), Column({ type: 'varchar', length: 24 })];
            _nombre_decorators = [Field(), Column({ type: 'varchar', length: 160 })];
            _kind_decorators = [Field(() => PublicSpaceKind), Index('public_space_improvement_kind_idx'), Column({ type: 'varchar', length: 32 })];
            _kindRow_decorators = [ManyToOne(() => PublicSpaceKindRow, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'kind', foreignKeyConstraintName: 'public_space_improvement_kind_fkey' })];
            _geom_decorators = [Index('public_space_improvement_geom_gist', { spatial: true }), Column({ type: 'geometry', spatialFeatureType: 'Geometry', srid: 4326, select: false })];
            _coloniaId_decorators = [Column({ name: 'colonia_id', type: 'integer' })];
            _colonia_decorators = [ManyToOne(() => Colonia, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'colonia_id', foreignKeyConstraintName: 'public_space_improvement_colonia_id_fkey' })];
            _territorialId_decorators = [Index('public_space_improvement_territorial_id_idx'), Column({ name: 'territorial_id', type: 'integer' })];
            _territorial_decorators = [ManyToOne(() => Territorial, { onDelete: 'RESTRICT' }), JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: 'public_space_improvement_territorial_id_fkey' })];
            _builtOn_decorators = [Field(() => DateScalar, { description: 'Date built (or opened).' }), Column({ name: 'built_on', type: 'date' })];
            _status_decorators = [Field(() => ImprovementStatus), Column({ type: 'varchar', length: 12 })];
            _version_decorators = [RowVersion()];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, null, _kind_decorators, { kind: "field", name: "kind", static: false, private: false, access: { has: obj => "kind" in obj, get: obj => obj.kind, set: (obj, value) => { obj.kind = value; } }, metadata: _metadata }, _kind_initializers, _kind_extraInitializers);
            __esDecorate(null, null, _kindRow_decorators, { kind: "field", name: "kindRow", static: false, private: false, access: { has: obj => "kindRow" in obj, get: obj => obj.kindRow, set: (obj, value) => { obj.kindRow = value; } }, metadata: _metadata }, _kindRow_initializers, _kindRow_extraInitializers);
            __esDecorate(null, null, _geom_decorators, { kind: "field", name: "geom", static: false, private: false, access: { has: obj => "geom" in obj, get: obj => obj.geom, set: (obj, value) => { obj.geom = value; } }, metadata: _metadata }, _geom_initializers, _geom_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _colonia_decorators, { kind: "field", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia, set: (obj, value) => { obj.colonia = value; } }, metadata: _metadata }, _colonia_initializers, _colonia_extraInitializers);
            __esDecorate(null, null, _territorialId_decorators, { kind: "field", name: "territorialId", static: false, private: false, access: { has: obj => "territorialId" in obj, get: obj => obj.territorialId, set: (obj, value) => { obj.territorialId = value; } }, metadata: _metadata }, _territorialId_initializers, _territorialId_extraInitializers);
            __esDecorate(null, null, _territorial_decorators, { kind: "field", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial, set: (obj, value) => { obj.territorial = value; } }, metadata: _metadata }, _territorial_initializers, _territorial_extraInitializers);
            __esDecorate(null, null, _builtOn_decorators, { kind: "field", name: "builtOn", static: false, private: false, access: { has: obj => "builtOn" in obj, get: obj => obj.builtOn, set: (obj, value) => { obj.builtOn = value; } }, metadata: _metadata }, _builtOn_initializers, _builtOn_extraInitializers);
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, null, _version_decorators, { kind: "field", name: "version", static: false, private: false, access: { has: obj => "version" in obj, get: obj => obj.version, set: (obj, value) => { obj.version = value; } }, metadata: _metadata }, _version_initializers, _version_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            PublicSpaceImprovement = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        clave = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _clave_initializers, void 0));
        nombre = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        kind = (__runInitializers(this, _nombre_extraInitializers), __runInitializers(this, _kind_initializers, void 0));
        kindRow = (__runInitializers(this, _kind_extraInitializers), __runInitializers(this, _kindRow_initializers, void 0));
        geom = (__runInitializers(this, _kindRow_extraInitializers), __runInitializers(this, _geom_initializers, void 0));
        coloniaId = (__runInitializers(this, _geom_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        colonia = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _colonia_initializers, void 0));
        territorialId = (__runInitializers(this, _colonia_extraInitializers), __runInitializers(this, _territorialId_initializers, void 0));
        territorial = (__runInitializers(this, _territorialId_extraInitializers), __runInitializers(this, _territorial_initializers, void 0));
        builtOn = (__runInitializers(this, _territorial_extraInitializers), __runInitializers(this, _builtOn_initializers, void 0));
        status = (__runInitializers(this, _builtOn_extraInitializers), __runInitializers(this, _status_initializers, void 0));
        version = (__runInitializers(this, _status_extraInitializers), __runInitializers(this, _version_initializers, void 0));
        constructor() {
            __runInitializers(this, _version_extraInitializers);
        }
    };
    return PublicSpaceImprovement = _classThis;
})();
export { PublicSpaceImprovement };
