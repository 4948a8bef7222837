import { badInput } from '../common/errors';
import { parseCql2Json } from './cql2-json.parser';
import { parseCql2Text } from './cql2-text.parser';
import {
  filterError,
  MAX_FILTER_LENGTH,
  MAX_FILTER_POSITIONS,
  type Expr,
  type GeometryValue,
  type Predicate,
  type SpatialOp,
  type TemporalOp,
} from './cql2.ast';
import { fromCrsSql, type CrsDefinition } from './crs';
import type { LayerDefinition } from './layers';
import { layerQueryables, type Queryable } from './queryables';
import { MAX_NEAR_METERS } from './spatial-filter';
import type { SqlParams } from './sql-params';

/**
 * Compiles a CQL2 filter (either encoding, see cql2.ast.ts) to a SQL
 * condition over a layer. Property names resolve only against the layer's
 * queryables (queryables.ts): the SQL text holds nothing but the layer
 * definition's own expressions, fixed operators and `$n` placeholders; every
 * literal (string, number, date, geometry) travels as a bind parameter.
 * Types are checked here, so `poblacion > 'abc'` is a 400 naming the
 * property, never a database error.
 */

export const FILTER_LANGS = ['cql2-text', 'cql2-json'] as const;
/** `cql-text`: the draft's name, which GDAL 3.6's OAPIF driver sends; the same grammar is accepted. */
export const FILTER_LANG_ALIASES: Record<string, (typeof FILTER_LANGS)[number]> = {
  'cql2-text': 'cql2-text',
  'cql2-json': 'cql2-json',
  'cql-text': 'cql2-text',
};

export interface FeatureFilter {
  predicate: Predicate;
  /** CRS of the filter's geometry literals (`filter-crs`). */
  crs: CrsDefinition;
}

/** Parses the `filter` parameter in its language (default cql2-text). */
export function parseFilter(text: string, lang: string | undefined): Predicate {
  if (text.length > MAX_FILTER_LENGTH)
    throw badInput('filter', `is ${text.length} characters long; at most ${MAX_FILTER_LENGTH} are accepted`);
  const language = lang === undefined ? 'cql2-text' : FILTER_LANG_ALIASES[lang];
  if (!language)
    throw badInput('filter-lang', `must be one of ${FILTER_LANGS.join(', ')} (got "${lang?.slice(0, 40)}")`);
  return language === 'cql2-json' ? parseCql2Json(text) : parseCql2Text(text);
}

type ValueClass = 'string' | 'number' | 'boolean' | 'date' | 'timestamp' | 'geometry' | 'interval';

interface Typed {
  sql: string;
  cls: ValueClass;
  /** How to name the operand in an error: a property, or a literal. */
  label: string;
}

const CLASS_OF: Record<Queryable['type'], ValueClass> = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
  geometry: 'geometry',
};

const SPATIAL_SQL: Record<SpatialOp, string> = {
  s_intersects: 'ST_Intersects',
  s_equals: 'ST_Equals',
  s_disjoint: 'ST_Disjoint',
  s_touches: 'ST_Touches',
  s_within: 'ST_Within',
  s_overlaps: 'ST_Overlaps',
  s_crosses: 'ST_Crosses',
  s_contains: 'ST_Contains',
};

/** A date as the instant 00:00 UTC of that day, to compare with timestamps. */
const dateAsTimestamp = (sql: string) => `((${sql})::timestamp AT TIME ZONE 'UTC')`;

class FilterCompiler {
  readonly queryables: Map<string, Queryable>;
  usesFigures = false;

  constructor(
    private readonly layer: LayerDefinition,
    private readonly crs: CrsDefinition,
    private readonly params: SqlParams,
  ) {
    this.queryables = layerQueryables(layer);
  }

  private property(name: string, at: string): Queryable {
    const q = this.queryables.get(name);
    if (!q) {
      throw badInput(
        'filter',
        `names unknown property "${name.slice(0, 60)}" (at ${at}); queryables of ${this.layer.id}: ${[...this.queryables.keys()].join(', ')}`,
      );
    }
    if (q.figures) this.usesFigures = true;
    return q;
  }

