import {
  bboxPolygon,
  binaryPredicate,
  filterError,
  instantLiteral,
  instantOfString,
  isBinaryOp,
  MAX_FILTER_DEPTH,
  type Expr,
  type GeometryValue,
  type Predicate,
} from './cql2.ast';

/**
 * CQL2 JSON (OGC 21-065r2, the cql2-json encoding) into the same tree as
 * cql2-text: `{"op": "and", "args": [...]}`, `{"property": "nombre"}`,
 * `{"date": "…"}`, `{"timestamp": "…"}`, `{"interval": [a, b]}`, GeoJSON
 * geometries and `{"bbox": [...]}`. Errors name the JSON path.
 */

const GEOMETRY_TYPES = new Set([
  'Point',
  'LineString',
  'Polygon',
  'MultiPoint',
  'MultiLineString',
  'MultiPolygon',
  'GeometryCollection',
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkDepth(value: unknown, depth: number, path: string): void {
  if (depth > MAX_FILTER_DEPTH * 2) throw filterError(path, `nested deeper than ${MAX_FILTER_DEPTH} levels`);
  if (Array.isArray(value)) value.forEach((v, i) => checkDepth(v, depth + 1, `${path}[${i}]`));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) checkDepth(v, depth + 1, `${path}.${k}`);
}

function args(node: Record<string, unknown>, path: string, count: number | [number, number]): unknown[] {
  const list = node.args;
  if (!Array.isArray(list)) throw filterError(path, `"${String(node.op)}" needs an "args" array`);
  const [min, max] = typeof count === 'number' ? [count, count] : count;
  if (list.length < min || list.length > max)
    throw filterError(
      path,
      `"${String(node.op)}" takes ${min === max ? min : `${min} to ${max}`} arguments (got ${list.length})`,
    );
  return list;
}

function predicate(node: unknown, path: string): Predicate {
  if (typeof node === 'boolean')
    return { kind: 'booleanValue', value: { kind: 'boolean', value: node, at: path }, at: path };
  if (!isObject(node) || typeof node.op !== 'string') {
    if (isObject(node) && 'property' in node) return { kind: 'booleanValue', value: expression(node, path), at: path };
    throw filterError(path, 'expected a predicate {"op": …, "args": […]} or a boolean');
  }
  const op = node.op.toLowerCase();
  const at = path;
  const arg = (i: number) => `${path}.args[${i}]`;
  const operands = (count: number) => args(node, path, count).map((a, i) => expression(a, arg(i)));
  if (op === 'and' || op === 'or') {
    const list = args(node, path, [2, 1000]);
    return { kind: op, args: list.map((a, i) => predicate(a, arg(i))), at };
  }
  if (op === 'not') return { kind: 'not', arg: predicate(args(node, path, 1)[0], arg(0)), at };
  if (isBinaryOp(op)) {
    const [left, right] = operands(2);
    return binaryPredicate(op, left, right, at);
  }
  if (op === 'like') {
    const [value, pattern] = operands(2);
    return { kind: 'like', value, pattern, at };
  }
  if (op === 'between') {
    const [value, low, high] = operands(3);
    return { kind: 'between', value, low, high, at };
  }
  if (op === 'in') {
    const [v, list] = args(node, path, 2);
    if (!Array.isArray(list) || list.length === 0) throw filterError(arg(1), '"in" needs a non-empty array of values');
    return { kind: 'in', value: expression(v, arg(0)), list: list.map((x, i) => expression(x, `${arg(1)}[${i}]`)), at };
  }
  if (op === 'isnull') return { kind: 'isNull', value: operands(1)[0], at };
  if (op === 's_dwithin') {
    const [left, right, distance] = operands(3);
    return { kind: 'dwithin', left, right, distance, at };
  }
  throw filterError(path, `unsupported operator "${node.op.slice(0, 40)}"`);
}

function instant(value: unknown, path: string): Expr | null {
  if (value === '..') return null;
  if (typeof value === 'string') return instantOfString(value, path);
  return expression(value, path);
}

function expression(node: unknown, path: string): Expr {
  if (typeof node === 'string') return { kind: 'string', value: node, at: path };
  if (typeof node === 'number') {
    if (!Number.isFinite(node)) throw filterError(path, 'the number is out of range');
    return { kind: 'number', value: node, at: path };
  }
  if (typeof node === 'boolean') return { kind: 'boolean', value: node, at: path };
  if (!isObject(node)) throw filterError(path, 'expected a property, a literal or a geometry');
  if ('property' in node) {
    if (typeof node.property !== 'string' || node.property === '')
      throw filterError(path, '"property" must be a non-empty string');
    return { kind: 'property', name: node.property, at: path };
  }
  if ('date' in node) {
    if (typeof node.date !== 'string') throw filterError(path, '"date" must be a string');
    return instantLiteral('date', node.date, path);
  }
  if ('timestamp' in node) {
    if (typeof node.timestamp !== 'string') throw filterError(path, '"timestamp" must be a string');
    return instantLiteral('timestamp', node.timestamp, path);
  }
  if ('interval' in node) {
    const ends = node.interval;
    if (!Array.isArray(ends) || ends.length !== 2) throw filterError(path, '"interval" must be [start, end]');
    return {
      kind: 'interval',
      start: instant(ends[0], `${path}.interval[0]`),
      end: instant(ends[1], `${path}.interval[1]`),
      at: path,
    };
  }
  if ('bbox' in node) {
    const box = node.bbox;
    if (!Array.isArray(box) || box.length !== 4 || !box.every((n) => typeof n === 'number' && Number.isFinite(n)))
      throw filterError(path, '"bbox" must be 4 numbers [minx, miny, maxx, maxy]');
    return { kind: 'geometry', value: bboxPolygon(box as number[], path), at: path };
  }
  if (isGeometryNode(node)) return { kind: 'geometry', value: node, at: path };
  if ('op' in node) throw filterError(path, 'a predicate cannot be used as a value (functions are not supported)');
  throw filterError(path, 'expected a property, a literal or a geometry');
}

/** A GeoJSON geometry object as a value (its coordinates are checked when it becomes SQL). */
function isGeometryNode(node: object): node is GeometryValue {
  const type: unknown = (node as { type?: unknown }).type;
  return typeof type === 'string' && GEOMETRY_TYPES.has(type);
}

/** Parses a cql2-json filter (text of the `filter` parameter). */
export function parseCql2Json(source: string): Predicate {
  let document: unknown;
  try {
    document = JSON.parse(source);
  } catch (error) {
    const match = /position (\d+)/.exec((error as Error).message);
    throw filterError(
      match ? `position ${Number(match[1]) + 1}` : 'the filter',
      'syntax error: the filter is not valid JSON',
    );
  }
  checkDepth(document, 0, 'filter');
  return predicate(document, 'filter');
}
