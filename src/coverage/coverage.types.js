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
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../common/date';
import { AgeGroup, BeneficiaryRole, Education, Occupation, Sex } from '../beneficiary/beneficiary.enums';
import { PublicSpaceKind } from '../public-space/public-space.enums';
export var CoverageScopeKind;
(function (CoverageScopeKind) {
    CoverageScopeKind["ALCALDIA"] = "ALCALDIA";
    CoverageScopeKind["TERRITORIAL"] = "TERRITORIAL";
    CoverageScopeKind["COLONIA"] = "COLONIA";
})(CoverageScopeKind || (CoverageScopeKind = {}));
registerEnumType(CoverageScopeKind, { name: 'CoverageScopeKind', description: 'What a coverage is about: the whole alcaldía, one territorial or one colonia.' });
/**
 * The program's coverage of a scope over a date window. Only the scope is held
 * here: each field is computed when asked for, by one SQL statement per field
 * for every scope of the request (see coverage.loaders.ts).
 */
let Coverage = (() => {
    let _classDecorators = [ObjectType({
            description: 'The program in a scope (alcaldía, territorial or colonia) over an inclusive date window. Without from/to, all recorded data. ' +
                'Each figure is computed from the data when asked for.',
        })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _get_scopeKind_decorators;
    let _get_from_decorators;
    let _get_to_decorators;
    var Coverage = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _get_scopeKind_decorators = [Field(() => CoverageScopeKind)];
            _get_from_decorators = [Field(() => DateScalar, { nullable: true, description: 'Start of the window (inclusive); null: open.' })];
            _get_to_decorators = [Field(() => DateScalar, { nullable: true, description: 'End of the window (inclusive); null: open.' })];
            __esDecorate(this, null, _get_scopeKind_decorators, { kind: "getter", name: "scopeKind", static: false, private: false, access: { has: obj => "scopeKind" in obj, get: obj => obj.scopeKind }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _get_from_decorators, { kind: "getter", name: "from", static: false, private: false, access: { has: obj => "from" in obj, get: obj => obj.from }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _get_to_decorators, { kind: "getter", name: "to", static: false, private: false, access: { has: obj => "to" in obj, get: obj => obj.to }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Coverage = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        scope = __runInitializers(this, _instanceExtraInitializers);
        get scopeKind() {
            return this.scope.kind;
        }
        get from() {
            return this.scope.from;
        }
        get to() {
            return this.scope.to;
        }
        constructor(scope) {
            this.scope = scope;
        }
    };
    return Coverage = _classThis;
})();
export { Coverage };
const SUPPRESSED = 'null when suppressed for privacy: callers without a token do not see breakdown cells of 1 to 4 people (nor one more cell where needed, so a hidden one cannot be derived from the total)';
function countType(name, keyType, description) {
    let KeyCount = (() => {
        let _classDecorators = [ObjectType(name, { description })];
        let _classDescriptor;
        let _classExtraInitializers = [];
        let _classThis;
        let _key_decorators;
        let _key_initializers = [];
        let _key_extraInitializers = [];
        let _count_decorators;
        let _count_initializers = [];
        let _count_extraInitializers = [];
        var KeyCount = class {
            static { _classThis = this; }
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _key_decorators = [Field(() => keyType)];
                _count_decorators = [Field(() => Int, { nullable: true, description: SUPPRESSED })];
                __esDecorate(null, null, _key_decorators, { kind: "field", name: "key", static: false, private: false, access: { has: obj => "key" in obj, get: obj => obj.key, set: (obj, value) => { obj.key = value; } }, metadata: _metadata }, _key_initializers, _key_extraInitializers);
                __esDecorate(null, null, _count_decorators, { kind: "field", name: "count", static: false, private: false, access: { has: obj => "count" in obj, get: obj => obj.count, set: (obj, value) => { obj.count = value; } }, metadata: _metadata }, _count_initializers, _count_extraInitializers);
                __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
                KeyCount = _classThis = _classDescriptor.value;
                if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
                __runInitializers(_classThis, _classExtraInitializers);
            }
            key = __runInitializers(this, _key_initializers, void 0);
            count = (__runInitializers(this, _key_extraInitializers), __runInitializers(this, _count_initializers, void 0));
            constructor() {
                __runInitializers(this, _count_extraInitializers);
            }
        };
        return KeyCount = _classThis;
    })();
    return KeyCount;
}
export const RoleCount = countType('RoleCount', BeneficiaryRole, 'Beneficiaries with a role.');
export const AgeGroupCount = countType('AgeGroupCount', AgeGroup, 'Beneficiaries in an age group.');
export const SexCount = countType('SexCount', Sex, 'Beneficiaries of a sex.');
export const EducationCount = countType('EducationCount', Education, 'Beneficiaries with a level of schooling.');
export const OccupationCount = countType('OccupationCount', Occupation, 'Beneficiaries with an occupation.');
let BeneficiaryCoverage = (() => {
    let _classDecorators = [ObjectType({
            description: 'Beneficiaries assigned to colonias of the scope, enrolled in a program year the window touches and not dropped (baja) before it starts. ' +
                'Every breakdown lists every key, zeros included, and sums to total.',
        })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _total_decorators;
    let _total_initializers = [];
    let _total_extraInitializers = [];
    let _byRole_decorators;
    let _byRole_initializers = [];
    let _byRole_extraInitializers = [];
    let _byAgeGroup_decorators;
    let _byAgeGroup_initializers = [];
    let _byAgeGroup_extraInitializers = [];
    let _bySex_decorators;
    let _bySex_initializers = [];
    let _bySex_extraInitializers = [];
    let _byEducation_decorators;
    let _byEducation_initializers = [];
    let _byEducation_extraInitializers = [];
    let _byOccupation_decorators;
    let _byOccupation_initializers = [];
    let _byOccupation_extraInitializers = [];
    var BeneficiaryCoverage = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _total_decorators = [Field(() => Int)];
            _byRole_decorators = [Field(() => [RoleCount])];
            _byAgeGroup_decorators = [Field(() => [AgeGroupCount])];
            _bySex_decorators = [Field(() => [SexCount])];
            _byEducation_decorators = [Field(() => [EducationCount])];
            _byOccupation_decorators = [Field(() => [OccupationCount])];
            __esDecorate(null, null, _total_decorators, { kind: "field", name: "total", static: false, private: false, access: { has: obj => "total" in obj, get: obj => obj.total, set: (obj, value) => { obj.total = value; } }, metadata: _metadata }, _total_initializers, _total_extraInitializers);
            __esDecorate(null, null, _byRole_decorators, { kind: "field", name: "byRole", static: false, private: false, access: { has: obj => "byRole" in obj, get: obj => obj.byRole, set: (obj, value) => { obj.byRole = value; } }, metadata: _metadata }, _byRole_initializers, _byRole_extraInitializers);
            __esDecorate(null, null, _byAgeGroup_decorators, { kind: "field", name: "byAgeGroup", static: false, private: false, access: { has: obj => "byAgeGroup" in obj, get: obj => obj.byAgeGroup, set: (obj, value) => { obj.byAgeGroup = value; } }, metadata: _metadata }, _byAgeGroup_initializers, _byAgeGroup_extraInitializers);
            __esDecorate(null, null, _bySex_decorators, { kind: "field", name: "bySex", static: false, private: false, access: { has: obj => "bySex" in obj, get: obj => obj.bySex, set: (obj, value) => { obj.bySex = value; } }, metadata: _metadata }, _bySex_initializers, _bySex_extraInitializers);
            __esDecorate(null, null, _byEducation_decorators, { kind: "field", name: "byEducation", static: false, private: false, access: { has: obj => "byEducation" in obj, get: obj => obj.byEducation, set: (obj, value) => { obj.byEducation = value; } }, metadata: _metadata }, _byEducation_initializers, _byEducation_extraInitializers);
            __esDecorate(null, null, _byOccupation_decorators, { kind: "field", name: "byOccupation", static: false, private: false, access: { has: obj => "byOccupation" in obj, get: obj => obj.byOccupation, set: (obj, value) => { obj.byOccupation = value; } }, metadata: _metadata }, _byOccupation_initializers, _byOccupation_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            BeneficiaryCoverage = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        total = __runInitializers(this, _total_initializers, void 0);
        byRole = (__runInitializers(this, _total_extraInitializers), __runInitializers(this, _byRole_initializers, void 0));
        byAgeGroup = (__runInitializers(this, _byRole_extraInitializers), __runInitializers(this, _byAgeGroup_initializers, void 0));
        bySex = (__runInitializers(this, _byAgeGroup_extraInitializers), __runInitializers(this, _bySex_initializers, void 0));
        byEducation = (__runInitializers(this, _bySex_extraInitializers), __runInitializers(this, _byEducation_initializers, void 0));
        byOccupation = (__runInitializers(this, _byEducation_extraInitializers), __runInitializers(this, _byOccupation_initializers, void 0));
        constructor() {
            __runInitializers(this, _byOccupation_extraInitializers);
        }
    };
    return BeneficiaryCoverage = _classThis;
})();
export { BeneficiaryCoverage };
let WorkshopCoverage = (() => {
    let _classDecorators = [ObjectType({ description: 'Participatory-planning workshops held in the window.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _count_decorators;
    let _count_initializers = [];
    let _count_extraInitializers = [];
    let _participants_decorators;
    let _participants_initializers = [];
    let _participants_extraInitializers = [];
    let _colonias_decorators;
    let _colonias_initializers = [];
    let _colonias_extraInitializers = [];
    var WorkshopCoverage = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _count_decorators = [Field(() => Int)];
            _participants_decorators = [Field(() => Int, { description: 'Sum of participants.' })];
            _colonias_decorators = [Field(() => Int, { description: 'Colonias with at least one workshop in the window.' })];
            __esDecorate(null, null, _count_decorators, { kind: "field", name: "count", static: false, private: false, access: { has: obj => "count" in obj, get: obj => obj.count, set: (obj, value) => { obj.count = value; } }, metadata: _metadata }, _count_initializers, _count_extraInitializers);
            __esDecorate(null, null, _participants_decorators, { kind: "field", name: "participants", static: false, private: false, access: { has: obj => "participants" in obj, get: obj => obj.participants, set: (obj, value) => { obj.participants = value; } }, metadata: _metadata }, _participants_initializers, _participants_extraInitializers);
            __esDecorate(null, null, _colonias_decorators, { kind: "field", name: "colonias", static: false, private: false, access: { has: obj => "colonias" in obj, get: obj => obj.colonias, set: (obj, value) => { obj.colonias = value; } }, metadata: _metadata }, _colonias_initializers, _colonias_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            WorkshopCoverage = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        count = __runInitializers(this, _count_initializers, void 0);
        participants = (__runInitializers(this, _count_extraInitializers), __runInitializers(this, _participants_initializers, void 0));
        colonias = (__runInitializers(this, _participants_extraInitializers), __runInitializers(this, _colonias_initializers, void 0));
        constructor() {
            __runInitializers(this, _colonias_extraInitializers);
        }
    };
    return WorkshopCoverage = _classThis;
})();
export { WorkshopCoverage };
let AgendaCoverage = (() => {
    let _classDecorators = [ObjectType({ description: 'Agendas de Desarrollo Local Comunitario of colonias of the scope, for program years the window touches, by status.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _inProgress_decorators;
    let _inProgress_initializers = [];
    let _inProgress_extraInitializers = [];
    let _completed_decorators;
    let _completed_initializers = [];
    let _completed_extraInitializers = [];
    let _implementing_decorators;
    let _implementing_initializers = [];
    let _implementing_extraInitializers = [];
    var AgendaCoverage = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _inProgress_decorators = [Field(() => Int)];
            _completed_decorators = [Field(() => Int)];
            _implementing_decorators = [Field(() => Int)];
            __esDecorate(null, null, _inProgress_decorators, { kind: "field", name: "inProgress", static: false, private: false, access: { has: obj => "inProgress" in obj, get: obj => obj.inProgress, set: (obj, value) => { obj.inProgress = value; } }, metadata: _metadata }, _inProgress_initializers, _inProgress_extraInitializers);
            __esDecorate(null, null, _completed_decorators, { kind: "field", name: "completed", static: false, private: false, access: { has: obj => "completed" in obj, get: obj => obj.completed, set: (obj, value) => { obj.completed = value; } }, metadata: _metadata }, _completed_initializers, _completed_extraInitializers);
            __esDecorate(null, null, _implementing_decorators, { kind: "field", name: "implementing", static: false, private: false, access: { has: obj => "implementing" in obj, get: obj => obj.implementing, set: (obj, value) => { obj.implementing = value; } }, metadata: _metadata }, _implementing_initializers, _implementing_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            AgendaCoverage = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        inProgress = __runInitializers(this, _inProgress_initializers, void 0);
        completed = (__runInitializers(this, _inProgress_extraInitializers), __runInitializers(this, _completed_initializers, void 0));
        implementing = (__runInitializers(this, _completed_extraInitializers), __runInitializers(this, _implementing_initializers, void 0));
        constructor() {
            __runInitializers(this, _implementing_extraInitializers);
        }
    };
    return AgendaCoverage = _classThis;
})();
export { AgendaCoverage };
let ImprovementCount = (() => {
    let _classDecorators = [ObjectType({ description: 'Public-space improvements of a kind built in the window.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _kind_decorators;
    let _kind_initializers = [];
    let _kind_extraInitializers = [];
    let _count_decorators;
    let _count_initializers = [];
    let _count_extraInitializers = [];
    var ImprovementCount = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _kind_decorators = [Field(() => PublicSpaceKind)];
            _count_decorators = [Field(() => Int, { nullable: true, description: 'null when the kind is not tracked ("sin dato" in the report): unknown, not zero.' })];
            __esDecorate(null, null, _kind_decorators, { kind: "field", name: "kind", static: false, private: false, access: { has: obj => "kind" in obj, get: obj => obj.kind, set: (obj, value) => { obj.kind = value; } }, metadata: _metadata }, _kind_initializers, _kind_extraInitializers);
            __esDecorate(null, null, _count_decorators, { kind: "field", name: "count", static: false, private: false, access: { has: obj => "count" in obj, get: obj => obj.count, set: (obj, value) => { obj.count = value; } }, metadata: _metadata }, _count_initializers, _count_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ImprovementCount = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        kind = __runInitializers(this, _kind_initializers, void 0);
        count = (__runInitializers(this, _kind_extraInitializers), __runInitializers(this, _count_initializers, void 0));
        constructor() {
            __runInitializers(this, _count_extraInitializers);
        }
    };
    return ImprovementCount = _classThis;
})();
export { ImprovementCount };
let Budget = (() => {
    let _classDecorators = [ObjectType({ description: 'The budget of a program year (MXN).' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _approved_decorators;
    let _approved_initializers = [];
    let _approved_extraInitializers = [];
    let _exercised_decorators;
    let _exercised_initializers = [];
    let _exercised_extraInitializers = [];
    let _paid_decorators;
    let _paid_initializers = [];
    let _paid_extraInitializers = [];
    var Budget = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _approved_decorators = [Field(() => Float, { description: 'Approved budget.' })];
            _exercised_decorators = [Field(() => Float, { description: 'Exercised budget, as reported.' })];
            _paid_decorators = [Field(() => Float, { description: 'Sum of the payment rows recorded for the year (from the data).' })];
            __esDecorate(null, null, _approved_decorators, { kind: "field", name: "approved", static: false, private: false, access: { has: obj => "approved" in obj, get: obj => obj.approved, set: (obj, value) => { obj.approved = value; } }, metadata: _metadata }, _approved_initializers, _approved_extraInitializers);
            __esDecorate(null, null, _exercised_decorators, { kind: "field", name: "exercised", static: false, private: false, access: { has: obj => "exercised" in obj, get: obj => obj.exercised, set: (obj, value) => { obj.exercised = value; } }, metadata: _metadata }, _exercised_initializers, _exercised_extraInitializers);
            __esDecorate(null, null, _paid_decorators, { kind: "field", name: "paid", static: false, private: false, access: { has: obj => "paid" in obj, get: obj => obj.paid, set: (obj, value) => { obj.paid = value; } }, metadata: _metadata }, _paid_initializers, _paid_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Budget = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        approved = __runInitializers(this, _approved_initializers, void 0);
        exercised = (__runInitializers(this, _approved_extraInitializers), __runInitializers(this, _exercised_initializers, void 0));
        paid = (__runInitializers(this, _exercised_extraInitializers), __runInitializers(this, _paid_initializers, void 0));
        constructor() {
            __runInitializers(this, _paid_extraInitializers);
        }
    };
    return Budget = _classThis;
})();
export { Budget };
let ProgramSummary = (() => {
    let _classDecorators = [ObjectType({ description: 'The whole program in a year: the coverage of the alcaldía from 1 January to 31 December, its goal and its budget.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _classSuper = Coverage;
    let _year_decorators;
    let _year_initializers = [];
    let _year_extraInitializers = [];
    let _peopleReachedGoal_decorators;
    let _peopleReachedGoal_initializers = [];
    let _peopleReachedGoal_extraInitializers = [];
    let _budget_decorators;
    let _budget_initializers = [];
    let _budget_extraInitializers = [];
    var ProgramSummary = class extends _classSuper {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _year_decorators = [Field(() => Int)];
            _peopleReachedGoal_decorators = [Field(() => Int, { description: 'People the program aims to reach in the year (the reference baseline).' })];
            _budget_decorators = [Field(() => Budget)];
            __esDecorate(null, null, _year_decorators, { kind: "field", name: "year", static: false, private: false, access: { has: obj => "year" in obj, get: obj => obj.year, set: (obj, value) => { obj.year = value; } }, metadata: _metadata }, _year_initializers, _year_extraInitializers);
            __esDecorate(null, null, _peopleReachedGoal_decorators, { kind: "field", name: "peopleReachedGoal", static: false, private: false, access: { has: obj => "peopleReachedGoal" in obj, get: obj => obj.peopleReachedGoal, set: (obj, value) => { obj.peopleReachedGoal = value; } }, metadata: _metadata }, _peopleReachedGoal_initializers, _peopleReachedGoal_extraInitializers);
            __esDecorate(null, null, _budget_decorators, { kind: "field", name: "budget", static: false, private: false, access: { has: obj => "budget" in obj, get: obj => obj.budget, set: (obj, value) => { obj.budget = value; } }, metadata: _metadata }, _budget_initializers, _budget_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ProgramSummary = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        year = __runInitializers(this, _year_initializers, void 0);
        peopleReachedGoal = (__runInitializers(this, _year_extraInitializers), __runInitializers(this, _peopleReachedGoal_initializers, void 0));
        budget = (__runInitializers(this, _peopleReachedGoal_extraInitializers), __runInitializers(this, _budget_initializers, void 0));
        constructor() {
            super(...arguments);
            __runInitializers(this, _budget_extraInitializers);
        }
    };
    return ProgramSummary = _classThis;
})();
export { ProgramSummary };
