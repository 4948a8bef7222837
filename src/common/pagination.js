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
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Kind } from 'graphql';
import { badInput } from './errors';
import { requireIntInRange } from './validate';
/**
 * Relay-style keyset pagination over integer ids: the one list-query helper.
 * Cursors are opaque (base64url of `v1:<id>`); pages are read with
 * `id > cursor ORDER BY id` (forward) or `id < cursor ORDER BY id DESC` (backward).
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
let PageArgs = (() => {
    let _classDecorators = [ArgsType()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _first_decorators;
    let _first_initializers = [];
    let _first_extraInitializers = [];
    let _after_decorators;
    let _after_initializers = [];
    let _after_extraInitializers = [];
    let _last_decorators;
    let _last_initializers = [];
    let _last_extraInitializers = [];
    let _before_decorators;
    let _before_initializers = [];
    let _before_extraInitializers = [];
    var PageArgs = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _first_decorators = [Field(() => Int, {
                    nullable: true,
                    description: `Page size going forward (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
                })];
            _after_decorators = [Field(() => String, { nullable: true, description: 'Return items after this cursor.' })];
            _last_decorators = [Field(() => Int, {
                    nullable: true,
                    description: `Page size going backward (1–${MAX_PAGE_SIZE}); use with \`before\`.`,
                })];
            _before_decorators = [Field(() => String, { nullable: true, description: 'Return items before this cursor.' })];
            __esDecorate(null, null, _first_decorators, { kind: "field", name: "first", static: false, private: false, access: { has: obj => "first" in obj, get: obj => obj.first, set: (obj, value) => { obj.first = value; } }, metadata: _metadata }, _first_initializers, _first_extraInitializers);
            __esDecorate(null, null, _after_decorators, { kind: "field", name: "after", static: false, private: false, access: { has: obj => "after" in obj, get: obj => obj.after, set: (obj, value) => { obj.after = value; } }, metadata: _metadata }, _after_initializers, _after_extraInitializers);
            __esDecorate(null, null, _last_decorators, { kind: "field", name: "last", static: false, private: false, access: { has: obj => "last" in obj, get: obj => obj.last, set: (obj, value) => { obj.last = value; } }, metadata: _metadata }, _last_initializers, _last_extraInitializers);
            __esDecorate(null, null, _before_decorators, { kind: "field", name: "before", static: false, private: false, access: { has: obj => "before" in obj, get: obj => obj.before, set: (obj, value) => { obj.before = value; } }, metadata: _metadata }, _before_initializers, _before_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            PageArgs = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        first = __runInitializers(this, _first_initializers, void 0);
        after = (__runInitializers(this, _first_extraInitializers), __runInitializers(this, _after_initializers, void 0));
        last = (__runInitializers(this, _after_extraInitializers), __runInitializers(this, _last_initializers, void 0));
        before = (__runInitializers(this, _last_extraInitializers), __runInitializers(this, _before_initializers, void 0));
        constructor() {
            __runInitializers(this, _before_extraInitializers);
        }
    };
    return PageArgs = _classThis;
})();
export { PageArgs };
let PageInfo = (() => {
    let _classDecorators = [ObjectType()];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _hasNextPage_decorators;
    let _hasNextPage_initializers = [];
    let _hasNextPage_extraInitializers = [];
    let _hasPreviousPage_decorators;
    let _hasPreviousPage_initializers = [];
    let _hasPreviousPage_extraInitializers = [];
    let _startCursor_decorators;
    let _startCursor_initializers = [];
    let _startCursor_extraInitializers = [];
    let _endCursor_decorators;
    let _endCursor_initializers = [];
    let _endCursor_extraInitializers = [];
    var PageInfo = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _hasNextPage_decorators = [Field()];
            _hasPreviousPage_decorators = [Field()];
            _startCursor_decorators = [Field(() => String, { nullable: true })];
            _endCursor_decorators = [Field(() => String, { nullable: true })];
            __esDecorate(null, null, _hasNextPage_decorators, { kind: "field", name: "hasNextPage", static: false, private: false, access: { has: obj => "hasNextPage" in obj, get: obj => obj.hasNextPage, set: (obj, value) => { obj.hasNextPage = value; } }, metadata: _metadata }, _hasNextPage_initializers, _hasNextPage_extraInitializers);
            __esDecorate(null, null, _hasPreviousPage_decorators, { kind: "field", name: "hasPreviousPage", static: false, private: false, access: { has: obj => "hasPreviousPage" in obj, get: obj => obj.hasPreviousPage, set: (obj, value) => { obj.hasPreviousPage = value; } }, metadata: _metadata }, _hasPreviousPage_initializers, _hasPreviousPage_extraInitializers);
            __esDecorate(null, null, _startCursor_decorators, { kind: "field", name: "startCursor", static: false, private: false, access: { has: obj => "startCursor" in obj, get: obj => obj.startCursor, set: (obj, value) => { obj.startCursor = value; } }, metadata: _metadata }, _startCursor_initializers, _startCursor_extraInitializers);
            __esDecorate(null, null, _endCursor_decorators, { kind: "field", name: "endCursor", static: false, private: false, access: { has: obj => "endCursor" in obj, get: obj => obj.endCursor, set: (obj, value) => { obj.endCursor = value; } }, metadata: _metadata }, _endCursor_initializers, _endCursor_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            PageInfo = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        hasNextPage = __runInitializers(this, _hasNextPage_initializers, void 0);
        hasPreviousPage = (__runInitializers(this, _hasNextPage_extraInitializers), __runInitializers(this, _hasPreviousPage_initializers, void 0));
        startCursor = (__runInitializers(this, _hasPreviousPage_extraInitializers), __runInitializers(this, _startCursor_initializers, void 0));
        endCursor = (__runInitializers(this, _startCursor_extraInitializers), __runInitializers(this, _endCursor_initializers, void 0));
        constructor() {
            __runInitializers(this, _endCursor_extraInitializers);
        }
    };
    return PageInfo = _classThis;
})();
export { PageInfo };
export function encodeCursor(id) {
    return Buffer.from(`v1:${id}`, 'utf8').toString('base64url');
}
export function decodeCursor(argument, cursor) {
    const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
    const match = /^v1:([1-9][0-9]{0,9})$/.exec(text);
    if (!match)
        throw badInput(argument, 'is not a valid cursor');
    return Number(match[1]);
}
/** Validates page arguments and turns them into a window (first/after or last/before). */
export function pageWindow(args, maxSize = MAX_PAGE_SIZE) {
    const backward = args.last !== undefined && args.last !== null;
    if (backward && (args.first != null || args.after != null)) {
        throw badInput('last', 'cannot be combined with first or after');
    }
    if (!backward && args.before != null)
        throw badInput('before', 'requires last');
    if (backward) {
        return {
            direction: 'backward',
            limit: requireIntInRange('last', args.last, 1, maxSize),
            cursorId: args.before != null ? decodeCursor('before', args.before) : undefined,
        };
    }
    return {
        direction: 'forward',
        limit: requireIntInRange('first', args.first ?? DEFAULT_PAGE_SIZE, 1, maxSize),
        cursorId: args.after != null ? decodeCursor('after', args.after) : undefined,
    };
}
/**
 * Applies a window to a query builder: cursor bound, order and `limit + 1`
 * rows (the extra row tells whether more exist).
 */