  expr(e: Expr): Typed {
    switch (e.kind) {
      case 'property': {
        const q = this.property(e.name, e.at);
        const cls = CLASS_OF[q.type];
        const sql = cls === 'date' ? `((${q.sql})::date)` : `(${q.sql})`;
        return { sql, cls, label: `property ${q.name} (${q.type})` };
      }
      case 'string':
        return { sql: this.params.add(e.value, 'text'), cls: 'string', label: `the string '${e.value.slice(0, 30)}'` };
      case 'number':
        return { sql: this.params.add(e.value, 'float8'), cls: 'number', label: `the number ${e.value}` };
      case 'boolean':
        return { sql: this.params.add(e.value, 'boolean'), cls: 'boolean', label: `the boolean ${e.value}` };
      case 'date':
        return { sql: this.params.add(e.value, 'date'), cls: 'date', label: `DATE('${e.value}')` };
      case 'timestamp':
        return { sql: this.params.add(e.value, 'timestamptz'), cls: 'timestamp', label: `TIMESTAMP('${e.value}')` };
      case 'geometry': {
        const text = this.params.add(JSON.stringify(e.value), 'text');
        return { sql: fromCrsSql(`ST_GeomFromGeoJSON(${text})`, this.crs), cls: 'geometry', label: 'a geometry' };
      }
      case 'interval':
        throw filterError(e.at, 'an INTERVAL is only accepted in a temporal function (T_INTERSECTS, T_DURING, …)');
    }
  }

  private mismatch(at: string, a: Typed, b: Typed, what = 'compare'): never {
    throw badInput('filter', `cannot ${what} ${a.label} with ${b.label} (at ${at}): type mismatch`);
  }

  /** Two operands of one comparable type (numbers; strings; booleans; dates and timestamps). */
  private unify(at: string, a: Typed, b: Typed): [Typed, Typed] {
    if (a.cls === b.cls && a.cls !== 'geometry') return [a, b];
    const instants = new Set<ValueClass>(['date', 'timestamp']);
    if (instants.has(a.cls) && instants.has(b.cls)) {
      const widen = (t: Typed): Typed =>
        t.cls === 'date' ? { ...t, sql: dateAsTimestamp(t.sql), cls: 'timestamp' } : t;
      return [widen(a), widen(b)];
    }
    return this.mismatch(at, a, b);
  }

  predicate(p: Predicate): string {
    switch (p.kind) {
      case 'and':
      case 'or':
        return `(${p.args.map((a) => this.predicate(a)).join(p.kind === 'and' ? ' AND ' : ' OR ')})`;
      case 'not':
        return `(NOT ${this.predicate(p.arg)})`;
      case 'compare': {
        const [l, r] = this.unify(p.at, this.expr(p.left), this.expr(p.right));
        if (l.cls === 'boolean' && p.op !== '=' && p.op !== '<>')
          throw filterError(p.at, `booleans only compare with = and <> (got ${p.op})`);
        return `(${l.sql} ${p.op} ${r.sql})`;
      }
      case 'like': {
        const v = this.expr(p.value);
        const pattern = this.expr(p.pattern);
        if (v.cls !== 'string' || pattern.cls !== 'string') this.mismatch(p.at, v, pattern, 'match with LIKE');
        return `(${v.sql} LIKE ${pattern.sql})`;
      }
      case 'between': {
        const v = this.expr(p.value);
        const [lo, v1] = this.unify(p.at, this.expr(p.low), v);
        const [hi, v2] = this.unify(p.at, this.expr(p.high), v);
        if (!['number', 'date', 'timestamp'].includes(v1.cls))
          throw filterError(p.at, `BETWEEN needs numbers or instants, not ${v.label}`);
        const value = v1.cls === 'timestamp' || v2.cls === 'timestamp' ? this.widen(v) : v;
        return `(${value.sql} BETWEEN ${this.widenIf(lo, value)} AND ${this.widenIf(hi, value)})`;
      }
      case 'in': {
        const v = this.expr(p.value);
        if (v.cls === 'geometry') throw filterError(p.at, 'IN does not apply to geometries');
        const items = p.list.map((item) => this.unify(p.at, v, this.expr(item)));
        const widened = items.some(([a]) => a.cls === 'timestamp');
        return `(${widened ? this.widen(v).sql : v.sql} IN (${items.map(([, b]) => (widened ? this.widen(b).sql : b.sql)).join(', ')}))`;
      }
      case 'isNull': {
        const v = this.expr(p.value);
        return `(${v.sql} IS NULL)`;
      }
      case 'spatial': {
        const [l, r] = this.geometries(p.at, p.left, p.right);
        return `${SPATIAL_SQL[p.op]}(${l.sql}, ${r.sql})`;
      }
      case 'dwithin': {
        const [l, r] = this.geometries(p.at, p.left, p.right);
        if (p.distance.kind !== 'number' || p.distance.value < 0 || p.distance.value > MAX_NEAR_METERS)
          throw filterError(p.at, `S_DWITHIN needs a distance in metres from 0 to ${MAX_NEAR_METERS}`);
        return `ST_DWithin((${l.sql})::geography, (${r.sql})::geography, ${this.params.add(p.distance.value, 'float8')})`;
      }
      case 'temporal':
        return this.temporal(p.op, p.at, p.left, p.right);
      case 'booleanValue': {
        const v = this.expr(p.value);
        if (v.cls !== 'boolean') throw filterError(p.at, `${v.label} is not a boolean condition`);
        return `(${v.sql} IS TRUE)`;
      }
    }
  }

