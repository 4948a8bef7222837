import { pointSql } from './spatial-sql';

/**
 * The colonia at each point of two parallel float8[] parameters (lon, lat), in one
 * statement: the points are unnested WITH ORDINALITY and each is joined LATERAL to the
 * GiST-indexed colonias within `snapParam` degrees, keeping the most specific unit: one
 * that contains the point before one that only comes near it (a catalogue gap), then the
 * nearest, then the smallest (a unit nested in another wins over its container), then the
 * lowest id. Rows come in input order (`ord`, 1-based) with `colonia c` and `territorial t`
 * joined for `columns`; a point near no colonia has null columns.
 */
export function locatePointsSql(lonsParam: string, latsParam: string, snapParam: string, columns: string): string {
  const point = pointSql('p.lon', 'p.lat');
  return `SELECT p.ord, ${columns}
    FROM unnest(${lonsParam}::float8[], ${latsParam}::float8[]) WITH ORDINALITY AS p(lon, lat, ord)
    LEFT JOIN LATERAL (
      SELECT u.id FROM colonia u
       WHERE ST_DWithin(u.geom, ${point}, ${snapParam})
       ORDER BY ST_Intersects(u.geom, ${point}) DESC, ST_Distance(u.geom, ${point}), u.area_km2, u.id
       LIMIT 1
    ) hit ON true
    LEFT JOIN colonia c ON c.id = hit.id
    LEFT JOIN territorial t ON t.id = c.territorial_id
   ORDER BY p.ord`;
}
