import { badInput } from '../common/errors';
import { SRID } from './spatial-sql';
/**
 * GeoJSON given by a client (e.g. `intersects`, a mutation's geometry, an
 * imported feature): its shape is checked here — geometry types, nesting,
 * closed rings, WGS84 lon/lat ranges, size, `crs`, 3D — and then PostGIS
 * decides validity (ST_GeomFromGeoJSON + ST_IsValid), so a self-intersecting
 * polygon is refused with PostGIS's reason. Writes add placement checks
 * (inside the alcaldía, inside a colonia): see geometry-placement.ts.
 */
/** Positions accepted in one input geometry (the GraphQL body limit is 256 kB anyway). */
export const MAX_INPUT_POSITIONS = 50_000;
/** Positions (vertices) accepted in one geometry written to the database. */
export const MAX_WRITE_POSITIONS = 10_000;
/**
 * [minLon, minLat, maxLon, maxLat] around Iztapalapa (the colonia catalogue's
 * extent plus ≈ 2 km): only to explain a refusal (lat/lon swapped) and as the
 * alcaldía for an import into a database that has no colonias yet.
 */
export const IZTAPALAPA_EXTENT = [-99.16, 19.265, -98.94, 19.42];
/** `crs` members that name WGS84 lon/lat: accepted (and dropped); any other is refused. */
export const WGS84_CRS_NAMES = new Set([
    'urn:ogc:def:crs:OGC:1.3:CRS84',
    'urn:ogc:def:crs:OGC::CRS84',
    'urn:ogc:def:crs:EPSG::4326',
    'EPSG:4326',
    'CRS84',
]);
const FILTER_RULES = { maxPositions: MAX_INPUT_POSITIONS, rejectZ: false };
export const WRITE_RULES = { maxPositions: MAX_WRITE_POSITIONS, rejectZ: true };
function insideExtent(lon, lat) {
    const [minLon, minLat, maxLon, maxLat] = IZTAPALAPA_EXTENT;
    return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
}
function outOfRange(argument, lon, lat) {
    const shown = `[${lon}, ${lat}]`;
    if (insideExtent(lat, lon)) {
        return badInput(argument, `has coordinates that look like lat/lon swapped (${shown}): GeoJSON positions are [longitude, latitude]`);
    }
    if (Math.abs(lon) > 1000 || Math.abs(lat) > 1000) {
        return badInput(argument, `has coordinates outside lon/lat ranges (${shown}): projected coordinates (e.g. UTM) are not accepted, send WGS84 lon/lat`);
    }
    return lon < -180 || lon > 180
        ? badInput(argument, `has a longitude out of range -180..180 (${lon}): coordinates are WGS84 lon/lat`)
        : badInput(argument, `has a latitude out of range -90..90 (${lat}): coordinates are WGS84 lon/lat`);
}
function position(argument, value, counter) {
    if (!Array.isArray(value) || value.length < 2 || value.length > 3 || !value.every((n) => typeof n === 'number')) {
        throw badInput(argument, 'has a position that is not [lon, lat] numbers');
    }
    if (!value.every((n) => Number.isFinite(n)))
        throw badInput(argument, 'has a coordinate that is not a finite number (NaN or Infinity)');
    if (value.length === 3 && counter.rules.rejectZ) {
        throw badInput(argument, 'has 3D positions [lon, lat, z]: only 2D [lon, lat] positions are accepted (drop the z values)');
    }
    const [lon, lat] = value;
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
        throw outOfRange(argument, lon, lat);
    counter.positions += 1;
    if (counter.positions > counter.rules.maxPositions)
        throw badInput(argument, `has more than ${counter.rules.maxPositions} positions`);
}
function list(argument, value, what, min) {
    if (!Array.isArray(value))
        throw badInput(argument, `has ${what} coordinates that are not an array`);
    if (value.length < min)
        throw badInput(argument, `has ${what} with fewer than ${min} ${min === 1 ? 'member' : 'positions'}`);
    return value;
}
function lineString(argument, value, counter) {
    for (const p of list(argument, value, 'a LineString', 2))
        position(argument, p, counter);
}
function ring(argument, value, counter) {
    const positions = list(argument, value, 'a polygon ring', 4);
    for (const p of positions)
        position(argument, p, counter);
    const first = positions[0];
    const last = positions[positions.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1])
        throw badInput(argument, 'has a polygon ring that is not closed (first and last positions differ)');
}
function polygon(argument, value, counter) {
    for (const r of list(argument, value, 'a Polygon', 1))
        ring(argument, r, counter);
}
const CHECK_COORDINATES = {
    Point: position,
    MultiPoint: (argument, value, counter) => list(argument, value, 'a MultiPoint', 1).forEach((p) => position(argument, p, counter)),
    LineString: lineString,
    MultiLineString: (argument, value, counter) => list(argument, value, 'a MultiLineString', 1).forEach((l) => lineString(argument, l, counter)),
    Polygon: polygon,
    MultiPolygon: (argument, value, counter) => list(argument, value, 'a MultiPolygon', 1).forEach((p) => polygon(argument, p, counter)),
};
/** A `crs` member (GeoJSON 2008) naming anything but WGS84 lon/lat is refused. */
function checkCrs(argument, crs) {
    const name = crs?.properties?.name;
    if (typeof name === 'string' && WGS84_CRS_NAMES.has(name))
        return;
    const shown = typeof name === 'string' ? name.slice(0, 60) : JSON.stringify(crs)?.slice(0, 60);
    throw badInput(argument, `has a crs other than WGS84 (${shown}): coordinates must be WGS84 lon/lat (RFC 7946); reproject before sending`);
}
/** The geometry of a GeoJSON Geometry or Feature, shape-checked; throws BAD_USER_INPUT otherwise. */
export function checkGeoJsonGeometryShape(argument, input, counter = { positions: 0, rules: FILTER_RULES }) {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
        throw badInput(argument, 'must be a GeoJSON geometry object');
    let geometry = input;
    if (geometry.type === 'Feature') {
        if ('crs' in geometry)
            checkCrs(argument, geometry.crs);
        if (typeof geometry.geometry !== 'object' || geometry.geometry === null)
            throw badInput(argument, 'is a Feature without a geometry');
        geometry = geometry.geometry;
    }
    if ('crs' in geometry)
        checkCrs(argument, geometry.crs);
    const type = geometry.type;
    if (type === 'GeometryCollection') {
        if (!Array.isArray(geometry.geometries) || geometry.geometries.length === 0)
            throw badInput(argument, 'is a GeometryCollection without geometries');
        for (const member of geometry.geometries) {
            if (member?.type === 'GeometryCollection' ||
                member?.type === 'Feature') {
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
 * A geometry to be written: a Geometry or Feature of one of `allowed` types
 * (no GeometryCollection), 2D, at most MAX_WRITE_POSITIONS positions, WGS84.
 * Returns RFC 7946 GeoJSON text (type and coordinates only) for PostGIS.
 */
export function checkWriteGeometryShape(argument, input, allowed) {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
        throw badInput(argument, 'must be a GeoJSON geometry object');
    const inner = input.type === 'Feature'
        ? input.geometry
        : input;
    const type = inner?.type;
    if (typeof type === 'string' && Object.hasOwn(CHECK_COORDINATES, type) && !allowed.includes(type)) {
        throw badInput(argument, `must be a ${allowed.join(' or ')} (got a ${type})`);
    }
    if (type === 'GeometryCollection')
        throw badInput(argument, `must be a ${allowed.join(' or ')} (got a GeometryCollection)`);
    const geometry = checkGeoJsonGeometryShape(argument, input, { positions: 0, rules: WRITE_RULES });
    return { type: geometry.type, text: JSON.stringify(geometry) };
}
/**
 * Validates a client geometry: shape here, validity in PostGIS (one
 * statement). Returns GeoJSON text ready for `ST_GeomFromGeoJSON`.
 */
export async function validateGeoJsonGeometry(dataSource, argument, input) {
    const text = JSON.stringify(checkGeoJsonGeometryShape(argument, input));
    let rows;
    try {
        rows = await dataSource.query(`SELECT ST_IsValid(g) AS valid, CASE WHEN ST_IsValid(g) THEN NULL ELSE ST_IsValidReason(g) END AS reason, ST_IsEmpty(g) AS empty
         FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), ${SRID}) AS g) input`, [text]);
    }
    catch {
        // ST_GeomFromGeoJSON refuses what the shape check let through (rare): the input is at fault.
        throw badInput(argument, 'is not a valid GeoJSON geometry');
    }
    const [row] = rows;
    if (row.empty)
        throw badInput(argument, 'is an empty geometry');
    if (!row.valid)
        throw badInput(argument, `is not a valid geometry: ${row.reason ?? 'invalid'}`);
    return text;
}
