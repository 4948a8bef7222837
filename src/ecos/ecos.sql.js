import { pointSql } from '../geo/spatial-sql';
/**
 * The `$3` ECOS schools nearest to the point ($1 lon, $2 lat), nearest first,
 * with their distance in metres on the spheroid. Planar KNN (`<->` on the GiST
 * index) finds the $3 nearest in degrees; since a degree of longitude is
 * shorter than one of latitude by cos(latitude), the metric nearest lie within
 * that planar radius divided by cos(latitude): an index-assisted ST_DWithin
 * gathers them all, and the final order is by metres (ties by id).
 */
export const NEAREST_ECOS_SQL = `
  WITH pt AS (SELECT ${pointSql('$1', '$2')} AS geom),
  knn AS (
    SELECT e.location <-> pt.geom AS d FROM ecos_school e, pt ORDER BY e.location <-> pt.geom LIMIT $3
  ),
  radius AS (
    SELECT max(d) / cos(radians(LEAST(89.0, abs($2::float8) + max(d)))) * 1.01 + 1e-9 AS r FROM knn
  )
  SELECT e.id, e.clave, e.nombre, e.colonia_id AS "coloniaId", e.territorial_id AS "territorialId",
         e.program_year AS "programYear", e.sessions, e.participants, e.version,
         ST_Distance(e.location::geography, pt.geom::geography) AS "distanceMeters"
    FROM ecos_school e, pt, radius
   WHERE ST_DWithin(e.location, pt.geom, radius.r)
   ORDER BY "distanceMeters", e.id
   LIMIT $3`;
