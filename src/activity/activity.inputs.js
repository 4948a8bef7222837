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
import { IsOptional, Max, Min } from 'class-validator';
import { DateScalar } from '../common/date';
import { ActivityKind } from './activity.enums';
const PEOPLE_MAX = 10_000;
const SEQ_MAX = 50;
let CreateActivityInput = (() => {
    let _classDecorators = [InputType({
            description: "A new field activity. Its colonia defaults to the beneficiary's; its territorial is the colonia's.",
        })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _heldOn_decorators;
    let _heldOn_initializers = [];
    let _heldOn_extraInitializers = [];
    let _beneficiaryId_decorators;
    let _beneficiaryId_initializers = [];
    let _beneficiaryId_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _kind_decorators;
    let _kind_initializers = [];
    let _kind_extraInitializers = [];
    let _peopleReached_decorators;
    let _peopleReached_initializers = [];
    let _peopleReached_extraInitializers = [];
    let _seq_decorators;
    let _seq_initializers = [];
    let _seq_extraInitializers = [];
    var CreateActivityInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _heldOn_decorators = [Field(() => DateScalar)];
            _beneficiaryId_decorators = [Field(() => ID)];
            _coloniaId_decorators = [Field(() => ID, { nullable: true, description: "Where it was carried out; default the beneficiary's colonia." })];
            _kind_decorators = [Field(() => ActivityKind)];
            _peopleReached_decorators = [Field(() => Int), Min(0, { message: 'peopleReached must be 0 or more' }), Max(PEOPLE_MAX, { message: `peopleReached must be at most ${PEOPLE_MAX}` })];
            _seq_decorators = [Field(() => Int, {
                    nullable: true,
                    description: "Order among the beneficiary's activities that day; default the next one.",
                }), IsOptional(), Min(1, { message: `seq must be between 1 and ${SEQ_MAX}` }), Max(SEQ_MAX, { message: `seq must be between 1 and ${SEQ_MAX}` })];
            __esDecorate(null, null, _heldOn_decorators, { kind: "field", name: "heldOn", static: false, private: false, access: { has: obj => "heldOn" in obj, get: obj => obj.heldOn, set: (obj, value) => { obj.heldOn = value; } }, metadata: _metadata }, _heldOn_initializers, _heldOn_extraInitializers);
            __esDecorate(null, null, _beneficiaryId_decorators, { kind: "field", name: "beneficiaryId", static: false, private: false, access: { has: obj => "beneficiaryId" in obj, get: obj => obj.beneficiaryId, set: (obj, value) => { obj.beneficiaryId = value; } }, metadata: _metadata }, _beneficiaryId_initializers, _beneficiaryId_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _kind_decorators, { kind: "field", name: "kind", static: false, private: false, access: { has: obj => "kind" in obj, get: obj => obj.kind, set: (obj, value) => { obj.kind = value; } }, metadata: _metadata }, _kind_initializers, _kind_extraInitializers);
            __esDecorate(null, null, _peopleReached_decorators, { kind: "field", name: "peopleReached", static: false, private: false, access: { has: obj => "peopleReached" in obj, get: obj => obj.peopleReached, set: (obj, value) => { obj.peopleReached = value; } }, metadata: _metadata }, _peopleReached_initializers, _peopleReached_extraInitializers);
            __esDecorate(null, null, _seq_decorators, { kind: "field", name: "seq", static: false, private: false, access: { has: obj => "seq" in obj, get: obj => obj.seq, set: (obj, value) => { obj.seq = value; } }, metadata: _metadata }, _seq_initializers, _seq_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            CreateActivityInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        heldOn = __runInitializers(this, _heldOn_initializers, void 0);
        beneficiaryId = (__runInitializers(this, _heldOn_extraInitializers), __runInitializers(this, _beneficiaryId_initializers, void 0));
        coloniaId = (__runInitializers(this, _beneficiaryId_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        kind = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _kind_initializers, void 0));
        peopleReached = (__runInitializers(this, _kind_extraInitializers), __runInitializers(this, _peopleReached_initializers, void 0));
        seq = (__runInitializers(this, _peopleReached_extraInitializers), __runInitializers(this, _seq_initializers, void 0));
        constructor() {
            __runInitializers(this, _seq_extraInitializers);
        }
    };
    return CreateActivityInput = _classThis;
})();
export { CreateActivityInput };
let UpdateActivityInput = (() => {
    let _classDecorators = [InputType({ description: 'Fields of an activity to change; omitted fields stay as they are.' })];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _heldOn_decorators;
    let _heldOn_initializers = [];
    let _heldOn_extraInitializers = [];
    let _coloniaId_decorators;
    let _coloniaId_initializers = [];
    let _coloniaId_extraInitializers = [];
    let _kind_decorators;
    let _kind_initializers = [];
    let _kind_extraInitializers = [];
    let _peopleReached_decorators;
    let _peopleReached_initializers = [];
    let _peopleReached_extraInitializers = [];
    let _seq_decorators;
    let _seq_initializers = [];
    let _seq_extraInitializers = [];
    var UpdateActivityInput = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _heldOn_decorators = [Field(() => DateScalar, { nullable: true })];
            _coloniaId_decorators = [Field(() => ID, { nullable: true })];
            _kind_decorators = [Field(() => ActivityKind, { nullable: true })];
            _peopleReached_decorators = [Field(() => Int, { nullable: true }), IsOptional(), Min(0, { message: 'peopleReached must be 0 or more' }), Max(PEOPLE_MAX, { message: `peopleReached must be at most ${PEOPLE_MAX}` })];
            _seq_decorators = [Field(() => Int, { nullable: true }), IsOptional(), Min(1, { message: `seq must be between 1 and ${SEQ_MAX}` }), Max(SEQ_MAX, { message: `seq must be between 1 and ${SEQ_MAX}` })];
            __esDecorate(null, null, _heldOn_decorators, { kind: "field", name: "heldOn", static: false, private: false, access: { has: obj => "heldOn" in obj, get: obj => obj.heldOn, set: (obj, value) => { obj.heldOn = value; } }, metadata: _metadata }, _heldOn_initializers, _heldOn_extraInitializers);
            __esDecorate(null, null, _coloniaId_decorators, { kind: "field", name: "coloniaId", static: false, private: false, access: { has: obj => "coloniaId" in obj, get: obj => obj.coloniaId, set: (obj, value) => { obj.coloniaId = value; } }, metadata: _metadata }, _coloniaId_initializers, _coloniaId_extraInitializers);
            __esDecorate(null, null, _kind_decorators, { kind: "field", name: "kind", static: false, private: false, access: { has: obj => "kind" in obj, get: obj => obj.kind, set: (obj, value) => { obj.kind = value; } }, metadata: _metadata }, _kind_initializers, _kind_extraInitializers);
            __esDecorate(null, null, _peopleReached_decorators, { kind: "field", name: "peopleReached", static: false, private: false, access: { has: obj => "peopleReached" in obj, get: obj => obj.peopleReached, set: (obj, value) => { obj.peopleReached = value; } }, metadata: _metadata }, _peopleReached_initializers, _peopleReached_extraInitializers);
            __esDecorate(null, null, _seq_decorators, { kind: "field", name: "seq", static: false, private: false, access: { has: obj => "seq" in obj, get: obj => obj.seq, set: (obj, value) => { obj.seq = value; } }, metadata: _metadata }, _seq_initializers, _seq_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            UpdateActivityInput = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        heldOn = __runInitializers(this, _heldOn_initializers, void 0);
        coloniaId = (__runInitializers(this, _heldOn_extraInitializers), __runInitializers(this, _coloniaId_initializers, void 0));
        kind = (__runInitializers(this, _coloniaId_extraInitializers), __runInitializers(this, _kind_initializers, void 0));
        peopleReached = (__runInitializers(this, _kind_extraInitializers), __runInitializers(this, _peopleReached_initializers, void 0));
        seq = (__runInitializers(this, _peopleReached_extraInitializers), __runInitializers(this, _seq_initializers, void 0));
        constructor() {
            __runInitializers(this, _seq_extraInitializers);
        }
    };
    return UpdateActivityInput = _classThis;
})();
export { UpdateActivityInput };
