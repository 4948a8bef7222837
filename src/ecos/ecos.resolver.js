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
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { relatedColonia, relatedTerritorial } from '../territory/related';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { EcosSchoolDistance } from './ecos-school-distance.type';
import { EcosSchool } from './ecos-school.entity';
import { EcosService } from './ecos.service';
export const EcosSchoolConnection = connectionTypes('EcosSchool', EcosSchool);
let EcosQueryResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _ecosSchools_decorators;
    let _nearestEcos_decorators;
    var EcosQueryResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _ecosSchools_decorators = [Query(() => EcosSchoolConnection, {
                    description: 'ECOS schools by id, a page at a time, optionally within a territorial or colonia.',
                })];
            _nearestEcos_decorators = [Query(() => [EcosSchoolDistance], {
                    description: 'The ECOS schools nearest to a WGS84 point, nearest first (distance in metres).',
                })];
            __esDecorate(this, null, _ecosSchools_decorators, { kind: "method", name: "ecosSchools", static: false, private: false, access: { has: obj => "ecosSchools" in obj, get: obj => obj.ecosSchools }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _nearestEcos_decorators, { kind: "method", name: "nearestEcos", static: false, private: false, access: { has: obj => "nearestEcos" in obj, get: obj => obj.nearestEcos }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            EcosQueryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        ecosSchools(ctx, page, filters) {
            return EcosService.list(ctx, page, filters);
        }
        nearestEcos(ctx, lon, lat, limit) {
            return EcosService.nearest(ctx, lon, lat, limit);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return EcosQueryResolver = _classThis;
})();
export { EcosQueryResolver };
let EcosSchoolResolver = (() => {
    let _classDecorators = [Resolver(() => EcosSchool)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _colonia_decorators;
    let _territorial_decorators;
    let _location_decorators;
    let _facilitators_decorators;
    var EcosSchoolResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _colonia_decorators = [FieldResolver(() => Colonia)];
            _territorial_decorators = [FieldResolver(() => Territorial)];
            _location_decorators = [FieldResolver(() => GeoJSONScalar, { description: 'Location as a GeoJSON Point.' })];
            _facilitators_decorators = [FieldResolver(() => [Beneficiary], {
                    description: 'Facilitators (beneficiaries trained in popular education), by folio.',
                })];
            __esDecorate(this, null, _colonia_decorators, { kind: "method", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _territorial_decorators, { kind: "method", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _location_decorators, { kind: "method", name: "location", static: false, private: false, access: { has: obj => "location" in obj, get: obj => obj.location }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _facilitators_decorators, { kind: "method", name: "facilitators", static: false, private: false, access: { has: obj => "facilitators" in obj, get: obj => obj.facilitators }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            EcosSchoolResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        colonia(school, ctx) {
            return relatedColonia(ctx, school);
        }
        territorial(school, ctx) {
            return relatedTerritorial(ctx, school);
        }
        async location(school, ctx) {
            const location = await ctx.loaders.ecos.schoolLocation.load(school.id);
            if (!location)
                throw new Error(`ECOS school ${school.id} has no location`);
            return location;
        }
        facilitators(school, ctx) {
            return ctx.loaders.ecos.facilitatorsBySchoolId.load(school.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return EcosSchoolResolver = _classThis;
})();
export { EcosSchoolResolver };
let BeneficiaryEcosResolver = (() => {
    let _classDecorators = [Resolver(() => Beneficiary)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _ecosSchools_decorators;
    var BeneficiaryEcosResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _ecosSchools_decorators = [FieldResolver(() => [EcosSchool], { description: 'ECOS schools this beneficiary facilitates.' })];
            __esDecorate(this, null, _ecosSchools_decorators, { kind: "method", name: "ecosSchools", static: false, private: false, access: { has: obj => "ecosSchools" in obj, get: obj => obj.ecosSchools }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            BeneficiaryEcosResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        ecosSchools(beneficiary, ctx) {
            return ctx.loaders.ecos.schoolsByFacilitatorId.load(beneficiary.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return BeneficiaryEcosResolver = _classThis;
})();
export { BeneficiaryEcosResolver };
let TerritorialEcosResolver = (() => {
    let _classDecorators = [Resolver(() => Territorial)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _ecosSchools_decorators;
    var TerritorialEcosResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _ecosSchools_decorators = [FieldResolver(() => [EcosSchool], { description: 'ECOS schools in this territorial.' })];
            __esDecorate(this, null, _ecosSchools_decorators, { kind: "method", name: "ecosSchools", static: false, private: false, access: { has: obj => "ecosSchools" in obj, get: obj => obj.ecosSchools }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            TerritorialEcosResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        ecosSchools(territorial, ctx) {
            return ctx.loaders.ecos.schoolsByTerritorialId.load(territorial.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return TerritorialEcosResolver = _classThis;
})();
export { TerritorialEcosResolver };
let ColoniaEcosResolver = (() => {
    let _classDecorators = [Resolver(() => Colonia)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _ecosSchools_decorators;
    var ColoniaEcosResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _ecosSchools_decorators = [FieldResolver(() => [EcosSchool], { description: 'ECOS schools in this colonia.' })];
            __esDecorate(this, null, _ecosSchools_decorators, { kind: "method", name: "ecosSchools", static: false, private: false, access: { has: obj => "ecosSchools" in obj, get: obj => obj.ecosSchools }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ColoniaEcosResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        ecosSchools(colonia, ctx) {
            return ctx.loaders.ecos.schoolsByColoniaId.load(colonia.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ColoniaEcosResolver = _classThis;
})();
export { ColoniaEcosResolver };
export const ecosResolvers = [
    EcosQueryResolver,
    EcosSchoolResolver,
    BeneficiaryEcosResolver,
    TerritorialEcosResolver,
    ColoniaEcosResolver,
];
