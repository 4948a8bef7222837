import type { DataSource } from 'typeorm';
import { badInput } from '../common/errors';
import { SRID } from './spatial-sql';

/**
 * GeoJSON given by a client (e.g. `intersects`): its shape is checked here —
 * geometry types, nesting, closed rings, WGS84 lon/lat ranges, size — and
 * then PostGIS decides validity (ST_GeomFromGeoJSON + ST_IsValid), so a
 * self-intersecting polygon is refused with PostGIS's reason.
 */

/** Positions accepted in one input geometry (the GraphQL body limit is 256 kB anyway). */
export const MAX_INPUT_POSITIONS = 50_000;

interface Counter {
  positions: number;
}

function position(argument: string, value: unknown, counter: Counter): void {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw badInput(argument, 'has a position that is not [lon, lat] numbers');
  }
  const [lon, lat] = value as number[];
  if (lon < -180 || lon > 180) throw badInput(argument, `has a longitude out of range -180..180 (${lon}): coordinates are WGS84 lon/lat`);
  if (lat < -90 || lat > 90) throw badInput(argument, `has a latitude out of range -90..90 (${lat}): coordinates are WGS84 lon/lat`);
  counter.positions += 1;
  if (counter.positions > MAX_INPUT_POSITIONS) throw badInput(argument, `has more than ${MAX_INPUT_POSITIONS} positions`);
}

function list(argument: string, value: unknown, what: string, min: number): unknown[] {
  if (!Array.isArray(value)) throw badInput(argument, `has ${what} coordinates that are not an array`);
  if (value.length < min) throw badInput(argument, `has ${what} with fewer than ${min} ${min === 1 ? 'member' : 'positions'}`);
  return value;
}

function lineString(argument: string, value: unknown, counter: Counter): void {
  for (const p of list(argument, value, 'a LineString', 2)) position(argument, p, counter);
}

function ring(argument: string, value: unknown, counter: Counter): void {
  const positions = list(argument, value, 'a polygon ring', 4);
  for (const p of positions) position(argument, p, counter);
  const first = positions[0] as number[];
  const last = positions[positions.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) throw badInput(argument, 'has a polygon ring that is not closed (first and last positions differ)');
}

function polygon(argument: string, value: unknown, counter: Counter): void {
  for (const r of list(argument, value, 'a Polygon', 1)) ring(argument, r, counter);
}

const CHECK_COORDINATES: Record<string, (argument: string, value: unknown, counter: Counter) => void> = {
  Point: position,
  MultiPoint: (argument, value, counter) => list(argument, value, 'a MultiPoint', 1).forEach((p) => position(argument, p, counter)),
  LineString: lineString,
  MultiLineString: (argument, value, counter) => list(argument, value, 'a MultiLineString', 1).forEach((l) => lineString(argument, l, counter)),
  Polygon: polygon,
  MultiPolygon: (argument, value, counter) => list(argument, value, 'a MultiPolygon', 1).forEach((p) => polygon(argument, p, counter)),
};

/** The geometry of a GeoJSON Geometry or Feature, shape-checked; throws BAD_USER_INPUT otherwise. */
export function checkGeoJsonGeometryShape(argument: string, input: unknown, counter: Counter = { positions: 0 }): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badInput(argument, 'must be a GeoJSON geometry object');
  let geometry = input as Record<string, unknown>;
  if (geometry.type === 'Feature') {
    if (typeof geometry.geometry !== 'object' || geometry.geometry === null) throw badInput(argument, 'is a Feature without a geometry');
    geometry = geometry.geometry as Record<string, unknown>;
  }
  if ('crs' in geometry) throw badInput(argument, 'must not have a crs member: coordinates are WGS84 lon/lat (RFC 7946)');
  const type = geometry.type;
  if (type === 'GeometryCollection') {
    if (!Array.isArray(geometry.geometries) || geometry.geometries.length === 0) throw badInput(argument, 'is a GeometryCollection without geometries');
    for (const member of geometry.geometries) {
      if ((member as { type?: unknown })?.type === 'GeometryCollection' || (member as { type?: unknown })?.type === 'Feature') {
        throw badInput(argument, 'has a GeometryCollection member that is not a simple geometry');
      }
      checkGeoJsonGeometryShape(argument, member, counter);
    }
    return { type, geometries: geometry.geometries };
  }
  if (typeof type !== 'string' || !Object.hasOwn(CHECK_COORDINATES, type)) {
    throw badInput(argument, `must be a GeoJSON geometry (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection) or a Feature; got type ${JSON.stringify(type)?.slice(0, 40)}`);
  }
  CHECK_COORDINATES[type](argument, geometry.coordinates, counter);
  return { type, coordinates: geometry.coordinates };
}

/**
 * Validates a client geometry: shape here, validity in PostGIS (one
 * statement). Returns GeoJSON text ready for `ST_GeomFromGeoJSON`.
 */
export async function validateGeoJsonGeometry(dataSource: DataSource, argument: string, input: unknown): Promise<string> {
  const text = JSON.stringify(checkGeoJsonGeometryShape(argument, input));
  let rows: { valid: boolean; reason: string | null; empty: boolean }[];
  try {
    rows = await dataSource.query(
      `SELECT ST_IsValid(g) AS valid, CASE WHEN ST_IsValid(g) THEN NULL ELSE ST_IsValidReason(g) END AS reason, ST_IsEmpty(g) AS empty
         FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), ${SRID}) AS g) input`,
      [text],
    );
  } catch {
    // ST_GeomFromGeoJSON refuses what the shape check let through (rare): the input is at fault.
    throw badInput(argument, 'is not a valid GeoJSON geometry');
  }
  const [row] = rows;
  if (row.empty) throw badInput(argument, 'is an empty geometry');
  if (!row.valid) throw badInput(argument, `is not a valid geometry: ${row.reason ?? 'invalid'}`);
  return text;
}