  private widen(t: Typed): Typed {
    return t.cls === 'date' ? { ...t, sql: dateAsTimestamp(t.sql), cls: 'timestamp' } : t;
  }

  private widenIf(t: Typed, like: Typed): string {
    return like.cls === 'timestamp' ? this.widen(t).sql : t.sql;
  }

  private geometries(at: string, left: Expr, right: Expr): [Typed, Typed] {
    const l = this.expr(left);
    const r = this.expr(right);
    if (l.cls !== 'geometry') throw filterError(at, `${l.label} is not a geometry`);
    if (r.cls !== 'geometry') throw filterError(at, `${r.label} is not a geometry`);
    return [l, r];
  }

  /** An instant or interval as [start, end] (null: open end). */
  private bounds(e: Expr): [Typed | null, Typed | null] {
    if (e.kind === 'interval') {
      const end = (x: Expr | null) => {
        if (x === null) return null;
        const t = this.expr(x);
        if (t.cls !== 'date' && t.cls !== 'timestamp') throw filterError(x.at, `${t.label} is not a date or timestamp`);
        return t;
      };
      return [end(e.start), end(e.end)];
    }
    const t = this.expr(e);
    if (t.cls !== 'date' && t.cls !== 'timestamp')
      throw filterError(e.at, `${t.label} is not a date, timestamp or interval`);
    return [t, t];
  }

  /**
   * Temporal functions on closed intervals (an instant is [t, t]); dates are
   * compared as dates, or as 00:00 UTC of that day beside a timestamp.
   */
  private temporal(op: TemporalOp, at: string, left: Expr, right: Expr): string {
    const a = this.bounds(left);
    const b = this.bounds(right);
    const all = [...a, ...b].filter((t): t is Typed => t !== null);
    const widen = all.some((t) => t.cls === 'timestamp');
    const s = (t: Typed | null) => (t === null ? null : widen ? this.widen(t).sql : t.sql);
    const [as, ae, bs, be] = [s(a[0]), s(a[1]), s(b[0]), s(b[1])];
    const and = (...conditions: (string | null)[]) => {
      const present = conditions.filter((c): c is string => c !== null);
      return present.length === 0 ? 'TRUE' : `(${present.join(' AND ')})`;
    };
    const cmp = (x: string | null, op2: string, y: string | null) =>
      x === null || y === null ? null : `${x} ${op2} ${y}`;
    switch (op) {
      case 't_intersects':
        return and(cmp(as, '<=', be), cmp(ae, '>=', bs));
      case 't_disjoint':
        return `(NOT ${and(cmp(as, '<=', be), cmp(ae, '>=', bs))})`;
      case 't_during':
        // Strictly inside; an open end of the outer interval is unbounded.
        if (as === null || ae === null) throw filterError(at, 'T_DURING needs a bounded first argument');
        return and(cmp(as, '>', bs), cmp(ae, '<', be));
      case 't_before':
        if (ae === null || bs === null) return 'FALSE';
        return `(${ae} < ${bs})`;
      case 't_after':
        if (as === null || be === null) return 'FALSE';
        return `(${as} > ${be})`;
      case 't_equals':
        if ((as === null) !== (bs === null) || (ae === null) !== (be === null)) return 'FALSE';
        return and(cmp(as, '=', bs), cmp(ae, '=', be));
    }
  }
}

export interface CompiledFilter {
  sql: string;
  /** The condition reads figures of a period: the statement must join the figures CTEs. */
  usesFigures: boolean;
}

/** The SQL condition of a filter over a layer (parameters added to `params`). */
export function filterSql(layer: LayerDefinition, filter: FeatureFilter, params: SqlParams): CompiledFilter {
  const compiler = new FilterCompiler(layer, filter.crs, params);
  const sql = compiler.predicate(filter.predicate);
  return { sql, usesFigures: compiler.usesFigures };
}

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};
const MIN_MEMBERS: Record<string, number> = { LineString: 2, MultiLineString: 2 };

/** Positions (vertices) of a GeoJSON geometry value: what evaluating it against one row costs, roughly. */
export function geometryPositions(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const g = value as { coordinates?: unknown; geometries?: unknown[] };
  if (Array.isArray(g.geometries)) return g.geometries.reduce((n: number, x) => n + geometryPositions(x), 0);
  const walk = (c: unknown): number =>
    Array.isArray(c) ? (typeof c[0] === 'number' ? 1 : c.reduce((n: number, x) => n + walk(x), 0)) : 0;
  return walk(g.coordinates);
}

