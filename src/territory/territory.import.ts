import type { QueryRunner } from 'typeorm';
import { OVERLAY_GRID_DEG, areaKm2Sql, intersectionSql, multiPolygonSql, unionAggregateSql } from '../geo/spatial-sql';
import type { ImportHook, ImportRun, PlacedTable } from '../import/importer';
import type { ImportReport } from '../import/import-report';
import { moveProgramRowsSql } from '../import/import.sql';
import { refreshColoniaNesting, refreshTerritorialPoblacion } from '../placement/territory-nesting';
import { changesJsonSql } from '../write/audit-trail';

/**
 * What the territory module adds to an import of its colonias layer (src/import runs it in the
 * import's transaction, over the staging table `import_feature`): each colonia's territorial
 * before the upsert; after it, the territoriales rebuilt when a territorial field was given, and
 * the nesting and territorial populations, which follow the colonias.
 */
export const coloniasImportHook: ImportHook = {
  layer: 'colonias',
  options: ['territorialField', 'iecm'],
  beforeUpsert: (db, run) => assignTerritoriales(db, run.fields.territorialField),
  async afterUpsert(db, run) {
    const territoriales = run.fields.territorialField ? await rebuildTerritoriales(db, run) : undefined;
    // Nesting and territorial populations follow the colonias (derived: not audited, no version change).
    await refreshColoniaNesting(db);
    await refreshTerritorialPoblacion(db);
    return territoriales;
  },
};

/** As the demo seed: a territorial is the union of its colonias grown by 3 overlay grid cells, so it covers them. */
const TERRITORIAL_COVERING_MARGIN_DEG = 3 * OVERLAY_GRID_DEG;

/**
 * A colonia's territorial: from the territorial field (a territorial's clave
 * or name) when given; else an existing colonia keeps its own and a new one
 * joins the territorial it overlaps most.
 */
async function assignTerritoriales(db: QueryRunner, territorialField: string | undefined): Promise<void> {
  await db.query(
    'UPDATE import_feature f SET prev_territorial_id = c.territorial_id FROM colonia c WHERE c.clave = f.clave',
  );
  if (territorialField) {
    await db.query(
      `UPDATE import_feature f SET territorial_id = (
          SELECT t.id FROM territorial t WHERE t.clave = f.territorial_ref OR upper(t.nombre) = upper(f.territorial_ref)
           ORDER BY (t.clave = f.territorial_ref) DESC, t.id LIMIT 1)
        WHERE f.territorial_ref IS NOT NULL`,
    );
    await db.query(
      `UPDATE import_feature SET reasons = reasons || format('territorial %s (field %s) does not match any territorial by clave or name', quote_literal(territorial_ref), $1::text)
        WHERE territorial_ref IS NOT NULL AND territorial_id IS NULL AND cardinality(reasons) = 0`,
      [territorialField],
    );
    return;
  }
  await db.query(
    `UPDATE import_feature f SET territorial_id = COALESCE(f.prev_territorial_id, (
        SELECT t.id FROM territorial t WHERE t.geom && f.geom AND ST_Intersects(t.geom, f.geom)
         ORDER BY ST_Area(${intersectionSql('t.geom', 'f.geom')}) DESC, t.id LIMIT 1))
      WHERE cardinality(f.reasons) = 0`,
  );
  await db.query(
    `UPDATE import_feature SET reasons = reasons || 'no territorial overlaps it: import territoriales first or give --territorial-field'::text
      WHERE cardinality(reasons) = 0 AND territorial_id IS NULL`,
  );
}

/**
 * After a colonias import with a territorial field: program rows follow their
 * colonia to its territorial, and every territorial the file names (now or
 * before) is rebuilt as the union of its colonias, audited when it changed.
 */
async function rebuildTerritoriales(
  db: QueryRunner,
  run: ImportRun,
): Promise<NonNullable<ImportReport['territoriales']>> {
  return rebuildTerritorialesOf(
    db,
    run.actor,
    run.placedTables,
    'SELECT target_id FROM import_feature WHERE outcome IS NOT NULL',
    `SELECT territorial_id FROM import_feature WHERE cardinality(reasons) = 0
      UNION SELECT prev_territorial_id FROM import_feature WHERE cardinality(reasons) = 0`,
  );
}

