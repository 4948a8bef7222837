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
import { FieldResolver, Float, Int, Resolver } from 'type-graphql';
import { CoverageService } from './coverage.service';
import { AgendaCoverage, BeneficiaryCoverage, ImprovementCount, WorkshopCoverage } from './coverage.types';
/**
 * The figures of a Coverage (and of types extending it), each one field
 * resolver calling one batched loader: asking for a figure of many scopes
 * costs one statement.
 */
export function CoverageFieldsResolver(objectType) {
    let CoverageFields = (() => {
        let _classDecorators = [Resolver(() => objectType)];
        let _classDescriptor;
        let _classExtraInitializers = [];
        let _classThis;
        let _instanceExtraInitializers = [];
        let _beneficiaries_decorators;
        let _colonias_decorators;
        let _coloniasAttended_decorators;
        let _coverageRatio_decorators;
        let _workshops_decorators;
        let _agendas_decorators;
        let _ecosSchools_decorators;
        let _ecosFacilitators_decorators;
        let _improvements_decorators;
        let _activities_decorators;
        let _peopleReached_decorators;
        let _paymentsTotal_decorators;
        var CoverageFields = class {
            static { _classThis = this; }
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _beneficiaries_decorators = [FieldResolver(() => BeneficiaryCoverage)];
                _colonias_decorators = [FieldResolver(() => Int, { description: 'Colonias in the scope.' })];
                _coloniasAttended_decorators = [FieldResolver(() => Int, { description: 'Colonias of the scope with, in the window, an assigned beneficiary, a workshop or an activity.' })];
                _coverageRatio_decorators = [FieldResolver(() => Float, { nullable: true, description: 'coloniasAttended / colonias (0–1); null when the scope has no colonias.' })];
                _workshops_decorators = [FieldResolver(() => WorkshopCoverage)];
                _agendas_decorators = [FieldResolver(() => AgendaCoverage)];
                _ecosSchools_decorators = [FieldResolver(() => Int, { description: 'ECOS schools in colonias of the scope, of program years the window touches.' })];
                _ecosFacilitators_decorators = [FieldResolver(() => Int, { description: 'Beneficiaries trained in popular education who facilitate those ECOS schools.' })];
                _improvements_decorators = [FieldResolver(() => [ImprovementCount], { description: 'Public-space improvements built in the window, every kind; count null when the kind is untracked.' })];
                _activities_decorators = [FieldResolver(() => Int, { description: 'Field activities held in the window.' })];
                _peopleReached_decorators = [FieldResolver(() => Int, { description: 'People reached by the activities held in the window.' })];
                _paymentsTotal_decorators = [FieldResolver(() => Float, { description: "Payments (MXN) to the scope's beneficiaries in payment rows whose month overlaps the window." })];
                __esDecorate(this, null, _beneficiaries_decorators, { kind: "method", name: "beneficiaries", static: false, private: false, access: { has: obj => "beneficiaries" in obj, get: obj => obj.beneficiaries }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _colonias_decorators, { kind: "method", name: "colonias", static: false, private: false, access: { has: obj => "colonias" in obj, get: obj => obj.colonias }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _coloniasAttended_decorators, { kind: "method", name: "coloniasAttended", static: false, private: false, access: { has: obj => "coloniasAttended" in obj, get: obj => obj.coloniasAttended }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _coverageRatio_decorators, { kind: "method", name: "coverageRatio", static: false, private: false, access: { has: obj => "coverageRatio" in obj, get: obj => obj.coverageRatio }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _workshops_decorators, { kind: "method", name: "workshops", static: false, private: false, access: { has: obj => "workshops" in obj, get: obj => obj.workshops }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _agendas_decorators, { kind: "method", name: "agendas", static: false, private: false, access: { has: obj => "agendas" in obj, get: obj => obj.agendas }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _ecosSchools_decorators, { kind: "method", name: "ecosSchools", static: false, private: false, access: { has: obj => "ecosSchools" in obj, get: obj => obj.ecosSchools }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _ecosFacilitators_decorators, { kind: "method", name: "ecosFacilitators", static: false, private: false, access: { has: obj => "ecosFacilitators" in obj, get: obj => obj.ecosFacilitators }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _improvements_decorators, { kind: "method", name: "improvements", static: false, private: false, access: { has: obj => "improvements" in obj, get: obj => obj.improvements }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _activities_decorators, { kind: "method", name: "activities", static: false, private: false, access: { has: obj => "activities" in obj, get: obj => obj.activities }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _peopleReached_decorators, { kind: "method", name: "peopleReached", static: false, private: false, access: { has: obj => "peopleReached" in obj, get: obj => obj.peopleReached }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(this, null, _paymentsTotal_decorators, { kind: "method", name: "paymentsTotal", static: false, private: false, access: { has: obj => "paymentsTotal" in obj, get: obj => obj.paymentsTotal }, metadata: _metadata }, null, _instanceExtraInitializers);
                __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
                CoverageFields = _classThis = _classDescriptor.value;
                if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
                __runInitializers(_classThis, _classExtraInitializers);
            }
            beneficiaries(coverage, ctx) {
                return CoverageService.beneficiaries(ctx, coverage);
            }
            async colonias(coverage, ctx) {
                return (await CoverageService.attendance(ctx, coverage)).colonias;
            }
            async coloniasAttended(coverage, ctx) {
                return (await CoverageService.attendance(ctx, coverage)).attended;
            }
            coverageRatio(coverage, ctx) {
                return CoverageService.coverageRatio(ctx, coverage);
            }
            workshops(coverage, ctx) {
                return CoverageService.workshops(ctx, coverage);
            }
            agendas(coverage, ctx) {
                return CoverageService.agendas(ctx, coverage);
            }
            async ecosSchools(coverage, ctx) {
                return (await CoverageService.ecos(ctx, coverage)).schools;
            }
            async ecosFacilitators(coverage, ctx) {
                return (await CoverageService.ecos(ctx, coverage)).facilitators;
            }
            improvements(coverage, ctx) {
                return CoverageService.improvements(ctx, coverage);
            }
            async activities(coverage, ctx) {
                return (await CoverageService.activity(ctx, coverage)).activities;
            }
            async peopleReached(coverage, ctx) {
                return (await CoverageService.activity(ctx, coverage)).peopleReached;
            }
            paymentsTotal(coverage, ctx) {
                return CoverageService.paymentsTotal(ctx, coverage);
            }
            constructor() {
                __runInitializers(this, _instanceExtraInitializers);
            }
        };
        return CoverageFields = _classThis;
    })();
    return CoverageFields;
}
