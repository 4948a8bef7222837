import { COLONIA_SNAP_DEG } from './geometry-placement';
import { pointSql } from './spatial-sql';

/**
 * Spatial SQL for rows that carry a WGS84 point and are placed in the colonia
 * located from it (field activities sent by offline apps).
 */

/**
 * The id of the most specific colonia holding a point, as a scalar subquery: the smallest unit
 * that contains it (a point in a unidad habitacional nested in a barrio gets the unidad, see
 * src/territory/territory-nesting.ts); a point in a catalogue gap within COLONIA_SNAP_DEG snaps
 * to the nearest unit; NULL outside the alcaldía. The order is `locate`'s.
 */
export function mostSpecificColoniaIdSql(lonExpr: string, latExpr: string): string {
  const point = pointSql(lonExpr, latExpr);
  return `(SELECT c.id FROM colonia c WHERE ST_DWithin(c.geom, ${point}, ${COLONIA_SNAP_DEG})
      ORDER BY ST_Intersects(c.geom, ${point}) DESC, ST_Distance(c.geom, ${point}), c.area_km2, c.id LIMIT 1)`;
}

/** A stored point column from lon/lat expressions: NULL when lon is NULL. */
export function optionalPointSql(lonExpr: string, latExpr: string): string {
  return `CASE WHEN ${lonExpr} IS NULL THEN NULL ELSE ${pointSql(lonExpr, latExpr)} END`;
}

/** `<lon>, <lat>` (float8, NULL for no point) of a point column, for select lists: `… AS lon, … AS lat`. */
export function pointLonSql(geomExpr: string): string {
  return `ST_X(${geomExpr})::float8`;
}
export function pointLatSql(geomExpr: string): string {
  return `ST_Y(${geomExpr})::float8`;
}
