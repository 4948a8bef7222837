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
import { AgendaProject } from './agenda-project.entity';
import { Agenda } from './agenda.entity';
import { Workshop } from './workshop.entity';
import { WorkshopService } from './workshop.service';
export const WorkshopConnection = connectionTypes('Workshop', Workshop);
export const AgendaConnection = connectionTypes('Agenda', Agenda);
let WorkshopQueryResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _workshops_decorators;
    let _agendas_decorators;
    var WorkshopQueryResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _workshops_decorators = [Query(() => WorkshopConnection, {
                    description: 'Participatory-planning workshops by id, a page at a time, with filters (dates inclusive).',
                })];
            _agendas_decorators = [Query(() => AgendaConnection, {
                    description: 'Agendas de Desarrollo Local Comunitario by id, a page at a time, with filters.',
                })];
            __esDecorate(this, null, _workshops_decorators, { kind: "method", name: "workshops", static: false, private: false, access: { has: obj => "workshops" in obj, get: obj => obj.workshops }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _agendas_decorators, { kind: "method", name: "agendas", static: false, private: false, access: { has: obj => "agendas" in obj, get: obj => obj.agendas }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            WorkshopQueryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        workshops(ctx, page, filters) {
            return WorkshopService.listWorkshops(ctx, page, filters);
        }
        agendas(ctx, page, filters) {
            return WorkshopService.listAgendas(ctx, page, filters);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return WorkshopQueryResolver = _classThis;
})();
export { WorkshopQueryResolver };
let WorkshopResolver = (() => {
    let _classDecorators = [Resolver(() => Workshop)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _colonia_decorators;
    let _territorial_decorators;
    let _location_decorators;
    var WorkshopResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _colonia_decorators = [FieldResolver(() => Colonia)];
            _territorial_decorators = [FieldResolver(() => Territorial)];
            _location_decorators = [FieldResolver(() => GeoJSONScalar, {
                    nullable: true,
                    description: 'Venue as a GeoJSON Point; null for virtual workshops.',
                })];
            __esDecorate(this, null, _colonia_decorators, { kind: "method", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _territorial_decorators, { kind: "method", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _location_decorators, { kind: "method", name: "location", static: false, private: false, access: { has: obj => "location" in obj, get: obj => obj.location }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            WorkshopResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        colonia(workshop, ctx) {
            return relatedColonia(ctx, workshop);
        }
        territorial(workshop, ctx) {
            return relatedTerritorial(ctx, workshop);
        }
        location(workshop, ctx) {
            return ctx.loaders.workshop.workshopLocation.load(workshop.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return WorkshopResolver = _classThis;
})();
export { WorkshopResolver };
let AgendaResolver = (() => {
    let _classDecorators = [Resolver(() => Agenda)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _colonia_decorators;
    let _projects_decorators;
    var AgendaResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _colonia_decorators = [FieldResolver(() => Colonia)];
            _projects_decorators = [FieldResolver(() => [AgendaProject], { description: 'Projects of the agenda, in order.' })];
            __esDecorate(this, null, _colonia_decorators, { kind: "method", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _projects_decorators, { kind: "method", name: "projects", static: false, private: false, access: { has: obj => "projects" in obj, get: obj => obj.projects }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            AgendaResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        colonia(agenda, ctx) {
            return relatedColonia(ctx, agenda);
        }
        projects(agenda, ctx) {
            return ctx.loaders.workshop.projectsByAgendaId.load(agenda.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return AgendaResolver = _classThis;
})();
export { AgendaResolver };
let TerritorialWorkshopsResolver = (() => {
    let _classDecorators = [Resolver(() => Territorial)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _workshops_decorators;
    var TerritorialWorkshopsResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _workshops_decorators = [FieldResolver(() => [Workshop], { description: 'Workshops held in this territorial, by date.' })];
            __esDecorate(this, null, _workshops_decorators, { kind: "method", name: "workshops", static: false, private: false, access: { has: obj => "workshops" in obj, get: obj => obj.workshops }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            TerritorialWorkshopsResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        workshops(territorial, ctx) {
            return ctx.loaders.workshop.workshopsByTerritorialId.load(territorial.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return TerritorialWorkshopsResolver = _classThis;
})();
export { TerritorialWorkshopsResolver };
let ColoniaWorkshopsResolver = (() => {
    let _classDecorators = [Resolver(() => Colonia)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _workshops_decorators;
    let _agendas_decorators;
    var ColoniaWorkshopsResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _workshops_decorators = [FieldResolver(() => [Workshop], { description: 'Workshops held for this colonia, by date.' })];
            _agendas_decorators = [FieldResolver(() => [Agenda], { description: "This colonia's agendas, one per program year." })];
            __esDecorate(this, null, _workshops_decorators, { kind: "method", name: "workshops", static: false, private: false, access: { has: obj => "workshops" in obj, get: obj => obj.workshops }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _agendas_decorators, { kind: "method", name: "agendas", static: false, private: false, access: { has: obj => "agendas" in obj, get: obj => obj.agendas }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ColoniaWorkshopsResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        workshops(colonia, ctx) {
            return ctx.loaders.workshop.workshopsByColoniaId.load(colonia.id);
        }
        agendas(colonia, ctx) {
            return ctx.loaders.workshop.agendasByColoniaId.load(colonia.id);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ColoniaWorkshopsResolver = _classThis;
})();
export { ColoniaWorkshopsResolver };
export const workshopResolvers = [
    WorkshopQueryResolver,
    WorkshopResolver,
    AgendaResolver,
    TerritorialWorkshopsResolver,
    ColoniaWorkshopsResolver,
];
