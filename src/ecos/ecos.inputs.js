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
import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { IsClave, IsPrintableName } from '../write/input-rules';
const COUNT_MAX = 100_000;
export const FACILITATORS_MAX = 50;
let CreateEcosSchoolInput = (() => {
    let _classDecorators = [InputType({ description: 'A new ECOS school.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _nombre_decorators;
    let _nombre_initializers = [];
    let _nombre_extraInitializers = [];
    let _location_decorators;
    let _location_initializers = [];
    let _location_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _programYear_decorators;
    let _programYear_initializers = [];
    let _programYear_extraInitializers = [];
    let _sessions_decorators;
    let _sessions_initializers = [];
    let _sessions_extraInitializers = [];
    let _participants_decorators;
    let _participants_initializers = [];
    let _participants_extraInitializers = [];
    let _facilitatorIds_decorators;
    let _facilitatorIds_initializers = [];
    let _facilitatorIds_extraInitializers = [];
    var CreateEcosSchoolInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ description: 'Unique key, e.g. ECOS-2020-16.' }), IsClave()];
            _nombre_decorators = [Field(), IsPrintableName()];
            _location_decorators = [Field(() => GeoJSONScalar, {
                    description: 'A GeoJSON Point, WGS84 lon/lat, inside the alcaldía (and the colonia, when given).',
                })];
            _coloniaId_decorators = [Field(() => ID, {
                    nullable: true,
                    description: 'The colonia; when omitted, the one holding the location (PostGIS).',
                })];
            _programYear_decorators = [Field(() => Int), Min(2000, { message: 'programYear must be between 2000 and 2100' }), Max(2100, { message: 'programYear must be between 2000 and 2100' })];
            _sessions_decorators = [Field(() => Int), Min(0, { message: 'sessions must be 0 or more' }), Max(COUNT_MAX, { message: `sessions must be at most ${COUNT_MAX}` })];
            _participants_decorators = [Field(() => Int), Min(0, { message: 'participants must be 0 or more' }), Max(COUNT_MAX, { message: `participants must be at most ${COUNT_MAX}` })];
            _facilitatorIds_decorators = [Field(() => [ID], { nullable: true, description: `Beneficiaries facilitating it (at most ${FACILITATORS_MAX}).` }), IsOptional(), ArrayMaxSize(FACILITATORS_MAX, { message: `facilitatorIds must list at most ${FACILITATORS_MAX} beneficiaries` })];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, null, _location_decorators, { kind: "field", name: "location", static: false, private: false, access: { has: obj => "location" in obj, get: obj => obj.location, set: (obj, value) => { obj.location = value; } }, metadata: _metadata }, _location_initializers, _location_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _programYear_decorators, { kind: "field", name: "programYear", static: false, private: false, access: { has: obj => "programYear" in obj, get: obj => obj.programYear, set: (obj, value) => { obj.programYear = value; } }, metadata: _metadata }, _programYear_initializers, _programYear_extraInitializers);
            __esDecorate(null, null, _sessions_decorators, { kind: "field", name: "sessions", static: false, private: false, access: { has: obj => "sessions" in obj, get: obj => obj.sessions, set: (obj, value) => { obj.sessions = value; } }, metadata: _metadata }, _sessions_initializers, _sessions_extraInitializers);
            __esDecorate(null, null, _participants_decorators, { kind: "field", name: "participants", static: false, private: false, access: { has: obj => "participants" in obj, get: obj => obj.participants, set: (obj, value) => { obj.participants = value; } }, metadata: _metadata }, _participants_initializers, _participants_extraInitializers);
            __esDecorate(null, null, _facilitatorIds_decorators, { kind: "field", name: "facilitatorIds", static: false, private: false, access: { has: obj => "facilitatorIds" in obj, get: obj => obj.facilitatorIds, set: (obj, value) => { obj.facilitatorIds = value; } }, metadata: _metadata }, _facilitatorIds_initializers, _facilitatorIds_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CreateEcosSchoolInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        nombre = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        location = (__runInitializers(this, _nombre_extraInitializers), __runInitializers(this, _location_initializers, void 0));
        coloniaId = (__runInitializers(this, _location_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        programYear = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _programYear_initializers, void 0));
        sessions = (__runInitializers(this, _programYear_extraInitializers), __runInitializers(this, _sessions_initializers, void 0));
        participants = (__runInitializers(this, _sessions_extraInitializers), __runInitializers(this, _participants_initializers, void 0));
        facilitatorIds = (__runInitializers(this, _participants_extraInitializers), __runInitializers(this, _facilitatorIds_initializers, void 0));
        constructor() {
            __runInitializers(this, _facilitatorIds_extraInitializers);
        }
    };
    return CreateEcosSchoolInput = _classThis;
})();
export { CreateEcosSchoolInput };
let UpdateEcosSchoolInput = (() => {
    let _classDecorators = [InputType({ description: 'Fields of an ECOS school to change; `facilitatorIds`, when given, replaces the list.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _nombre_decorators;
    let _nombre_initializers = [];
    let _nombre_extraInitializers = [];
    let _location_decorators;
    let _location_initializers = [];
    let _location_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _programYear_decorators;
    let _programYear_initializers = [];
    let _programYear_extraInitializers = [];
    let _sessions_decorators;
    let _sessions_initializers = [];
    let _sessions_extraInitializers = [];
    let _participants_decorators;
    let _participants_initializers = [];
    let _participants_extraInitializers = [];
    let _facilitatorIds_decorators;
    let _facilitatorIds_initializers = [];
    let _facilitatorIds_extraInitializers = [];
    var UpdateEcosSchoolInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ nullable: true }), IsOptional(), IsClave()];
            _nombre_decorators = [Field({ nullable: true }), IsOptional(), IsPrintableName()];
            _location_decorators = [Field(() => GeoJSONScalar, {
                    nullable: true,
                    description: 'New location (a Point); without coloniaId the colonia follows it.',
                })];
            _coloniaId_decorators = [Field(() => ID, { nullable: true })];
            _programYear_decorators = [Field(() => Int, { nullable: true }), IsOptional(), Min(2000, { message: 'programYear must be between 2000 and 2100' }), Max(2100, { message: 'programYear must be between 2000 and 2100' })];
            _sessions_decorators = [Field(() => Int, { nullable: true }), IsOptional(), Min(0, { message: 'sessions must be 0 or more' }), Max(COUNT_MAX, { message: `sessions must be at most ${COUNT_MAX}` })];
            _participants_decorators = [Field(() => Int, { nullable: true }), IsOptional(), Min(0, { message: 'participants must be 0 or more' }), Max(COUNT_MAX, { message: `participants must be at most ${COUNT_MAX}` })];
            _facilitatorIds_decorators = [Field(() => [ID], { nullable: true }), IsOptional(), ArrayMaxSize(FACILITATORS_MAX, { message: `facilitatorIds must list at most ${FACILITATORS_MAX} beneficiaries` })];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _nombre_decorators, { kind: "field", name: "nombre", static: false, private: false, access: { has: obj => "nombre" in obj, get: obj => obj.nombre, set: (obj, value) => { obj.nombre = value; } }, metadata: _metadata }, _nombre_initializers, _nombre_extraInitializers);
            __esDecorate(null, null, _location_decorators, { kind: "field", name: "location", static: false, private: false, access: { has: obj => "location" in obj, get: obj => obj.location, set: (obj, value) => { obj.location = value; } }, metadata: _metadata }, _location_initializers, _location_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _programYear_decorators, { kind: "field", name: "programYear", static: false, private: false, access: { has: obj => "programYear" in obj, get: obj => obj.programYear, set: (obj, value) => { obj.programYear = value; } }, metadata: _metadata }, _programYear_initializers, _programYear_extraInitializers);
            __esDecorate(null, null, _sessions_decorators, { kind: "field", name: "sessions", static: false, private: false, access: { has: obj => "sessions" in obj, get: obj => obj.sessions, set: (obj, value) => { obj.sessions = value; } }, metadata: _metadata }, _sessions_initializers, _sessions_extraInitializers);
            __esDecorate(null, null, _participants_decorators, { kind: "field", name: "participants", static: false, private: false, access: { has: obj => "participants" in obj, get: obj => obj.participants, set: (obj, value) => { obj.participants = value; } }, metadata: _metadata }, _participants_initializers, _participants_extraInitializers);
            __esDecorate(null, null, _facilitatorIds_decorators, { kind: "field", name: "facilitatorIds", static: false, private: false, access: { has: obj => "facilitatorIds" in obj, get: obj => obj.facilitatorIds, set: (obj, value) => { obj.facilitatorIds = value; } }, metadata: _metadata }, _facilitatorIds_initializers, _facilitatorIds_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            UpdateEcosSchoolInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        nombre = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _nombre_initializers, void 0));
        location = (__runInitializers(this, _nombre_extraInitializers), __runInitializers(this, _location_initializers, void 0));
        coloniaId = (__runInitializers(this, _location_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        programYear = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _programYear_initializers, void 0));
        sessions = (__runInitializers(this, _programYear_extraInitializers), __runInitializers(this, _sessions_initializers, void 0));
        participants = (__runInitializers(this, _sessions_extraInitializers), __runInitializers(this, _participants_initializers, void 0));
        facilitatorIds = (__runInitializers(this, _participants_extraInitializers), __runInitializers(this, _facilitatorIds_initializers, void 0));
        constructor() {
            __runInitializers(this, _facilitatorIds_extraInitializers);
        }
    };
    return UpdateEcosSchoolInput = _classThis;
})();
export { UpdateEcosSchoolInput };