export function applyKeyset(qb, window, idColumn) {
    const forward = window.direction === 'forward';
    if (window.cursorId !== undefined)
        qb.andWhere(`${idColumn} ${forward ? '>' : '<'} :keysetCursor`, { keysetCursor: window.cursorId });
    qb.orderBy(idColumn, forward ? 'ASC' : 'DESC').limit(window.limit + 1);
    return qb;
}
/** Builds the connection from rows fetched with `applyKeyset` (limit + 1 rows, in window order). */
export function toConnection(rows, window, totalCount) {
    const hasMore = rows.length > window.limit;
    const page = hasMore ? rows.slice(0, window.limit) : rows;
    if (window.direction === 'backward')
        page.reverse();
    const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
    const forward = window.direction === 'forward';
    return {
        totalCount,
        edges,
        pageInfo: {
            hasNextPage: forward ? hasMore : window.cursorId !== undefined,
            hasPreviousPage: forward ? window.cursorId !== undefined : hasMore,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
    };
}
/** A named Connection/Edge pair of GraphQL types for a node type. */
export function connectionTypes(name, nodeType) {
    let EdgeType = (() => {
        let _classDecorators = [ObjectType(`${name}Edge`)];
        let _classDescriptor;
        let _classExtraInitializers = [];
        let _classThis;
        let _cursor_decorators;
        let _cursor_initializers = [];
        let _cursor_extraInitializers = [];
        let _node_decorators;
        let _node_initializers = [];
        let _node_extraInitializers = [];
        var EdgeType = class {
            static { _classThis = this; }
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _cursor_decorators = [Field()];
                _node_decorators = [Field(() => nodeType)];
                __esDecorate(null, null, _cursor_decorators, { kind: "field", name: "cursor", static: false, private: false, access: { has: obj => "cursor" in obj, get: obj => obj.cursor, set: (obj, value) => { obj.cursor = value; } }, metadata: _metadata }, _cursor_initializers, _cursor_extraInitializers);
                __esDecorate(null, null, _node_decorators, { kind: "field", name: "node", static: false, private: false, access: { has: obj => "node" in obj, get: obj => obj.node, set: (obj, value) => { obj.node = value; } }, metadata: _metadata }, _node_initializers, _node_extraInitializers);
                __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
                EdgeType = _classThis = _classDescriptor.value;
                if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
                __runInitializers(_classThis, _classExtraInitializers);
            }
            cursor = __runInitializers(this, _cursor_initializers, void 0);
            node = (__runInitializers(this, _cursor_extraInitializers), __runInitializers(this, _node_initializers, void 0));
            constructor() {
                __runInitializers(this, _node_extraInitializers);
            }
        };
        return EdgeType = _classThis;
    })();
    let ConnectionType = (() => {
        let _classDecorators = [ObjectType(`${name}Connection`)];
        let _classDescriptor;
        let _classExtraInitializers = [];
        let _classThis;
        let _totalCount_decorators;
        let _totalCount_initializers = [];
        let _totalCount_extraInitializers = [];
        let _edges_decorators;
        let _edges_initializers = [];
        let _edges_extraInitializers = [];
        let _pageInfo_decorators;
        let _pageInfo_initializers = [];
        let _pageInfo_extraInitializers = [];
        var ConnectionType = class {
            static { _classThis = this; }
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _totalCount_decorators = [Field(() => Int, { description: 'Items matching the filters, across all pages.' })];
                _edges_decorators = [Field(() => [EdgeType])];
                _pageInfo_decorators = [Field(() => PageInfo)];
                __esDecorate(null, null, _totalCount_decorators, { kind: "field", name: "totalCount", static: false, private: false, access: { has: obj => "totalCount" in obj, get: obj => obj.totalCount, set: (obj, value) => { obj.totalCount = value; } }, metadata: _metadata }, _totalCount_initializers, _totalCount_extraInitializers);
                __esDecorate(null, null, _edges_decorators, { kind: "field", name: "edges", static: false, private: false, access: { has: obj => "edges" in obj, get: obj => obj.edges, set: (obj, value) => { obj.edges = value; } }, metadata: _metadata }, _edges_initializers, _edges_extraInitializers);
                __esDecorate(null, null, _pageInfo_decorators, { kind: "field", name: "pageInfo", static: false, private: false, access: { has: obj => "pageInfo" in obj, get: obj => obj.pageInfo, set: (obj, value) => { obj.pageInfo = value; } }, metadata: _metadata }, _pageInfo_initializers, _pageInfo_extraInitializers);
                __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
                ConnectionType = _classThis = _classDescriptor.value;
                if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
                __runInitializers(_classThis, _classExtraInitializers);
            }
            totalCount = __runInitializers(this, _totalCount_initializers, void 0);
            edges = (__runInitializers(this, _totalCount_extraInitializers), __runInitializers(this, _edges_initializers, void 0));
            pageInfo = (__runInitializers(this, _edges_extraInitializers), __runInitializers(this, _pageInfo_initializers, void 0));
            constructor() {
                __runInitializers(this, _pageInfo_extraInitializers);
            }
        };
        return ConnectionType = _classThis;
    })();
    return ConnectionType;
}
/**
 * Whether the connection field being resolved selects `name` directly (through
 * fragments and aliases too): a list that nobody asks the `totalCount` of need
 * not count its rows.
 */
export function selectsField(info, name) {
    const seen = new Set();
    const walk = (set) => (set?.selections ?? []).some((s) => {
        if (s.kind === Kind.FIELD)
            return s.name.value === name;
        if (s.kind === Kind.INLINE_FRAGMENT)
            return walk(s.selectionSet);
        if (seen.has(s.name.value))
            return false;
        seen.add(s.name.value);
        return walk(info.fragments[s.name.value]?.selectionSet);
    });
    return info.fieldNodes.some((node) => walk(node.selectionSet));
}
