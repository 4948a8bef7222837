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
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { CoverageAt } from './coverage-at.type';
import { CoverageFieldsResolver } from './coverage-fields.resolver';
import { CoverageService } from './coverage.service';
import { Budget, Coverage, ProgramSummary } from './coverage.types';
const FROM = { nullable: true, description: 'Start of the window, inclusive (YYYY-MM-DD); omit for no start.' };
const TO = { nullable: true, description: 'End of the window, inclusive (YYYY-MM-DD); omit for no end.' };
let CoverageQueryResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _coverage_decorators;
    let _programSummary_decorators;
    let _coverageAt_decorators;
    var CoverageQueryResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _coverage_decorators = [Query(() => Coverage, { description: 'Coverage of one territorial or one colonia (at most one of the two; neither: the whole alcaldía) over a date window.' })];
            _programSummary_decorators = [Query(() => ProgramSummary, { description: 'The whole program in a program year: the alcaldía from 1 January to 31 December, the reach goal and the budget.' })];
            _coverageAt_decorators = [Query(() => CoverageAt, { nullable: true, description: 'The colonia and territorial at a WGS84 point, with their coverage; null outside the alcaldía.' })];
            __esDecorate(this, null, _coverage_decorators, { kind: "method", name: "coverage", static: false, private: false, access: { has: obj => "coverage" in obj, get: obj => obj.coverage }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _programSummary_decorators, { kind: "method", name: "programSummary", static: false, private: false, access: { has: obj => "programSummary" in obj, get: obj => obj.programSummary }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _coverageAt_decorators, { kind: "method", name: "coverageAt", static: false, private: false, access: { has: obj => "coverageAt" in obj, get: obj => obj.coverageAt }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CoverageQueryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        coverage(ctx, territorialId, coloniaId, from, to) {
            return CoverageService.coverage(ctx, territorialId, coloniaId, from, to);
        }
        programSummary(ctx, year) {
            return CoverageService.programSummary(ctx, year);
        }
        coverageAt(ctx, lon, lat, from, to) {
            return CoverageService.coverageAt(ctx, lon, lat, from, to);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return CoverageQueryResolver = _classThis;
})();
export { CoverageQueryResolver };
let CoverageResolver = (() => {
    let _classDecorators = [Resolver(() => Coverage)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _classSuper = CoverageFieldsResolver(Coverage);
    var CoverageResolver = class extends _classSuper {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CoverageResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
    };
    return CoverageResolver = _classThis;
})();
export { CoverageResolver };
let ProgramSummaryResolver = (() => {
    let _classDecorators = [Resolver(() => ProgramSummary)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _classSuper = CoverageFieldsResolver(ProgramSummary);
    let _instanceExtraInitializers = [];
    let _budget_decorators;
    var ProgramSummaryResolver = class extends _classSuper {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _budget_decorators = [FieldResolver(() => Budget)];
            __esDecorate(this, null, _budget_decorators, { kind: "method", name: "budget", static: false, private: false, access: { has: obj => "budget" in obj, get: obj => obj.budget }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ProgramSummaryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        budget(summary, ctx) {
            return CoverageService.budget(ctx, summary);
        }
        constructor() {
            super(...arguments);
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ProgramSummaryResolver = _classThis;
})();
export { ProgramSummaryResolver };
let TerritorialCoverageResolver = (() => {
    let _classDecorators = [Resolver(() => Territorial)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _coverage_decorators;
    var TerritorialCoverageResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _coverage_decorators = [FieldResolver(() => Coverage, { description: 'The program in this territorial over a date window.' })];
            __esDecorate(this, null, _coverage_decorators, { kind: "method", name: "coverage", static: false, private: false, access: { has: obj => "coverage" in obj, get: obj => obj.coverage }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            TerritorialCoverageResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        coverage(territorial, from, to) {
            return CoverageService.ofTerritorial(territorial, from, to);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return TerritorialCoverageResolver = _classThis;
})();
export { TerritorialCoverageResolver };
let ColoniaCoverageResolver = (() => {
    let _classDecorators = [Resolver(() => Colonia)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _coverage_decorators;
    var ColoniaCoverageResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _coverage_decorators = [FieldResolver(() => Coverage, { description: 'The program in this colonia over a date window.' })];
            __esDecorate(this, null, _coverage_decorators, { kind: "method", name: "coverage", static: false, private: false, access: { has: obj => "coverage" in obj, get: obj => obj.coverage }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ColoniaCoverageResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        coverage(colonia, from, to) {
            return CoverageService.ofColonia(colonia, from, to);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ColoniaCoverageResolver = _classThis;
})();
export { ColoniaCoverageResolver };
export const coverageResolvers = [CoverageQueryResolver, CoverageResolver, ProgramSummaryResolver, TerritorialCoverageResolver, ColoniaCoverageResolver];
