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
import { Field, Float, ObjectType } from 'type-graphql';
import { EcosSchool } from './ecos-school.entity';
let EcosSchoolDistance = (() => {
    let _classDecorators = [ObjectType({ description: 'An ECOS school and its distance to a point.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _ecosSchool_decorators;
    let _ecosSchool_initializers = [];
    let _ecosSchool_extraInitializers = [];
    let _distanceMeters_decorators;
    let _distanceMeters_initializers = [];
    let _distanceMeters_extraInitializers = [];
    var EcosSchoolDistance = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _ecosSchool_decorators = [Field(() => EcosSchool)];
            _distanceMeters_decorators = [Field(() => Float, { description: 'Distance in metres on the WGS84 spheroid.' })];
            __esDecorate(null, null, _ecosSchool_decorators, { kind: "field", name: "ecosSchool", static: false, private: false, access: { has: obj => "ecosSchool" in obj, get: obj => obj.ecosSchool, set: (obj, value) => { obj.ecosSchool = value; } }, metadata: _metadata }, _ecosSchool_initializers, _ecosSchool_extraInitializers);
            __esDecorate(null, null, _distanceMeters_decorators, { kind: "field", name: "distanceMeters", static: false, private: false, access: { has: obj => "distanceMeters" in obj, get: obj => obj.distanceMeters, set: (obj, value) => { obj.distanceMeters = value; } }, metadata: _metadata }, _distanceMeters_initializers, _distanceMeters_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            EcosSchoolDistance = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        ecosSchool = __runInitializers(this, _ecosSchool_initializers, void 0);
        distanceMeters = (__runInitializers(this, _ecosSchool_extraInitializers), __runInitializers(this, _distanceMeters_initializers, void 0));
        constructor() {
            __runInitializers(this, _distanceMeters_extraInitializers);
        }
    };
    return EcosSchoolDistance = _classThis;
})();
export { EcosSchoolDistance };
