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

/** Decimal places of GeoJSON coordinates a caller may ask for (0 to this; ST_AsGeoJSON's useful range). */
export const MAX_PRECISION = 15;

/** Area in km², computed on the spheroid (geography), for a geometry column. */
export function areaKm2Sql(geomExpr: string): string {
  return `(ST_Area((${geomExpr})::geography) / 1e6)`;
}

/**
 * RFC 7946 GeoJSON text for a geometry: lon/lat, no `crs` member (option 0),
 * exterior rings counter-clockwise. `precisionParam` is a bind placeholder or a literal.
 */
export function geoJsonSql(geomExpr: string, precisionParam: string): string {
  return `ST_AsGeoJSON(ST_ForcePolygonCCW(${geomExpr}), ${precisionParam}, 0)`;
}

/** GeoJSON text of a geometry's centroid (ST_Centroid: may fall outside a concave polygon). */
export function centroidGeoJsonSql(geomExpr: string, precisionParam: string): string {
  return `ST_AsGeoJSON(ST_Centroid(${geomExpr}), ${precisionParam}, 0)`;
}

/** [minLon, minLat, maxLon, maxLat] of a geometry as a float8[]. */
export function bboxArraySql(geomExpr: string): string {
  return `ARRAY[ST_XMin(${geomExpr}), ST_YMin(${geomExpr}), ST_XMax(${geomExpr}), ST_YMax(${geomExpr})]::float8[]`;
}

/** A WGS84 point from two bind placeholders (lon, lat). */
export function pointSql(lonParam: string, latParam: string): string {
  return `ST_SetSRID(ST_MakePoint(${lonParam}, ${latParam}), ${SRID})`;
}

/** A MultiPolygon in SRID 4326 from any polygonal geometry expression. */
export function multiPolygonSql(geomExpr: string): string {
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
export function intersectionSql(geomA: string, geomB: string): string {
  return `ST_Intersection(${geomA}, ${geomB}, ${OVERLAY_GRID_DEG})`;
}

/** The ST_Union aggregate on the overlay grid. */
export function unionAggregateSql(geomExpr: string): string {
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
export function simplifiedSql(geomExpr: string, metersParam: string): string {
  return `ST_Transform(ST_SimplifyPreserveTopology(ST_Transform(${geomExpr}, ${METRIC_SRID}), ${metersParam}), ${SRID})`;
}

/** ST_Difference on the overlay grid. */
export function differenceSql(geomA: string, geomB: string): string {
  return `ST_Difference(${geomA}, ${geomB}, ${OVERLAY_GRID_DEG})`;
}

/**
 * The part of colonia `alias` outside the units nested in it (colonia.contained_in_id):
 * where a point of that colonia and not of a more specific unit may lie. The
 * colonia's own polygon when nothing is nested in it.
 */
export function ownColoniaGeomSql(alias: string): string {
  return `(SELECT COALESCE(${differenceSql(`${alias}.geom`, unionAggregateSql('n.geom'))}, ${alias}.geom)
             FROM colonia n WHERE n.contained_in_id = ${alias}.id)`;
}
