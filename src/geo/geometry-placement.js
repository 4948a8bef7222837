import { badInput } from '../common/errors';
import { checkWriteGeometryShape } from './geojson-input';
import { intersectionSql, SRID } from './spatial-sql';
/**
 * A point within this distance (degrees, ≈ 21 m) of a colonia belongs to it:
 * the catalogue leaves gaps of a few metres between colonias (as `locate`).
 */
export const COLONIA_SNAP_DEG = 0.0002;
/** Lines and polygon boundaries are probed every ≈ 100 m, so a stretch outside between two vertices is seen. */
export const PROBE_SPACING_DEG = 0.001;
/** The geometry as a PostGIS expression, from a GeoJSON text placeholder. */
export function geomFromGeoJsonSql(param) {
    return `ST_SetSRID(ST_GeomFromGeoJSON(${param}::text), ${SRID})`;
}
/**
 * Points that must lie inside an area for `geomExpr` to be inside it: the
 * vertices of a point or line, the boundary of a polygon, densified every
 * PROBE_SPACING_DEG (a set-returning expression of points).
 */
export function probePointsSql(geomExpr, spacingParam) {
    return `(ST_DumpPoints(ST_Segmentize(CASE WHEN ST_Dimension(${geomExpr}) = 2 THEN ST_Boundary(${geomExpr}) ELSE ${geomExpr} END, ${spacingParam}))).geom`;
}
/**
 * How much of a geometry lies in colonia `c`, bigger is better: area of the
 * intersection for polygons, length for lines, minus the distance for points.
 */
export function shareInColoniaSql(geomExpr) {
    return `CASE ST_Dimension(${geomExpr})
      WHEN 0 THEN -ST_Distance(c.geom, ${geomExpr})
      WHEN 1 THEN ST_Length(${intersectionSql('c.geom', geomExpr)})
      ELSE ST_Area(${intersectionSql('c.geom', geomExpr)}) END`;
}
async function requireValid(db, argument, text) {
    let rows;
    try {
        rows = await db.query(`SELECT ST_IsValid(g) AS valid, CASE WHEN ST_IsValid(g) THEN NULL ELSE ST_IsValidReason(g) END AS reason, ST_IsEmpty(g) AS empty
         FROM (SELECT ${geomFromGeoJsonSql('$1')} AS g) input`, [text]);
    }
    catch {
        throw badInput(argument, 'is not a valid GeoJSON geometry');
    }
    if (rows.length !== 1)
        throw new Error('geometry validity check returned no row');
    if (rows[0].empty)
        throw badInput(argument, 'is an empty geometry');
    if (!rows[0].valid)
        throw badInput(argument, `is not a valid geometry: ${rows[0].reason ?? 'invalid'}`);
}
/**
 * Validates a geometry for a write and places it: shape in JS, validity in
 * PostGIS, then (second statement) inside the alcaldía — every probe point
 * within COLONIA_SNAP_DEG of a colonia — and inside colonia `coloniaId` when
 * given, else the colonia holding most of it. Throws BAD_USER_INPUT naming
 * `argument` (or `coloniaArgument`).
 */
export async function placeGeometry(db, argument, input, allowed, colonia) {
    const { type, text } = checkWriteGeometryShape(argument, input, allowed);
    await requireValid(db, argument, text);
    const rows = await db.query(`WITH g AS (SELECT ${geomFromGeoJsonSql('$1')} AS geom),
     probe AS (SELECT ${probePointsSql('g.geom', '$2')} AS p FROM g),
     given AS (SELECT c.id, c.clave, c.geom FROM colonia c WHERE c.id = $4::int)
     SELECT (SELECT count(*) FROM probe)::int AS probes,
       (SELECT count(*) FROM probe WHERE NOT EXISTS (SELECT 1 FROM colonia c WHERE ST_DWithin(c.geom, probe.p, $3)))::int AS outside,
       EXISTS (SELECT 1 FROM given) AS given_exists,
       (SELECT clave FROM given) AS given_clave,
       (SELECT count(*) FROM probe, given WHERE NOT ST_DWithin(given.geom, probe.p, $3))::int AS outside_given,
       best.id AS colonia_id, best.territorial_id
     FROM g LEFT JOIN LATERAL (
       SELECT c.id, c.territorial_id FROM colonia c
        WHERE ST_DWithin(c.geom, g.geom, $3) AND ($4::int IS NULL OR c.id = $4::int)
        ORDER BY ${shareInColoniaSql('g.geom')} DESC, ST_Distance(c.geom, g.geom), c.area_km2, c.id
        LIMIT 1
     ) best ON true`, [text, PROBE_SPACING_DEG, COLONIA_SNAP_DEG, colonia?.id ?? null]);
    if (rows.length !== 1)
        throw new Error('geometry placement returned no row');
    const [row] = rows;
    if (colonia && !row.given_exists)
        throw badInput(colonia.argument, `${colonia.id} does not match any colonia`);
    if (row.outside > 0) {
        throw badInput(argument, `is outside the alcaldía: ${row.outside} of its ${row.probes} probe points are farther than ~20 m from every colonia of Iztapalapa`);
    }
    if (colonia) {
        if (row.outside_given > 0) {
            throw badInput(argument, `is not inside colonia ${row.given_clave} (${colonia.argument} ${colonia.id}): ${row.outside_given} of its ${row.probes} probe points lie outside it`);
        }
    }
    if (row.colonia_id === null || row.territorial_id === null)
        throw badInput(argument, 'is outside the alcaldía: no colonia within ~20 m');
    return { geojson: text, type, coloniaId: row.colonia_id, territorialId: row.territorial_id };
}
