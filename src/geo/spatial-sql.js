/**
 * The one place for spatial SQL fragments. Every module that needs PostGIS
 * builds its statements from these helpers, so that precision, SRID, RFC 7946
 * orientation and metric conversions are decided once.
 *
 * Helpers return SQL text for a column expression; values always travel as
 * bind parameters, never interpolated.
 */
/** WGS84 lon/lat, the SRID of every stored geometry. */
export const SRID = 4326;
/** Area in km², computed on the spheroid (geography), for a geometry column. */
export function areaKm2Sql(geomExpr) {
    return `(ST_Area((${geomExpr})::geography) / 1e6)`;
}
/**
 * RFC 7946 GeoJSON text for a geometry: lon/lat, no `crs` member (option 0),
 * exterior rings counter-clockwise. `precisionParam` is a bind placeholder or a literal.
 */
export function geoJsonSql(geomExpr, precisionParam) {
    return `ST_AsGeoJSON(ST_ForcePolygonCCW(${geomExpr}), ${precisionParam}, 0)`;
}
/** GeoJSON text of a geometry's centroid (ST_Centroid: may fall outside a concave polygon). */
export function centroidGeoJsonSql(geomExpr, precisionParam) {
    return `ST_AsGeoJSON(ST_Centroid(${geomExpr}), ${precisionParam}, 0)`;
}
/** [minLon, minLat, maxLon, maxLat] of a geometry as a float8[]. */
export function bboxArraySql(geomExpr) {
    return `ARRAY[ST_XMin(${geomExpr}), ST_YMin(${geomExpr}), ST_XMax(${geomExpr}), ST_YMax(${geomExpr})]::float8[]`;
}
/** A WGS84 point from two bind placeholders (lon, lat). */
export function pointSql(lonParam, latParam) {
    return `ST_SetSRID(ST_MakePoint(${lonParam}, ${latParam}), ${SRID})`;
}
/** A MultiPolygon in SRID 4326 from any polygonal geometry expression. */
export function multiPolygonSql(geomExpr) {
    return `ST_Multi(ST_CollectionExtract(ST_MakeValid(${geomExpr}), 3))`;
}
/**
 * Grid size (degrees, ≈ 0.01 mm) of every overlay: intersection, union.
 * Fixed-precision overlay (snap-rounding) is robust by construction. Floating
 * overlay recovers from robustness failures by catching GEOS exceptions, which
 * the embedded PostGIS (WASM) cannot do: such a statement there ends early and
 * silently, with missing rows and no error. Measured on Iztapalapa's colonias.
 */
export const OVERLAY_GRID_DEG = 1e-10;
/** ST_Intersection on the overlay grid. */
export function intersectionSql(geomA, geomB) {
    return `ST_Intersection(${geomA}, ${geomB}, ${OVERLAY_GRID_DEG})`;
}
/** The ST_Union aggregate on the overlay grid. */
export function unionAggregateSql(geomExpr) {
    return `ST_Union(${geomExpr}, ${OVERLAY_GRID_DEG})`;
}
/**
 * Metric CRS for distance-based simplification: UTM zone 14N (WGS84), whose
 * central meridian (-99°) runs through Iztapalapa.
 */
export const METRIC_SRID = 32614;
/**
 * A geometry simplified with a tolerance in metres, preserving each
 * geometry's topology (no ring collapses or self-intersections), computed in
 * METRIC_SRID and returned in lon/lat.
 */
export function simplifiedSql(geomExpr, metersParam) {
    return `ST_Transform(ST_SimplifyPreserveTopology(ST_Transform(${geomExpr}, ${METRIC_SRID}), ${metersParam}), ${SRID})`;
}
