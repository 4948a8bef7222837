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
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericToNumber } from '../db/transformers';
/** Reference figures of a program year: the reach goal and the budget. */
let ProgramYear = (() => {
    let _classDecorators = [Entity({ name: 'program_year' }), Check('program_year_year_check', `"year" BETWEEN 2000 AND 2100`)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _id_decorators;
    let _id_initializers = [];
    let _id_extraInitializers = [];
    let _year_decorators;
    let _year_initializers = [];
    let _year_extraInitializers = [];
    let _goalPeopleReached_decorators;
    let _goalPeopleReached_initializers = [];
    let _goalPeopleReached_extraInitializers = [];
    let _budgetApproved_decorators;
    let _budgetApproved_initializers = [];
    let _budgetApproved_extraInitializers = [];
    let _budgetExercised_decorators;
    let _budgetExercised_initializers = [];
    let _budgetExercised_extraInitializers = [];
    var ProgramYear = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _id_decorators = [PrimaryGeneratedColumn()];
            _year_decorators = [Index('program_year_year_key', { unique: true }), Column({ type: 'smallint' })];
            _goalPeopleReached_decorators = [Column({ name: 'goal_people_reached', type: 'integer' })];
            _budgetApproved_decorators = [Column({ name: 'budget_approved', type: 'numeric', precision: 14, scale: 2, transformer: numericToNumber })];
            _budgetExercised_decorators = [Column({ name: 'budget_exercised', type: 'numeric', precision: 14, scale: 2, transformer: numericToNumber })];
            __esDecorate(null, null, _id_decorators, { kind: "field", name: "id", static: false, private: false, access: { has: obj => "id" in obj, get: obj => obj.id, set: (obj, value) => { obj.id = value; } }, metadata: _metadata }, _id_initializers, _id_extraInitializers);
            __esDecorate(null, null, _year_decorators, { kind: "field", name: "year", static: false, private: false, access: { has: obj => "year" in obj, get: obj => obj.year, set: (obj, value) => { obj.year = value; } }, metadata: _metadata }, _year_initializers, _year_extraInitializers);
            __esDecorate(null, null, _goalPeopleReached_decorators, { kind: "field", name: "goalPeopleReached", static: false, private: false, access: { has: obj => "goalPeopleReached" in obj, get: obj => obj.goalPeopleReached, set: (obj, value) => { obj.goalPeopleReached = value; } }, metadata: _metadata }, _goalPeopleReached_initializers, _goalPeopleReached_extraInitializers);
            __esDecorate(null, null, _budgetApproved_decorators, { kind: "field", name: "budgetApproved", static: false, private: false, access: { has: obj => "budgetApproved" in obj, get: obj => obj.budgetApproved, set: (obj, value) => { obj.budgetApproved = value; } }, metadata: _metadata }, _budgetApproved_initializers, _budgetApproved_extraInitializers);
            __esDecorate(null, null, _budgetExercised_decorators, { kind: "field", name: "budgetExercised", static: false, private: false, access: { has: obj => "budgetExercised" in obj, get: obj => obj.budgetExercised, set: (obj, value) => { obj.budgetExercised = value; } }, metadata: _metadata }, _budgetExercised_initializers, _budgetExercised_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ProgramYear = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        id = __runInitializers(this, _id_initializers, void 0);
        year = (__runInitializers(this, _id_extraInitializers), __runInitializers(this, _year_initializers, void 0));
        goalPeopleReached = (__runInitializers(this, _year_extraInitializers), __runInitializers(this, _goalPeopleReached_initializers, void 0));
        budgetApproved = (__runInitializers(this, _goalPeopleReached_extraInitializers), __runInitializers(this, _budgetApproved_initializers, void 0));
        budgetExercised = (__runInitializers(this, _budgetApproved_extraInitializers), __runInitializers(this, _budgetExercised_initializers, void 0));
        constructor() {
            __runInitializers(this, _budgetExercised_extraInitializers);
        }
    };
    return ProgramYear = _classThis;
})();
export { ProgramYear };
