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
import { connectionTypes, selectsField } from '../common/pagination';
import { GeometryFieldsResolver } from '../geo/geometry-fields.resolver';
import { Colonia } from './colonia.entity';
import { Location } from './location.type';
import { ILLUSTRATIVE_DIVISION_NOTE, Territorial } from './territorial.entity';
import { TerritoryService } from './territory.service';
export const ColoniaConnection = connectionTypes('Colonia', Colonia);
let TerritoryQueryResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _territoriales_decorators;
    let _territorial_decorators;
    let _colonias_decorators;
    let _colonia_decorators;
    let _locate_decorators;
    var TerritoryQueryResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _territoriales_decorators = [Query(() => [Territorial], {
                    description: `The 13 direcciones territoriales, by clave. ${ILLUSTRATIVE_DIVISION_NOTE}`,
                })];
            _territorial_decorators = [Query(() => Territorial, {
                    nullable: true,
                    description: 'One territorial by id or clave (exactly one); null when unknown.',
                })];
            _colonias_decorators = [Query(() => ColoniaConnection, {
                    description: 'Colonias by id, a page at a time (Relay cursors), optionally within one territorial and spatially filtered ' +
                        '(bbox, intersects, near); with `near`, nearest first.',
                })];
            _colonia_decorators = [Query(() => Colonia, { nullable: true, description: 'One colonia by id or clave (exactly one); null when unknown.' })];
            _locate_decorators = [Query(() => Location, {
                    nullable: true,
                    description: 'The colonia and territorial at a WGS84 point (a point in a catalogue gap snaps to a colonia within ~20 m); null outside the alcaldía.',
                })];
            __esDecorate(this, null, _territoriales_decorators, { kind: "method", name: "territoriales", static: false, private: false, access: { has: obj => "territoriales" in obj, get: obj => obj.territoriales }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _territorial_decorators, { kind: "method", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _colonias_decorators, { kind: "method", name: "colonias", static: false, private: false, access: { has: obj => "colonias" in obj, get: obj => obj.colonias }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _colonia_decorators, { kind: "method", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _locate_decorators, { kind: "method", name: "locate", static: false, private: false, access: { has: obj => "locate" in obj, get: obj => obj.locate }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            TerritoryQueryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        territoriales(ctx) {
            return TerritoryService.listTerritoriales(ctx);
        }
        territorial(ctx, id, clave) {
            return TerritoryService.findTerritorial(ctx, id, clave);
        }
        colonias(ctx, page, spatial, info, territorialId) {
            return TerritoryService.listColonias(ctx, page, territorialId, spatial, selectsField(info, 'totalCount'));
        }
        colonia(ctx, id, clave) {
            return TerritoryService.findColonia(ctx, id, clave);
        }
        locate(ctx, lon, lat) {
            return TerritoryService.locate(ctx, lon, lat);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return TerritoryQueryResolver = _classThis;
})();
export { TerritoryQueryResolver };
let TerritorialResolver = (() => {
    let _classDecorators = [Resolver(() => Territorial)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _classSuper = GeometryFieldsResolver(Territorial, 'territorial');
    let _instanceExtraInitializers = [];
    let _colonias_decorators;
    var TerritorialResolver = class extends _classSuper {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _colonias_decorators = [FieldResolver(() => [Colonia], { description: 'Colonias of this territorial, by id.' })];
            __esDecorate(this, null, _colonias_decorators, { kind: "method", name: "colonias", static: false, private: false, access: { has: obj => "colonias" in obj, get: obj => obj.colonias }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            TerritorialResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        colonias(territorial, ctx) {
            return ctx.loaders.territory.coloniasByTerritorialId.load(territorial.id);
        }
        constructor() {
            super(...arguments);
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return TerritorialResolver = _classThis;
})();
export { TerritorialResolver };
let ColoniaResolver = (() => {
    let _classDecorators = [Resolver(() => Colonia)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _classSuper = GeometryFieldsResolver(Colonia, 'colonia');
    let _instanceExtraInitializers = [];
    let _territorial_decorators;
    var ColoniaResolver = class extends _classSuper {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _territorial_decorators = [FieldResolver(() => Territorial)];
            __esDecorate(this, null, _territorial_decorators, { kind: "method", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ColoniaResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        async territorial(colonia, ctx) {
            const territorial = await ctx.loaders.territory.territorialById.load(colonia.territorialId);
            if (!territorial)
                throw new Error(`colonia ${colonia.id} has no territorial`);
            return territorial;
        }
        constructor() {
            super(...arguments);
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ColoniaResolver = _classThis;
})();
export { ColoniaResolver };
