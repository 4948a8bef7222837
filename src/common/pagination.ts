import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { badInput } from './errors';
import { requireIntInRange } from './validate';

/**
 * Relay-style keyset pagination over integer ids: the one list-query helper.
 * Cursors are opaque (base64url of `v1:<id>`); pages are read with
 * `id > cursor ORDER BY id` (forward) or `id < cursor ORDER BY id DESC` (backward).
 */

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size going forward (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page size going backward (1–${MAX_PAGE_SIZE}); use with \`before\`.`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

export interface PageWindow {
  direction: 'forward' | 'backward';
  limit: number;
  /** Exclusive id bound from the cursor, if any. */
  cursorId?: number;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`v1:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(argument: string, cursor: string): number {
  const text = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^v1:([1-9][0-9]{0,9})$/.exec(text);
  if (!match) throw badInput(argument, 'is not a valid cursor');
  return Number(match[1]);
}

/** Validates page arguments and turns them into a window (first/after or last/before). */
export function pageWindow(args: PageArgs, maxSize = MAX_PAGE_SIZE): PageWindow {
  const backward = args.last !== undefined && args.last !== null;
  if (backward && (args.first != null || args.after != null)) {
    throw badInput('last', 'cannot be combined with first or after');
  }
  if (!backward && args.before != null) throw badInput('before', 'requires last');
  if (backward) {
    return {
      direction: 'backward',
      limit: requireIntInRange('last', args.last as number, 1, maxSize),
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
export function applyKeyset<Q extends SelectQueryBuilder<any>>(qb: Q, window: PageWindow, idColumn: string): Q {
  const forward = window.direction === 'forward';
  if (window.cursorId !== undefined)
    qb.andWhere(`${idColumn} ${forward ? '>' : '<'} :keysetCursor`, { keysetCursor: window.cursorId });
  qb.orderBy(idColumn, forward ? 'ASC' : 'DESC').limit(window.limit + 1);
  return qb;
}

/** One key of a list's order: an SQL expression over a row alias, and its direction. */
export interface SortKey {
  sql: (alias: string) => string;
  direction: 'ASC' | 'DESC';
}

/**
 * applyKeyset for an order other than by id: `keys` then the id (ascending) as the last
 * tie-break. The cursor stays the id of the last row seen: its keys are read back from its
 * row (`table` aliased cursor_row) in the same statement, so a page starts right after it in
 * the order. A cursor whose row is gone gives an empty page.
 */
export function applyOrderedKeyset<Q extends SelectQueryBuilder<any>>(
  qb: Q,
  window: PageWindow,
  alias: string,
  table: string,
  keys: readonly SortKey[],
): Q {
  const forward = window.direction === 'forward';
  const all: SortKey[] = [...keys, { sql: (a) => `${a}.id`, direction: 'ASC' }];
  const flip = (direction: 'ASC' | 'DESC') => (forward ? direction : direction === 'ASC' ? 'DESC' : 'ASC');
  if (window.cursorId !== undefined) {
    const cursorValue = (key: SortKey) =>
      `(SELECT ${key.sql('cursor_row')} FROM "${table}" cursor_row WHERE cursor_row.id = :orderedCursor)`;
    // Lexicographic "after the cursor row": equal on the first keys, past it on the next.
    const after = all.map((key, i) => {
      const equal = all.slice(0, i).map((k) => `${k.sql(alias)} = ${cursorValue(k)}`);
      const past = `${key.sql(alias)} ${flip(key.direction) === 'ASC' ? '>' : '<'} ${cursorValue(key)}`;
      return `(${[...equal, past].join(' AND ')})`;
    });
    qb.andWhere(`(${after.join(' OR ')})`, { orderedCursor: window.cursorId });
  }
  qb.orderBy();
  for (const key of all) qb.addOrderBy(key.sql(alias), flip(key.direction));
  qb.limit(window.limit + 1);
  return qb;
}

/** Builds the connection from rows fetched with `applyKeyset` (limit + 1 rows, in window order). */
export function toConnection<T extends { id: number }>(
  rows: T[],
  window: PageWindow,
  totalCount: number,
): Connection<T> {
  const hasMore = rows.length > window.limit;
  const page = hasMore ? rows.slice(0, window.limit) : rows;
  if (window.direction === 'backward') page.reverse();
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
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => nodeType) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => Int, { description: 'Items matching the filters, across all pages.' }) totalCount: number;
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return ConnectionType;
}

/**
 * Whether the connection field being resolved selects `name` directly (through
 * fragments and aliases too): a list that nobody asks the `totalCount` of need
 * not count its rows.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}

/**
 * Every selection of field `name` on the items of a connection (under `edges { node }`,
 * through fragments, with their aliases): what a list resolver can fetch
 * in its own statement instead of one loader call per item.
 */
export function selectedNodeFields(info: GraphQLResolveInfo, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, path: readonly string[]): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, path);
      else if (s.kind === Kind.FRAGMENT_SPREAD) {
        const key = `${path.join('.')}:${s.name.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        walk(info.fragments[s.name.value]?.selectionSet, path);
      } else if (path.length === 0 && s.name.value === 'edges') walk(s.selectionSet, ['edges']);
      else if (path.length === 1 && path[0] === 'edges' && s.name.value === 'node') walk(s.selectionSet, ['node']);
      else if (path.length === 1 && path[0] === 'node' && s.name.value === name) found.push(s);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, []);
  return found;
}
