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
import { FieldResolver, Query, Resolver } from 'type-graphql';
import { connectionTypes } from '../common/pagination';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { relatedColonia, relatedTerritorial } from '../territory/related';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { MercomunaPoint } from './mercomuna-point.entity';
import { MercomunaService } from './mercomuna.service';
export const MercomunaPointConnection = connectionTypes('MercomunaPoint', MercomunaPoint);
let MercomunaQueryResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _mercomunaPoints_decorators;
    var MercomunaQueryResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _mercomunaPoints_decorators = [Query(() => MercomunaPointConnection, {
                    description: 'Mercomuna delivery points by id, a page at a time, with filters.',
                })];
            __esDecorate(this, null, _mercomunaPoints_decorators, { kind: "method", name: "mercomunaPoints", static: false, private: false, access: { has: obj => "mercomunaPoints" in obj, get: obj => obj.mercomunaPoints }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            MercomunaQueryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        mercomunaPoints(ctx, page, filters) {
            return MercomunaService.list(ctx, page, filters);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return MercomunaQueryResolver = _classThis;
})();
export { MercomunaQueryResolver };
let MercomunaPointResolver = (() => {
    let _classDecorators = [Resolver(() => MercomunaPoint)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _colonia_decorators;
    let _territorial_decorators;
    let _location_decorators;
    var MercomunaPointResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _colonia_decorators = [FieldResolver(() => Colonia)];
            _territorial_decorators = [FieldResolver(() => Territorial)];
            _location_decorators = [FieldResolver(() => GeoJSONScalar, { description: 'Location as a GeoJSON Point.' })];
            __esDecorate(this, null, _colonia_decorators, { kind: "method", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _territorial_decorators, { kind: "method", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _location_decorators, { kind: "method", name: "location", static: false, private: false, access: { has: obj => "location" in obj, get: obj => obj.location }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            MercomunaPointResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        colonia(point, ctx) {
            return relatedColonia(ctx, point);
        }
        territorial(point, ctx) {
            return relatedTerritorial(ctx, point);
        }
        async location(point, ctx) {
            const location = await ctx.loaders.mercomuna.pointLocation.load(point.id);
            if (!location)
                throw new Error(`Mercomuna point ${point.id} has no location`);
            return location;
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return MercomunaPointResolver = _classThis;
})();
export { MercomunaPointResolver };
let TerritorialMercomunaResolver = (() => {
    let _classDecorators = [Resolver(() => Territorial)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _mercomunaPoints_decorators;
    var TerritorialMercomunaResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _mercomunaPoints_decorators = [FieldResolver(() => [MercomunaPoint], { description: 'Mercomuna delivery points in this territorial, by clave.' })];
            __esDecorate(this, null, _mercomunaPoints_decorators, { kind: "method", name: "mercomunaPoints", static: false, private: false, access: { has: obj => "mercomunaPoints" in obj, get: obj => obj.mercomunaPoints }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            TerritorialMercomunaResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        mercomunaPoints(territorial, ctx) {
            return ctx.loaders.mercomuna.pointsByTerritorialId.load(territorial.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return TerritorialMercomunaResolver = _classThis;
})();
export { TerritorialMercomunaResolver };
let ColoniaMercomunaResolver = (() => {
    let _classDecorators = [Resolver(() => Colonia)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _mercomunaPoints_decorators;
    var ColoniaMercomunaResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _mercomunaPoints_decorators = [FieldResolver(() => [MercomunaPoint], { description: 'Mercomuna delivery points in this colonia, by clave.' })];
            __esDecorate(this, null, _mercomunaPoints_decorators, { kind: "method", name: "mercomunaPoints", static: false, private: false, access: { has: obj => "mercomunaPoints" in obj, get: obj => obj.mercomunaPoints }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ColoniaMercomunaResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        mercomunaPoints(colonia, ctx) {
            return ctx.loaders.mercomuna.pointsByColoniaId.load(colonia.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ColoniaMercomunaResolver = _classThis;
})();
export { ColoniaMercomunaResolver };
export const mercomunaResolvers = [
    MercomunaQueryResolver,
    MercomunaPointResolver,
    TerritorialMercomunaResolver,
    ColoniaMercomunaResolver,
];
