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
import { PublicSpaceImprovement } from './public-space-improvement.entity';
import { PublicSpaceService } from './public-space.service';
export const PublicSpaceImprovementConnection = connectionTypes('PublicSpaceImprovement', PublicSpaceImprovement);
let PublicSpaceQueryResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _improvements_decorators;
    var PublicSpaceQueryResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _improvements_decorators = [Query(() => PublicSpaceImprovementConnection, {
                    description: 'Public-space improvements by id, a page at a time, with filters (dates built, inclusive).',
                })];
            __esDecorate(this, null, _improvements_decorators, { kind: "method", name: "improvements", static: false, private: false, access: { has: obj => "improvements" in obj, get: obj => obj.improvements }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            PublicSpaceQueryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        improvements(ctx, page, filters) {
            return PublicSpaceService.list(ctx, page, filters);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return PublicSpaceQueryResolver = _classThis;
})();
export { PublicSpaceQueryResolver };
let PublicSpaceImprovementResolver = (() => {
    let _classDecorators = [Resolver(() => PublicSpaceImprovement)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _colonia_decorators;
    let _territorial_decorators;
    let _geometry_decorators;
    var PublicSpaceImprovementResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _colonia_decorators = [FieldResolver(() => Colonia)];
            _territorial_decorators = [FieldResolver(() => Territorial)];
            _geometry_decorators = [FieldResolver(() => GeoJSONScalar, {
                    description: 'GeoJSON LineString (caminos, ludicalles), Point or Polygon (utopías), Point (lavamanos, pipas).',
                })];
            __esDecorate(this, null, _colonia_decorators, { kind: "method", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _territorial_decorators, { kind: "method", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _geometry_decorators, { kind: "method", name: "geometry", static: false, private: false, access: { has: obj => "geometry" in obj, get: obj => obj.geometry }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            PublicSpaceImprovementResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        colonia(improvement, ctx) {
            return relatedColonia(ctx, improvement);
        }
        territorial(improvement, ctx) {
            return relatedTerritorial(ctx, improvement);
        }
        async geometry(improvement, ctx) {
            const geometry = await ctx.loaders.publicSpace.improvementGeometry.load(improvement.id);
            if (!geometry)
                throw new Error(`improvement ${improvement.id} has no geometry`);
            return geometry;
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return PublicSpaceImprovementResolver = _classThis;
})();
export { PublicSpaceImprovementResolver };
let TerritorialImprovementsResolver = (() => {
    let _classDecorators = [Resolver(() => Territorial)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _improvements_decorators;
    var TerritorialImprovementsResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _improvements_decorators = [FieldResolver(() => [PublicSpaceImprovement], {
                    description: 'Public-space improvements in this territorial, by clave.',
                })];
            __esDecorate(this, null, _improvements_decorators, { kind: "method", name: "improvements", static: false, private: false, access: { has: obj => "improvements" in obj, get: obj => obj.improvements }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            TerritorialImprovementsResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        improvements(territorial, ctx) {
            return ctx.loaders.publicSpace.improvementsByTerritorialId.load(territorial.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return TerritorialImprovementsResolver = _classThis;
})();
export { TerritorialImprovementsResolver };
let ColoniaImprovementsResolver = (() => {
    let _classDecorators = [Resolver(() => Colonia)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _improvements_decorators;
    var ColoniaImprovementsResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _improvements_decorators = [FieldResolver(() => [PublicSpaceImprovement], {
                    description: 'Public-space improvements in this colonia, by clave.',
                })];
            __esDecorate(this, null, _improvements_decorators, { kind: "method", name: "improvements", static: false, private: false, access: { has: obj => "improvements" in obj, get: obj => obj.improvements }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ColoniaImprovementsResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        improvements(colonia, ctx) {
            return ctx.loaders.publicSpace.improvementsByColoniaId.load(colonia.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ColoniaImprovementsResolver = _classThis;
})();
export { ColoniaImprovementsResolver };
export const publicSpaceResolvers = [
    PublicSpaceQueryResolver,
    PublicSpaceImprovementResolver,
    TerritorialImprovementsResolver,
    ColoniaImprovementsResolver,
];
