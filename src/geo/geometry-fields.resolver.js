var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
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
import { FieldResolver, Resolver } from 'type-graphql';
import { Float } from 'type-graphql';
import { requireIntInRange } from '../common/validate';
import { GeoJSONScalar } from './geojson.scalar';
export const MAX_PRECISION = 15;
/**
 * `geometry`, `centroid` and `bbox` fields for any type backed by a table with
 * a `geom` column. Concrete resolvers extend the class this returns.
 */
export function GeometryFieldsResolver(objectType, table) {
    let GeometryFields = (() => {
        let _classDecorators = [Resolver(() => objectType)];
        let _classDescriptor;
        let _classExtraInitializers = [];
        let _classThis;
        let _instanceExtraInitializers = [];
        let _geometry_decorators;
        let _centroid_decorators;
        let _bbox_decorators;
        var GeometryFields = class {
            static { _classThis = this; }
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _geometry_decorators = [FieldResolver(() => GeoJSONScalar, {
                        description: 'Boundary as RFC 7946 GeoJSON (WGS84 lon/lat, exterior rings counter-clockwise), built by PostGIS.',
                    })];
                _centroid_decorators = [FieldResolver(() => GeoJSONScalar, { description: 'Centroid (ST_Centroid) as a GeoJSON Point.' })];
                _bbox_decorators = [FieldResolver(() => [Float], { description: 'Bounding box [minLon, minLat, maxLon, maxLat].' })];
                __esDecorate(this, null, _geometry_decorators, { kind: "method", name: "geometry", static: false, private: false, access: { has: obj => "geometry" in obj, get: obj => obj.geometry }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _centroid_decorators, { kind: "method", name: "centroid", static: false, private: false, access: { has: obj => "centroid" in obj, get: obj => obj.centroid }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _bbox_decorators, { kind: "method", name: "bbox", static: false, private: false, access: { has: obj => "bbox" in obj, get: obj => obj.bbox }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
                GeometryFields = _classThis = _classDescriptor.value;
                if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
                __runInitializers(_classThis, _classExtraInitializers);
            }
            geometry(root, ctx, precision) {
                requireIntInRange('precision', precision, 0, MAX_PRECISION);
                return ctx.loaders.geometry.geometry.load({ table, id: root.id, precision });
            }
            centroid(root, ctx, precision) {
                requireIntInRange('precision', precision, 0, MAX_PRECISION);
                return ctx.loaders.geometry.centroid.load({ table, id: root.id, precision });
            }
            bbox(root, ctx) {
                return ctx.loaders.geometry.bbox.load({ table, id: root.id });
            }
            constructor() {
                __runInitializers(this, _instanceExtraInitializers);
            }
        };
        return GeometryFields = _classThis;
    })();
    return GeometryFields;
}
