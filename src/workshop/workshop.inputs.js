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
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { DateScalar } from '../common/date';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { IsClave, PRINTABLE } from '../write/input-rules';
import { AgendaStatus, WorkshopModality } from './workshop.enums';
const PARTICIPANTS_MAX = 100_000;
export const AGENDA_PROJECTS_MAX = 20;
let CreateWorkshopInput = (() => {
    let _classDecorators = [InputType({
            description: 'A new workshop. PRESENCIAL needs a location (a Point); VIRTUAL needs a coloniaId and no location.',
        })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _heldOn_decorators;
    let _heldOn_initializers = [];
    let _heldOn_extraInitializers = [];
    let _modality_decorators;
    let _modality_initializers = [];
    let _modality_extraInitializers = [];
    let _participants_decorators;
    let _participants_initializers = [];
    let _participants_extraInitializers = [];
    let _location_decorators;
    let _location_initializers = [];
    let _location_extraInitializers = [];
    var CreateWorkshopInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ description: 'Unique key, e.g. TAL-2020-077.' }), IsClave()];
            _coloniaId_decorators = [Field(() => ID, {
                    nullable: true,
                    description: 'The colonia; when omitted, the one holding the location (PostGIS).',
                })];
            _heldOn_decorators = [Field(() => DateScalar)];
            _modality_decorators = [Field(() => WorkshopModality)];
            _participants_decorators = [Field(() => Int), Min(0, { message: 'participants must be 0 or more' }), Max(PARTICIPANTS_MAX, { message: `participants must be at most ${PARTICIPANTS_MAX}` })];
            _location_decorators = [Field(() => GeoJSONScalar, {
                    nullable: true,
                    description: 'Venue: a GeoJSON Point, WGS84 lon/lat, inside the alcaldía (and the colonia, when given).',
                })];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _heldOn_decorators, { kind: "field", name: "heldOn", static: false, private: false, access: { has: obj => "heldOn" in obj, get: obj => obj.heldOn, set: (obj, value) => { obj.heldOn = value; } }, metadata: _metadata }, _heldOn_initializers, _heldOn_extraInitializers);
            __esDecorate(null, null, _modality_decorators, { kind: "field", name: "modality", static: false, private: false, access: { has: obj => "modality" in obj, get: obj => obj.modality, set: (obj, value) => { obj.modality = value; } }, metadata: _metadata }, _modality_initializers, _modality_extraInitializers);
            __esDecorate(null, null, _participants_decorators, { kind: "field", name: "participants", static: false, private: false, access: { has: obj => "participants" in obj, get: obj => obj.participants, set: (obj, value) => { obj.participants = value; } }, metadata: _metadata }, _participants_initializers, _participants_extraInitializers);
            __esDecorate(null, null, _location_decorators, { kind: "field", name: "location", static: false, private: false, access: { has: obj => "location" in obj, get: obj => obj.location, set: (obj, value) => { obj.location = value; } }, metadata: _metadata }, _location_initializers, _location_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CreateWorkshopInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        coloniaId = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        heldOn = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _heldOn_initializers, void 0));
        modality = (__runInitializers(this, _heldOn_extraInitializers), __runInitializers(this, _modality_initializers, void 0));
        participants = (__runInitializers(this, _modality_extraInitializers), __runInitializers(this, _participants_initializers, void 0));
        location = (__runInitializers(this, _participants_extraInitializers), __runInitializers(this, _location_initializers, void 0));
        constructor() {
            __runInitializers(this, _location_extraInitializers);
        }
    };
    return CreateWorkshopInput = _classThis;
})();
export { CreateWorkshopInput };
let UpdateWorkshopInput = (() => {
    let _classDecorators = [InputType({ description: 'Fields of a workshop to change; omitted fields stay as they are.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _heldOn_decorators;
    let _heldOn_initializers = [];
    let _heldOn_extraInitializers = [];
    let _modality_decorators;
    let _modality_initializers = [];
    let _modality_extraInitializers = [];
    let _participants_decorators;
    let _participants_initializers = [];
    let _participants_extraInitializers = [];
    let _location_decorators;
    let _location_initializers = [];
    let _location_extraInitializers = [];
    var UpdateWorkshopInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ nullable: true }), IsOptional(), IsClave()];
            _coloniaId_decorators = [Field(() => ID, {
                    nullable: true,
                    description: 'Moving a workshop with a venue: the venue must lie in the new colonia.',
                })];
            _heldOn_decorators = [Field(() => DateScalar, { nullable: true })];
            _modality_decorators = [Field(() => WorkshopModality, { nullable: true, description: 'Changing to VIRTUAL clears the location.' })];
            _participants_decorators = [Field(() => Int, { nullable: true }), IsOptional(), Min(0, { message: 'participants must be 0 or more' }), Max(PARTICIPANTS_MAX, { message: `participants must be at most ${PARTICIPANTS_MAX}` })];
            _location_decorators = [Field(() => GeoJSONScalar, {
                    nullable: true,
                    description: 'New venue (a Point); without coloniaId the colonia follows the venue.',
                })];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _heldOn_decorators, { kind: "field", name: "heldOn", static: false, private: false, access: { has: obj => "heldOn" in obj, get: obj => obj.heldOn, set: (obj, value) => { obj.heldOn = value; } }, metadata: _metadata }, _heldOn_initializers, _heldOn_extraInitializers);
            __esDecorate(null, null, _modality_decorators, { kind: "field", name: "modality", static: false, private: false, access: { has: obj => "modality" in obj, get: obj => obj.modality, set: (obj, value) => { obj.modality = value; } }, metadata: _metadata }, _modality_initializers, _modality_extraInitializers);
            __esDecorate(null, null, _participants_decorators, { kind: "field", name: "participants", static: false, private: false, access: { has: obj => "participants" in obj, get: obj => obj.participants, set: (obj, value) => { obj.participants = value; } }, metadata: _metadata }, _participants_initializers, _participants_extraInitializers);
            __esDecorate(null, null, _location_decorators, { kind: "field", name: "location", static: false, private: false, access: { has: obj => "location" in obj, get: obj => obj.location, set: (obj, value) => { obj.location = value; } }, metadata: _metadata }, _location_initializers, _location_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            UpdateWorkshopInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        coloniaId = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        heldOn = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _heldOn_initializers, void 0));
        modality = (__runInitializers(this, _heldOn_extraInitializers), __runInitializers(this, _modality_initializers, void 0));
        participants = (__runInitializers(this, _modality_extraInitializers), __runInitializers(this, _participants_initializers, void 0));
        location = (__runInitializers(this, _participants_extraInitializers), __runInitializers(this, _location_initializers, void 0));
        constructor() {
            __runInitializers(this, _location_extraInitializers);
        }
    };
    return UpdateWorkshopInput = _classThis;
})();
export { UpdateWorkshopInput };
let CreateAgendaInput = (() => {
    let _classDecorators = [InputType({ description: 'A new agenda: one per colonia and program year.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _programYear_decorators;
    let _programYear_initializers = [];
    let _programYear_extraInitializers = [];
    let _status_decorators;
    let _status_initializers = [];
    let _status_extraInitializers = [];
    let _projects_decorators;
    let _projects_initializers = [];
    let _projects_extraInitializers = [];
    var CreateAgendaInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ description: 'Unique key, e.g. ADL-2020-039.' }), IsClave()];
            _coloniaId_decorators = [Field(() => ID)];
            _programYear_decorators = [Field(() => Int), Min(2000, { message: 'programYear must be between 2000 and 2100' }), Max(2100, { message: 'programYear must be between 2000 and 2100' })];
            _status_decorators = [Field(() => AgendaStatus)];
            _projects_decorators = [Field(() => [String], {
                    nullable: true,
                    description: `Projects in order (at most ${AGENDA_PROJECTS_MAX}, 3–200 characters each).`,
                }), IsOptional(), ArrayMaxSize(AGENDA_PROJECTS_MAX, { message: `projects must list at most ${AGENDA_PROJECTS_MAX} projects` }), Length(3, 200, { each: true, message: 'projects must each be 3 to 200 characters' }), Matches(PRINTABLE, { each: true, message: 'projects must each be printable text' })];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _programYear_decorators, { kind: "field", name: "programYear", static: false, private: false, access: { has: obj => "programYear" in obj, get: obj => obj.programYear, set: (obj, value) => { obj.programYear = value; } }, metadata: _metadata }, _programYear_initializers, _programYear_extraInitializers);
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, null, _projects_decorators, { kind: "field", name: "projects", static: false, private: false, access: { has: obj => "projects" in obj, get: obj => obj.projects, set: (obj, value) => { obj.projects = value; } }, metadata: _metadata }, _projects_initializers, _projects_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CreateAgendaInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        coloniaId = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        programYear = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _programYear_initializers, void 0));
        status = (__runInitializers(this, _programYear_extraInitializers), __runInitializers(this, _status_initializers, void 0));
        projects = (__runInitializers(this, _status_extraInitializers), __runInitializers(this, _projects_initializers, void 0));
        constructor() {
            __runInitializers(this, _projects_extraInitializers);
        }
    };
    return CreateAgendaInput = _classThis;
})();
export { CreateAgendaInput };
let UpdateAgendaInput = (() => {
    let _classDecorators = [InputType({ description: 'Fields of an agenda to change; `projects`, when given, replaces the list.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _clave_decorators;
    let _clave_initializers = [];
    let _clave_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _programYear_decorators;
    let _programYear_initializers = [];
    let _programYear_extraInitializers = [];
    let _status_decorators;
    let _status_initializers = [];
    let _status_extraInitializers = [];
    let _projects_decorators;
    let _projects_initializers = [];
    let _projects_extraInitializers = [];
    var UpdateAgendaInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _clave_decorators = [Field({ nullable: true }), IsOptional(), IsClave()];
            _coloniaId_decorators = [Field(() => ID, { nullable: true })];
            _programYear_decorators = [Field(() => Int, { nullable: true }), IsOptional(), Min(2000, { message: 'programYear must be between 2000 and 2100' }), Max(2100, { message: 'programYear must be between 2000 and 2100' })];
            _status_decorators = [Field(() => AgendaStatus, { nullable: true })];
            _projects_decorators = [Field(() => [String], { nullable: true }), IsOptional(), ArrayMaxSize(AGENDA_PROJECTS_MAX, { message: `projects must list at most ${AGENDA_PROJECTS_MAX} projects` }), Length(3, 200, { each: true, message: 'projects must each be 3 to 200 characters' }), Matches(PRINTABLE, { each: true, message: 'projects must each be printable text' })];
            __esDecorate(null, null, _clave_decorators, { kind: "field", name: "clave", static: false, private: false, access: { has: obj => "clave" in obj, get: obj => obj.clave, set: (obj, value) => { obj.clave = value; } }, metadata: _metadata }, _clave_initializers, _clave_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _programYear_decorators, { kind: "field", name: "programYear", static: false, private: false, access: { has: obj => "programYear" in obj, get: obj => obj.programYear, set: (obj, value) => { obj.programYear = value; } }, metadata: _metadata }, _programYear_initializers, _programYear_extraInitializers);
            __esDecorate(null, null, _status_decorators, { kind: "field", name: "status", static: false, private: false, access: { has: obj => "status" in obj, get: obj => obj.status, set: (obj, value) => { obj.status = value; } }, metadata: _metadata }, _status_initializers, _status_extraInitializers);
            __esDecorate(null, null, _projects_decorators, { kind: "field", name: "projects", static: false, private: false, access: { has: obj => "projects" in obj, get: obj => obj.projects, set: (obj, value) => { obj.projects = value; } }, metadata: _metadata }, _projects_initializers, _projects_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            UpdateAgendaInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        clave = __runInitializers(this, _clave_initializers, void 0);
        coloniaId = (__runInitializers(this, _clave_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        programYear = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _programYear_initializers, void 0));
        status = (__runInitializers(this, _programYear_extraInitializers), __runInitializers(this, _status_initializers, void 0));
        projects = (__runInitializers(this, _status_extraInitializers), __runInitializers(this, _projects_initializers, void 0));
        constructor() {
            __runInitializers(this, _projects_extraInitializers);
        }
    };
    return UpdateAgendaInput = _classThis;
})();
export { UpdateAgendaInput };
