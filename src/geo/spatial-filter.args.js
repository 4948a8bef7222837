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
import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { GeoJSONScalar } from './geojson.scalar';
import { validateGeoJsonGeometry } from './geojson-input';
import { MAX_NEAR_METERS, parseBbox, validateNear } from './spatial-filter';
let NearInput = (() => {
    let _classDecorators = [InputType({
            description: 'A WGS84 point and a distance: features within `meters` of it (on the spheroid), nearest first.',
        })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _lon_decorators;
    let _lon_initializers = [];
    let _lon_extraInitializers = [];
    let _lat_decorators;
    let _lat_initializers = [];
    let _lat_extraInitializers = [];
    let _meters_decorators;
    let _meters_initializers = [];
    let _meters_extraInitializers = [];
    var NearInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _lon_decorators = [Field(() => Float, { description: 'Longitude, -180 to 180.' })];
            _lat_decorators = [Field(() => Float, { description: 'Latitude, -90 to 90.' })];
            _meters_decorators = [Field(() => Float, { description: `Distance in metres, greater than 0 and at most ${MAX_NEAR_METERS}.` })];
            __esDecorate(null, null, _lon_decorators, { kind: "field", name: "lon", static: false, private: false, access: { has: obj => "lon" in obj, get: obj => obj.lon, set: (obj, value) => { obj.lon = value; } }, metadata: _metadata }, _lon_initializers, _lon_extraInitializers);
            __esDecorate(null, null, _lat_decorators, { kind: "field", name: "lat", static: false, private: false, access: { has: obj => "lat" in obj, get: obj => obj.lat, set: (obj, value) => { obj.lat = value; } }, metadata: _metadata }, _lat_initializers, _lat_extraInitializers);
            __esDecorate(null, null, _meters_decorators, { kind: "field", name: "meters", static: false, private: false, access: { has: obj => "meters" in obj, get: obj => obj.meters, set: (obj, value) => { obj.meters = value; } }, metadata: _metadata }, _meters_initializers, _meters_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            NearInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        lon = __runInitializers(this, _lon_initializers, void 0);
        lat = (__runInitializers(this, _lon_extraInitializers), __runInitializers(this, _lat_initializers, void 0));
        meters = (__runInitializers(this, _lat_extraInitializers), __runInitializers(this, _meters_initializers, void 0));
        constructor() {
            __runInitializers(this, _meters_extraInitializers);
        }
    };
    return NearInput = _classThis;
})();
export { NearInput };
/**
 * Spatial filter arguments for any list query. A module adds them with
 * `@Args(() => SpatialFilterArgs) spatial: SpatialFilterArgs`, turns them into a
 * filter with `resolveSpatialFilter(ctx, spatial)` and applies it with
 * `applySpatialFilter` / `applySpatialKeyset` (spatial-filter.ts).
 */
let SpatialFilterArgs = (() => {
    let _classDecorators = [ArgsType()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _bbox_decorators;
    let _bbox_initializers = [];
    let _bbox_extraInitializers = [];
    let _intersects_decorators;
    let _intersects_initializers = [];
    let _intersects_extraInitializers = [];
    let _near_decorators;
    let _near_initializers = [];
    let _near_extraInitializers = [];
    var SpatialFilterArgs = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _bbox_decorators = [Field(() => [Float], {
                    nullable: true,
                    description: 'Only features intersecting [minLon, minLat, maxLon, maxLat] (WGS84).',
                })];
            _intersects_decorators = [Field(() => GeoJSONScalar, {
                    nullable: true,
                    description: 'Only features intersecting this GeoJSON geometry (or Feature), WGS84 lon/lat, valid per PostGIS.',
                })];
            _near_decorators = [Field(() => NearInput, { nullable: true, description: 'Only features within `meters` of a point, nearest first.' })];
            __esDecorate(null, null, _bbox_decorators, { kind: "field", name: "bbox", static: false, private: false, access: { has: obj => "bbox" in obj, get: obj => obj.bbox, set: (obj, value) => { obj.bbox = value; } }, metadata: _metadata }, _bbox_initializers, _bbox_extraInitializers);
            __esDecorate(null, null, _intersects_decorators, { kind: "field", name: "intersects", static: false, private: false, access: { has: obj => "intersects" in obj, get: obj => obj.intersects, set: (obj, value) => { obj.intersects = value; } }, metadata: _metadata }, _intersects_initializers, _intersects_extraInitializers);
            __esDecorate(null, null, _near_decorators, { kind: "field", name: "near", static: false, private: false, access: { has: obj => "near" in obj, get: obj => obj.near, set: (obj, value) => { obj.near = value; } }, metadata: _metadata }, _near_initializers, _near_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            SpatialFilterArgs = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        bbox = __runInitializers(this, _bbox_initializers, void 0);
        intersects = (__runInitializers(this, _bbox_extraInitializers), __runInitializers(this, _intersects_initializers, void 0));
        near = (__runInitializers(this, _intersects_extraInitializers), __runInitializers(this, _near_initializers, void 0));
        constructor() {
            __runInitializers(this, _near_extraInitializers);
        }
    };
    return SpatialFilterArgs = _classThis;
})();
export { SpatialFilterArgs };
/** Validates the arguments (GeoJSON validity in PostGIS: one statement, only when `intersects` is given). */
export async function resolveSpatialFilter(ctx, args) {
    const filter = {};
    if (!args)
        return filter;
    if (args.bbox != null)
        filter.bbox = parseBbox('bbox', args.bbox);
    if (args.near != null)
        filter.near = validateNear('near', args.near);
    if (args.intersects != null)
        filter.intersects = await validateGeoJsonGeometry(ctx.dataSource, 'intersects', args.intersects);
    return filter;
}
