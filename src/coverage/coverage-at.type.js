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
import { Field, ObjectType } from 'type-graphql';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { Coverage } from './coverage.types';
let CoverageAt = (() => {
    let _classDecorators = [ObjectType({ description: 'The colonia and territorial at a point, with the coverage of each over the requested window.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _colonia_decorators;
    let _colonia_initializers = [];
    let _colonia_extraInitializers = [];
    let _territorial_decorators;
    let _territorial_initializers = [];
    let _territorial_extraInitializers = [];
    let _coloniaCoverage_decorators;
    let _coloniaCoverage_initializers = [];
    let _coloniaCoverage_extraInitializers = [];
    let _territorialCoverage_decorators;
    let _territorialCoverage_initializers = [];
    let _territorialCoverage_extraInitializers = [];
    var CoverageAt = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _colonia_decorators = [Field(() => Colonia)];
            _territorial_decorators = [Field(() => Territorial)];
            _coloniaCoverage_decorators = [Field(() => Coverage)];
            _territorialCoverage_decorators = [Field(() => Coverage)];
            __esDecorate(null, null, _colonia_decorators, { kind: "field", name: "colonia", static: false, private: false, access: { has: obj => "colonia" in obj, get: obj => obj.colonia, set: (obj, value) => { obj.colonia = value; } }, metadata: _metadata }, _colonia_initializers, _colonia_extraInitializers);
            __esDecorate(null, null, _territorial_decorators, { kind: "field", name: "territorial", static: false, private: false, access: { has: obj => "territorial" in obj, get: obj => obj.territorial, set: (obj, value) => { obj.territorial = value; } }, metadata: _metadata }, _territorial_initializers, _territorial_extraInitializers);
            __esDecorate(null, null, _coloniaCoverage_decorators, { kind: "field", name: "coloniaCoverage", static: false, private: false, access: { has: obj => "coloniaCoverage" in obj, get: obj => obj.coloniaCoverage, set: (obj, value) => { obj.coloniaCoverage = value; } }, metadata: _metadata }, _coloniaCoverage_initializers, _coloniaCoverage_extraInitializers);
            __esDecorate(null, null, _territorialCoverage_decorators, { kind: "field", name: "territorialCoverage", static: false, private: false, access: { has: obj => "territorialCoverage" in obj, get: obj => obj.territorialCoverage, set: (obj, value) => { obj.territorialCoverage = value; } }, metadata: _metadata }, _territorialCoverage_initializers, _territorialCoverage_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CoverageAt = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        colonia = __runInitializers(this, _colonia_initializers, void 0);
        territorial = (__runInitializers(this, _colonia_extraInitializers), __runInitializers(this, _territorial_initializers, void 0));
        coloniaCoverage = (__runInitializers(this, _territorial_extraInitializers), __runInitializers(this, _coloniaCoverage_initializers, void 0));
        territorialCoverage = (__runInitializers(this, _coloniaCoverage_extraInitializers), __runInitializers(this, _territorialCoverage_initializers, void 0));
        constructor() {
            __runInitializers(this, _territorialCoverage_extraInitializers);
        }
    };
    return CoverageAt = _classThis;
})();
export { CoverageAt };