/**
 * Every geometry literal of a filter, shape-checked (types, nesting, finite
 * numbers, closed rings, lon/lat ranges in a geographic CRS, a bounded
 * number of positions), as GeoJSON text in filter order.
 */
export function filterGeometries(predicate: Predicate, crs: CrsDefinition): { text: string; at: string }[] {
  const found: { text: string; at: string }[] = [];
  let positions = 0;
  const position = (value: unknown, at: string) => {
    if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n)))
      throw filterError(at, 'invalid geometry: a position is not 2 finite numbers');
    positions += 1;
    if (positions > MAX_FILTER_POSITIONS)
      throw filterError(at, `the filter's geometries have more than ${MAX_FILTER_POSITIONS} positions`);
    if (crs.unit === 'degree') {
      const [lon, lat] = crs.latLon ? [value[1], value[0]] : value;
      if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
        throw filterError(
          at,
          `invalid geometry: [${value.join(', ')}] is outside ${crs.latLon ? 'lat/lon' : 'lon/lat'} ranges of ${crs.uri}`,
        );
    }
  };
  const coordinates = (value: unknown, depth: number, at: string, type: string): void => {
    if (depth === 0) return position(value, at);
    if (!Array.isArray(value) || value.length === 0)
      throw filterError(at, `invalid geometry: ${type} coordinates are not a non-empty array`);
    const ring = depth === 1 && (type === 'Polygon' || type === 'MultiPolygon');
    const min = depth !== 1 ? 1 : ring ? 4 : (MIN_MEMBERS[type] ?? 1);
    if (value.length < min) throw filterError(at, `invalid geometry: ${type} needs at least ${min} positions`);
    value.forEach((v) => coordinates(v, depth - 1, at, type));
    if (ring) {
      const [first, last] = [value[0] as number[], value[value.length - 1] as number[]];
      if (first[0] !== last[0] || first[1] !== last[1])
        throw filterError(at, 'invalid geometry: a polygon ring is not closed');
    }
  };
  const geometry = (g: GeometryValue, at: string, nested: boolean): void => {
    if (g.type === 'GeometryCollection') {
      if (nested || !Array.isArray(g.geometries) || g.geometries.length === 0)
        throw filterError(at, 'invalid geometry: a GeometryCollection needs simple member geometries');
      g.geometries.forEach((m) => geometry(m, at, true));
      return;
    }
    if (!(g.type in DEPTH)) throw filterError(at, `invalid geometry type ${JSON.stringify(g.type)?.slice(0, 30)}`);
    coordinates(g.coordinates, DEPTH[g.type], at, g.type);
  };
  const visitExpr = (e: Expr | null) => {
    if (e?.kind === 'geometry') {
      geometry(e.value, e.at, false);
      const clean =
        e.value.type === 'GeometryCollection'
          ? {
              type: e.value.type,
              geometries: e.value.geometries?.map((m) => ({ type: m.type, coordinates: m.coordinates })),
            }
          : { type: e.value.type, coordinates: e.value.coordinates };
      e.value = clean;
      found.push({ text: JSON.stringify(clean), at: e.at });
    }
  };
  const visit = (p: Predicate) => {
    switch (p.kind) {
      case 'and':
      case 'or':
        p.args.forEach(visit);
        return;
      case 'not':
        return visit(p.arg);
      case 'compare':
        return [p.left, p.right].forEach(visitExpr);
      case 'spatial':
      case 'temporal':
        return [p.left, p.right].forEach(visitExpr);
      case 'dwithin':
        return [p.left, p.right, p.distance].forEach(visitExpr);
      case 'like':
        return [p.value, p.pattern].forEach(visitExpr);
      case 'between':
        return [p.value, p.low, p.high].forEach(visitExpr);
      case 'in':
        return [p.value, ...p.list].forEach(visitExpr);
      case 'isNull':
      case 'booleanValue':
        return visitExpr(p.value);
    }
  };
  visit(predicate);
  return found;
}

/**
 * One statement that checks every geometry literal of a filter in PostGIS
 * (parsed, brought from `filter-crs` to WGS84, valid): row `i` (1-based) per
 * literal with its validity reason.
 */
export function filterGeometryValidationSql(crs: CrsDefinition): string {
  return `SELECT i::int AS i, ST_IsValid(g) AS valid, CASE WHEN ST_IsValid(g) THEN NULL ELSE ST_IsValidReason(g) END AS reason
  FROM (SELECT i, ${fromCrsSql('ST_GeomFromGeoJSON(t)', crs)} AS g FROM unnest($1::text[]) WITH ORDINALITY AS x(t, i)) literal
  ORDER BY i`;
}
