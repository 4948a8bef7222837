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
import { Authorized, FieldResolver, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { connectionTypes } from '../common/pagination';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { relatedColonia, relatedTerritorial } from '../territory/related';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { Activity } from './activity.entity';
import { ActivityService } from './activity.service';
export const ActivityConnection = connectionTypes('Activity', Activity);
let ActivityQueryResolver = (() => {
    let _classDecorators = [Resolver()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _activities_decorators;
    var ActivityQueryResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _activities_decorators = [Authorized(Role.ANALYST), Query(() => ActivityConnection, {
                    description: 'Field activities by id, a page at a time, with filters (dates inclusive). Totals per territory: use coverage.',
                })];
            __esDecorate(this, null, _activities_decorators, { kind: "method", name: "activities", static: false, private: false, access: { has: obj => "activities" in obj, get: obj => obj.activities }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ActivityQueryResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        activities(ctx, page, filters) {
            return ActivityService.list(ctx, page, filters);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ActivityQueryResolver = _classThis;
})();
export { ActivityQueryResolver };
let ActivityResolver = (() => {
    let _classDecorators = [Resolver(() => Activity)];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _beneficiary_decorators;
    let _colonia_decorators;
    let _territorial_decorators;
    var ActivityResolver = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _beneficiary_decorators = [FieldResolver(() => Beneficiary, { description: 'Who carried it out.' })];
            _colonia_decorators = [FieldResolver(() => Colonia)];
            _territorial_decorators = [FieldResolver(() => Territorial)];
            __esDecorate(this, null, _beneficiary_decorators, { kind: "method", name: "beneficiary", static: false, private: false, access: { has: obj => "beneficiary" in obj, get: obj => obj.beneficiary }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _colonia_decorators, { kind: "method", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _territorial_decorators, { kind: "method", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            ActivityResolver = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        async beneficiary(activity, ctx) {
            const beneficiary = await ctx.loaders.beneficiary.beneficiaryById.load(activity.beneficiaryId);
            if (!beneficiary)
                throw new Error(`beneficiary ${activity.beneficiaryId} is missing`);
            return beneficiary;
        }
        colonia(activity, ctx) {
            return relatedColonia(ctx, activity);
        }
        territorial(activity, ctx) {
            return relatedTerritorial(ctx, activity);
        }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
    return ActivityResolver = _classThis;
})();
export { ActivityResolver };
export const activityResolvers = [ActivityQueryResolver, ActivityResolver];
