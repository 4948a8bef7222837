import { badInput, type AppError } from '../common/errors';

/**
 * The syntax tree both CQL2 encodings (OGC 21-065r2: cql2-text and
 * cql2-json) parse into; cql2.sql.ts compiles it to parameterised SQL.
 * `at` says where a node came from, for error messages: "position 17" in
 * cql2-text (1-based character), a JSON path such as "args[1]" in cql2-json.
 */

/** A GeoJSON geometry (2D), as parsed from WKT or given in cql2-json. */
export interface GeometryValue {
  type: string;
  coordinates?: unknown;
  geometries?: GeometryValue[];
}

export type Expr =
  | { kind: 'property'; name: string; at: string }
  | { kind: 'string'; value: string; at: string }
  | { kind: 'number'; value: number; at: string }
  | { kind: 'boolean'; value: boolean; at: string }
  /** DATE('YYYY-MM-DD') */
  | { kind: 'date'; value: string; at: string }
  /** TIMESTAMP('…Z'), normalised to ISO 8601 UTC */
  | { kind: 'timestamp'; value: string; at: string }
  /** INTERVAL(start, end): each end an instant expression or null for '..' */
  | { kind: 'interval'; start: Expr | null; end: Expr | null; at: string }
  | { kind: 'geometry'; value: GeometryValue; at: string };

export const COMPARISON_OPS = ['=', '<>', '<', '<=', '>', '>='] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

/** Spatial functions: the eight of CQL2's spatial-functions class, plus S_DWITHIN (metres). */
export const SPATIAL_OPS = [
  's_intersects',
  's_equals',
  's_disjoint',
  's_touches',
  's_within',
  's_overlaps',
  's_crosses',
  's_contains',
] as const;
export type SpatialOp = (typeof SPATIAL_OPS)[number];

/** Temporal functions implemented (a subset of CQL2's temporal-functions class). */
export const TEMPORAL_OPS = ['t_intersects', 't_during', 't_before', 't_after', 't_equals', 't_disjoint'] as const;
export type TemporalOp = (typeof TEMPORAL_OPS)[number];

/** The operators of two operands: a comparison, or a spatial or temporal function (lower case). */
export type BinaryOp = ComparisonOp | SpatialOp | TemporalOp;

export function isComparisonOp(op: string): op is ComparisonOp {
  return (COMPARISON_OPS as readonly string[]).includes(op);
}

export function isSpatialOp(op: string): op is SpatialOp {
  return (SPATIAL_OPS as readonly string[]).includes(op);
}

export function isTemporalOp(op: string): op is TemporalOp {
  return (TEMPORAL_OPS as readonly string[]).includes(op);
}

export function isBinaryOp(op: string): op is BinaryOp {
  return isComparisonOp(op) || isSpatialOp(op) || isTemporalOp(op);
}

export type Predicate =
  | { kind: 'and' | 'or'; args: Predicate[]; at: string }
  | { kind: 'not'; arg: Predicate; at: string }
  | { kind: 'compare'; op: ComparisonOp; left: Expr; right: Expr; at: string }
  | { kind: 'like'; value: Expr; pattern: Expr; at: string }
  | { kind: 'between'; value: Expr; low: Expr; high: Expr; at: string }
  | { kind: 'in'; value: Expr; list: Expr[]; at: string }
  | { kind: 'isNull'; value: Expr; at: string }
  | { kind: 'spatial'; op: SpatialOp; left: Expr; right: Expr; at: string }
  | { kind: 'dwithin'; left: Expr; right: Expr; distance: Expr; at: string }
  | { kind: 'temporal'; op: TemporalOp; left: Expr; right: Expr; at: string }
  /** A boolean literal or a boolean property used as a predicate. */
  | { kind: 'booleanValue'; value: Expr; at: string };

/** Deepest nesting of predicates and expressions accepted (a real filter rarely passes 10). */
export const MAX_FILTER_DEPTH = 50;
/** Longest filter accepted, in characters. */
export const MAX_FILTER_LENGTH = 65_536;
/** Most geometry positions in all of a filter's literals. */
export const MAX_FILTER_POSITIONS = 10_000;

/** A 400 for the `filter` parameter that says where. */
export function filterError(at: string, problem: string): AppError {
  return badInput('filter', `${problem} (at ${at})`);
}

/** RFC 3339 date → 'YYYY-MM-DD', checked to be a real day. */
export function checkDate(text: string, at: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw filterError(at, `"${text.slice(0, 40)}" is not a date YYYY-MM-DD`);
  const parsed = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text)
    throw filterError(at, `"${text}" is not a valid date`);
  return text;
}

/** RFC 3339 date-time (with Z or an offset) → ISO 8601 UTC. */
export function checkTimestamp(text: string, at: string): string {
  if (!/^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(text))
    throw filterError(at, `"${text.slice(0, 40)}" is not an RFC 3339 timestamp such as 2020-03-01T10:00:00Z`);
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) throw filterError(at, `"${text.slice(0, 40)}" is not a valid timestamp`);
  checkDate(text.slice(0, 10), at);
  return parsed.toISOString();
}

/** The predicate of a two-operand operator, as both encodings write it: `a = b`, `S_WITHIN(a, b)`, `{"op": "=", …}`. */
export function binaryPredicate(op: BinaryOp, left: Expr, right: Expr, at: string): Predicate {
  if (isComparisonOp(op)) return { kind: 'compare', op, left, right, at };
  if (isSpatialOp(op)) return { kind: 'spatial', op, left, right, at };
  return { kind: 'temporal', op, left, right, at };
}

/** A DATE or TIMESTAMP literal, checked (`checkAt` says where its text is; `at`, the literal, defaults to it). */
export function instantLiteral(kind: 'date' | 'timestamp', text: string, checkAt: string, at = checkAt): Expr {
  return kind === 'date'
    ? { kind, value: checkDate(text, checkAt), at }
    : { kind, value: checkTimestamp(text, checkAt), at };
}

/** An interval end given as a bare string: a date (YYYY-MM-DD) or a timestamp; '..' (open) is the caller's. */
export function instantOfString(text: string, at: string): Expr {
  return instantLiteral(text.length === 10 ? 'date' : 'timestamp', text, at);
}

/** BBOX(minx, miny, maxx, maxy) as a polygon (coordinates in the filter's CRS). */
export function bboxPolygon(numbers: number[], at: string): GeometryValue {
  const [x1, y1, x2, y2] = numbers;
  if (x1 > x2 || y1 > y2) throw filterError(at, 'invalid BBOX: a minimum is greater than its maximum');
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x1, y1],
        [x2, y1],
        [x2, y2],
        [x1, y2],
        [x1, y1],
      ],
    ],
  };
}
