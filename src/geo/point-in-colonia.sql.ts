import { pointSql } from './spatial-sql';

/**
 * The most specific colonia (the smallest) covering the WGS84 point of two
 * SQL expressions (lon, lat), as a scalar subquery giving its id; NULL when
 * the point lies in no colonia (outside the alcaldía). Used set-based by the
 * tabular intake.
 */
export function coloniaAtPointSql(lonSql: string, latSql: string): string {
  return `(SELECT c.id FROM colonia c WHERE ST_Covers(c.geom, ${pointSql(lonSql, latSql)}) ORDER BY c.area_km2, c.id LIMIT 1)`;
}

/** A WGS84 point column value from two SQL expressions (NULL when either is NULL). */
export function pointValueSql(lonSql: string, latSql: string): string {
  return pointSql(lonSql, latSql);
}
