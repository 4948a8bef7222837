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
import { Query, registerEnumType, Resolver } from 'type-graphql';
import { parseId } from '../common/validate';
import { FeatureCollectionService, geoJsonOutput } from './feature-collection.service';
import { GeoJSONScalar } from './geojson.scalar';
import { resolveSpatialFilter } from './spatial-filter.args';
/**
 * The `featureCollection` query over a layer registry, and its `Layer` enum
 * (one value per layer: the id upper-cased). Built once, by src/registry.ts.
 */
export function featureCollectionResolver(layers) {
    const Layer = Object.fromEntries(layers.ids.map((id) => [id.toUpperCase(), id]));
    registerEnumType(Layer, {
        name: 'Layer',
        description: 'A map layer, as served by featureCollection, /geojson/{layer}, /ogc/collections/{layer} and /tiles/{layer}.',
        valuesConfig: Object.fromEntries(layers.all().map((layer) => [layer.id.toUpperCase(), { description: layer.title }])),
    });
    let FeatureCollectionResolver = (() => {
        let _classDecorators = [Resolver()];
        let _classDescriptor;
        let _classExtraInitializers = [];
        let _classThis;
        let _instanceExtraInitializers = [];
        let _featureCollection_decorators;
        var FeatureCollectionResolver = class {
            static { _classThis = this; }
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _featureCollection_decorators = [Query(() => GeoJSONScalar, {
                        description: 'A whole layer as one RFC 7946 FeatureCollection built by PostGIS: feature id = entity id, properties = public attributes ' +
                            '(and coverage figures for TERRITORIALES and COLONIAS). Ordered by id, or nearest first with `near`.',
                    })];
                __esDecorate(this, null, _featureCollection_decorators, { kind: "method", name: "featureCollection", static: false, private: false, access: { has: obj => "featureCollection" in obj, get: obj => obj.featureCollection }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
                FeatureCollectionResolver = _classThis = _classDescriptor.value;
                if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
                __runInitializers(_classThis, _classExtraInitializers);
            }
            async featureCollection(ctx, layer, spatial, territorialId, precision = 6, simplifyMeters = 0) {
                const output = geoJsonOutput(precision, simplifyMeters);
                const where = territorialId != null ? [{ name: 'territorial', value: String(parseId('territorialId', territorialId)) }] : [];
                const filter = await resolveSpatialFilter(ctx, spatial);
                return FeatureCollectionService.featureCollection(ctx, layers.byId[layer], { spatial: filter, where }, output);
            }
            constructor() {
                __runInitializers(this, _instanceExtraInitializers);
            }
        };
        return FeatureCollectionResolver = _classThis;
    })();
    return FeatureCollectionResolver;
}