/**
 * Program rows of the colonias `writtenColoniasSql` selects follow their
 * colonia to its territorial, and the territoriales `affectedSql` selects
 * (ids; constant SQL over the caller's staging table) are rebuilt as the union
 * of their colonias, audited when they changed. Shared with the territorial
 * assignment import; `placedTables`: every module's (the importer's).
 */
export async function rebuildTerritorialesOf(
  db: QueryRunner,
  actor: string,
  placedTables: readonly PlacedTable[],
  writtenColoniasSql: string,
  affectedSql: string,
): Promise<NonNullable<ImportReport['territoriales']>> {
  let programRowsMoved = 0;
  for (const { table, entity } of placedTables) {
    const [{ n }]: { n: number }[] = await db.query(moveProgramRowsSql(table, entity, writtenColoniasSql), [actor]);
    programRowsMoved += n;
  }
  const [result]: {
    expected: number;
    rebuilt: number;
    changed: string[] | null;
    same: string[] | null;
    empty: string[] | null;
  }[] = await db.query(
    `WITH affected AS (
       SELECT DISTINCT id FROM (${affectedSql}) x(id) WHERE id IS NOT NULL
     ), rebuilt AS (
       SELECT c.territorial_id AS id, ${multiPolygonSql(`ST_Buffer(${unionAggregateSql('c.geom')}, $2, 'join=mitre')`)} AS geom
         FROM colonia c WHERE c.territorial_id IN (SELECT id FROM affected) GROUP BY c.territorial_id
     ), before AS (
       SELECT t.id, t.area_km2 AS "areaKm2", ST_AsGeoJSON(t.geom, 9, 0)::jsonb AS geometry FROM territorial t WHERE t.id IN (SELECT id FROM rebuilt)
     ), up AS (
       UPDATE territorial r SET geom = rb.geom, area_km2 = ${areaKm2Sql('rb.geom')}, version = r.version + 1
         FROM rebuilt rb WHERE r.id = rb.id AND NOT ST_OrderingEquals(r.geom, rb.geom)
       RETURNING r.id, r.clave, r.area_km2 AS "areaKm2", ST_AsGeoJSON(r.geom, 9, 0)::jsonb AS geometry
     ), audit AS (
       INSERT INTO audit_log (actor, operation, entity, entity_id, changes)
       SELECT $1, 'IMPORT', 'territorial', up.id, ${changesJsonSql(['areaKm2', 'geometry'], 'b', 'up')} FROM up JOIN before b ON b.id = up.id
     )
     SELECT (SELECT count(DISTINCT c.territorial_id) FROM colonia c WHERE c.territorial_id IN (SELECT id FROM affected))::int AS expected,
            (SELECT count(*) FROM rebuilt)::int AS rebuilt,
            (SELECT array_agg(clave ORDER BY clave) FROM up) AS changed,
            (SELECT array_agg(t.clave ORDER BY t.clave) FROM territorial t WHERE t.id IN (SELECT id FROM rebuilt) AND t.id NOT IN (SELECT id FROM up)) AS same,
            (SELECT array_agg(t.clave ORDER BY t.clave) FROM territorial t WHERE t.id IN (SELECT id FROM affected) AND t.id NOT IN (SELECT id FROM rebuilt)) AS empty`,
    [actor, TERRITORIAL_COVERING_MARGIN_DEG],
  );
  // A union that failed silently (embedded PostGIS) would drop a territorial here.
  if (result.rebuilt !== result.expected)
    throw new Error(`territorial rebuild produced ${result.rebuilt} of ${result.expected} polygons`);
  return {
    rebuilt: result.changed ?? [],
    unchanged: result.same ?? [],
    withoutColonias: result.empty ?? [],
    programRowsMoved,
  };
}
