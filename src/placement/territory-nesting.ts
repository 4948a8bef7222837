import { intersectionSql } from '../geo/spatial-sql';

/**
 * Units that lie inside another. The IECM catalogue's neighbours overlap by
 * slivers (under 300 m², well under 1 % of the smaller), but three unidades
 * habitacionales lie wholly inside Barrio San Miguel: a unit with at least
 * NESTED_MIN_SHARE of its area inside a larger one is nested in it (in the
 * smallest such unit). Shared by the demo seed and the colonias import.
 */
export const NESTED_MIN_SHARE = 0.99;

/** The statement runner of the caller's transaction. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

export interface OverlapPair {
  /** Keys of the two polygons (a < b). */
  a: string;
  b: string;
  /** Areas in m² on the spheroid: each polygon and their intersection. */
  aM2: number;
  bM2: number;
  sharedM2: number;
}

export interface Nesting {
  inner: string;
  outer: string;
  innerM2: number;
  /** Share of the inner unit's area inside the outer one (0–1). */
  share: number;
}

/**
 * Every pair of intersecting polygons of `table` (columns `keyColumn`, `geom`;
 * a trusted identifier, not user input) with the area of their intersection.
 * The intersections run on the overlay grid, and the pair count is checked
 * against a count without overlay: on the embedded PostGIS a failed overlay
 * ends a statement early without an error, which must not hide a pair.
 */
export async function overlappingPairs(db: SqlRunner, table: string, keyColumn: string): Promise<OverlapPair[]> {
  const join = `FROM ${table} a JOIN ${table} b ON a.${keyColumn}::text < b.${keyColumn}::text
      AND a.geom && b.geom AND ST_Intersects(a.geom, b.geom)`;
  const rows: { a: string; b: string; a_m2: number; b_m2: number; shared_m2: number }[] = await db.query(
    `SELECT a.${keyColumn}::text AS a, b.${keyColumn}::text AS b, ST_Area(a.geom::geography) AS a_m2,
            ST_Area(b.geom::geography) AS b_m2, ST_Area((${intersectionSql('a.geom', 'b.geom')})::geography) AS shared_m2 ${join}`,
  );
  const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n ${join}`);
  if (rows.length !== n) throw new Error(`overlap measurement returned ${rows.length} of ${n} intersecting pairs`);
  return rows.map((r) => ({ a: r.a, b: r.b, aM2: r.a_m2, bM2: r.b_m2, sharedM2: r.shared_m2 }));
}

/** Which unit lies inside which: each nested unit with the smallest unit that holds it (ties by key). */
export function nestingOf(pairs: readonly OverlapPair[]): Nesting[] {
  const best = new Map<string, Nesting & { outerM2: number }>();
  for (const p of pairs) {
    for (const [inner, innerM2, outer, outerM2] of [
      [p.a, p.aM2, p.b, p.bM2],
      [p.b, p.bM2, p.a, p.aM2],
    ] as const) {
      if (!(outerM2 > innerM2) || innerM2 <= 0) continue;
      const share = p.sharedM2 / innerM2;
      if (share < NESTED_MIN_SHARE) continue;
      const current = best.get(inner);
      if (!current || outerM2 < current.outerM2 || (outerM2 === current.outerM2 && outer < current.outer))
        best.set(inner, { inner, outer, innerM2, share, outerM2 });
    }
  }
  return [...best.values()]
    .map(({ inner, outer, innerM2, share }) => ({ inner, outer, innerM2, share }))
    .sort((x, y) => (x.inner < y.inner ? -1 : x.inner > y.inner ? 1 : 0));
}

/**
 * Recomputes colonia.contained_in_id over the whole colonia table, changing
 * only rows whose container differs. Returns the nesting by clave.
 */
export async function refreshColoniaNesting(db: SqlRunner): Promise<Nesting[]> {
  const nesting = nestingOf(await overlappingPairs(db, 'colonia', 'clave'));
  await db.query(
    `UPDATE colonia c SET contained_in_id = o.id
       FROM colonia c2 LEFT JOIN unnest($1::text[], $2::text[]) AS n(inner_clave, outer_clave) ON n.inner_clave = c2.clave
       LEFT JOIN colonia o ON o.clave = n.outer_clave
      WHERE c.id = c2.id AND c.contained_in_id IS DISTINCT FROM o.id`,
    [nesting.map((n) => n.inner), nesting.map((n) => n.outer)],
  );
  return nesting;
}

/**
 * Each territorial's population: the sum over its colonias, each unit once
 * (unknown figures count 0). Only rows that differ change.
 */
export async function refreshTerritorialPoblacion(db: SqlRunner): Promise<void> {
  await db.query(
    `UPDATE territorial t SET poblacion = s.total
       FROM (SELECT t2.id, COALESCE(sum(c.poblacion), 0)::int AS total
               FROM territorial t2 LEFT JOIN colonia c ON c.territorial_id = t2.id GROUP BY t2.id) s
      WHERE s.id = t.id AND t.poblacion <> s.total`,
  );
}
