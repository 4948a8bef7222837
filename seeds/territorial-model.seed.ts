/**
 * The demo territorial model: Iztapalapa's 293 colonias (the IECM catalogue of
 * unidades territoriales, `seeds/data/iztapalapa-colonias-iecm.geojson`, with
 * their claves, names, kinds, local districts and populations) and 13
 * territoriales grown from them (credits and method in `seeds/data/SOURCE.md`).
 * The units are real; the division into territoriales is illustrative: no
 * public source assigns the units to the direcciones territoriales, so users
 * with the official assignment load it with the territorial-assignment import.
 *
 * Spatial work (areas, adjacency, nesting, distances, unions) happens in
 * PostGIS, in temporary tables of the caller's transaction, with overlays on a
 * fixed grid; the decisions are made in territorial-model.plan.ts from
 * integers, so PostGIS versions whose floating-point results differ in the last
 * digits build the same model. Rows are upserted by clave: a second run changes
 * nothing, and rows whose clave the seed does not produce are kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OVERLAY_GRID_DEG, SRID, areaKm2Sql, multiPolygonSql, unionAggregateSql } from '../src/geo/spatial-sql';
import { IECM_CLAVE, parseUnitName } from '../src/placement/colonia-tipo';
import {
  nestingOf,
  overlappingPairs,
  refreshColoniaNesting,
  refreshTerritorialPoblacion,
  type Nesting,
} from '../src/placement/territory-nesting';
import { compareCodePoints, growTerritoriales, type GrowthTerritorial } from './territorial-model.plan';

/** The statement runner of the caller's transaction (a TypeORM QueryRunner). */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface TerritorialSummary {
  clave: string;
  nombre: string;
  anchor: string;
  colonias: number;
  poblacion: number;
}

export interface TerritorialSeedReport {
  sourceFeatures: number;
  /** Units lying inside another (clave, name, container). */
  nested: { colonia: string; within: string; share: number }[];
  /** Pairs of neighbours overlapping by a sliver (not nesting). */
  sliverPairs: number;
  /** Units not reachable from an anchor through neighbours, joined to the nearest group. */
  islands: string[];
  territorialSummary: TerritorialSummary[];
  territoriales: UpsertCounts;
  colonias: UpsertCounts;
}

/** The program's count of colonias: the IECM catalogue's units of Iztapalapa. */
const COLONIA_COUNT = 293;
/** The catalogue's total population (sum of `pob`). */
const POPULATION_TOTAL = 1_844_597;
export const IECM_SOURCE_FILE = 'iztapalapa-colonias-iecm.geojson';

/**
 * The 13 direcciones territoriales in alphabetical order (clave TER-01 …
 * TER-13) and the point each grows from (one point per territorial as
 * published in a public script, probably its office; approximate). The LOS
 * CULHUACANES point lies ~1.5 km outside every unit: it grows from Pueblo
 * Culhuacán (07-037) instead.
 */
const TERRITORIALES: readonly { nombre: string; lon: number; lat: number; anchorClave?: string }[] = [
  { nombre: 'ACAHUALTEPEC TEOTONGO', lon: -98.996826, lat: 19.350884 },
  { nombre: 'ACATITLA ZARAGOZA', lon: -99.005523, lat: 19.368894 },
  { nombre: 'ACULCO', lon: -99.107726, lat: 19.378639 },
  { nombre: 'ANGELES AGRARISTA', lon: -99.061082, lat: 19.340928 },
  { nombre: 'ATLALILCO AXOMULCO', lon: -99.101254, lat: 19.356536 },
  { nombre: 'AZTAHUACAN', lon: -99.041698, lat: 19.352141 },
  { nombre: 'CABEZA DE JUAREZ', lon: -99.058977, lat: 19.376943 },
  { nombre: 'ESTRELLA HUIZACHTEPETL', lon: -99.091929, lat: 19.351838 },
  { nombre: 'LOS CULHUACANES', lon: -99.11951, lat: 19.319919, anchorClave: '07-037' },
  { nombre: 'REFORMA', lon: -99.071414, lat: 19.377563 },
  { nombre: 'SANTA CATARINA', lon: -99.010367, lat: 19.351663 },
  { nombre: 'SANTA CRUZ QUETZALCOATL', lon: -99.050018, lat: 19.336423 },
  { nombre: 'TEZONCO', lon: -99.066347, lat: 19.308241 },
];

/**
 * Units closer than this (degrees, ≈ 11 m) are neighbours: the catalogue's
 * polygons leave gaps (streets) and overlap by slivers, so touching is too strict.
 */
const ADJACENCY_TOLERANCE_DEG = 1e-4;
/**
 * A territorial is the union of its colonias grown by this margin (three
 * overlay grid cells, ≈ 0.03 mm; its area grows by under 2e-7): where
 * neighbours' edges cross, the union passes through crossing points rounded to
 * the grid, which would leave colonia edges up to 0.7 cell outside their own
 * territorial (ST_Covers false for about half of them).
 */
const COVERING_MARGIN_DEG = 3 * OVERLAY_GRID_DEG;

interface SourceUnit {
  clave: string;
  nombre: string;
  displayName: string;
  tipo: string;
  distritoLocal: number;
  poblacion: number;
  geojson: string;
}

export async function seedTerritorialModel(db: SqlRunner): Promise<TerritorialSeedReport> {
  const units = readIecmUnits();
  await createWorkTables(db);
  await db.query(
    `INSERT INTO seed_colonia (clave, nombre, display_name, tipo, distrito_local, poblacion, geom)
     SELECT u.clave, u.nombre, u.display_name, u.tipo, u.distrito_local, u.poblacion,
            ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(u.geojson), ${SRID}))
       FROM jsonb_to_recordset($1::jsonb) AS u(clave text, nombre text, display_name text, tipo text, distrito_local int, poblacion int, geojson text)`,
    [
      JSON.stringify(
        units.map((u) => ({
          clave: u.clave,
          nombre: u.nombre,
          display_name: u.displayName,
          tipo: u.tipo,
          distrito_local: u.distritoLocal,
          poblacion: u.poblacion,
          geojson: u.geojson,
        })),
      ),
    ],
  );
  await db.query('CREATE INDEX ON seed_colonia USING gist (geom)');
  await db.query('ANALYZE seed_colonia');

  const pairs = await overlappingPairs(db, 'seed_colonia', 'clave');
  const nesting = nestingOf(pairs);
  const nestedKeys = new Set(nesting.map((n) => `${n.inner}|${n.outer}`));
  const sliverPairs = pairs.filter(
    (p) => p.sharedM2 > 1 && !nestedKeys.has(`${p.a}|${p.b}`) && !nestedKeys.has(`${p.b}|${p.a}`),
  ).length;
  await db.query(
    `UPDATE seed_colonia c SET contained_in = n.outer_clave FROM unnest($1::text[], $2::text[]) AS n(inner_clave, outer_clave)
      WHERE c.clave = n.inner_clave`,
    [nesting.map((n) => n.inner), nesting.map((n) => n.outer)],
  );

  const territorialClaves = TERRITORIALES.map((_, i) => `TER-${String(i + 1).padStart(2, '0')}`);
  const { territorialOf, anchors, islands } = await assignTerritoriales(db, territorialClaves, nesting);
  await db.query(
    `UPDATE seed_colonia c SET territorial_clave = a.territorial
     FROM unnest($1::text[], $2::text[]) AS a(colonia, territorial) WHERE c.clave = a.colonia`,
    [[...territorialOf.keys()], [...territorialOf.values()]],
  );
  await db.query(
    `INSERT INTO seed_territorial (clave, nombre, geom, poblacion)
     SELECT t.clave, t.nombre, ${multiPolygonSql(`ST_Buffer(${unionAggregateSql('c.geom')}, $3, 'join=mitre')`)},
            sum(c.poblacion)::int
     FROM unnest($1::text[], $2::text[]) AS t(clave, nombre)
     JOIN seed_colonia c ON c.territorial_clave = t.clave
     GROUP BY t.clave, t.nombre`,
    [territorialClaves, TERRITORIALES.map((t) => t.nombre), COVERING_MARGIN_DEG],
  );
  await verifyModel(db);

  const territoriales = await upsertTerritoriales(db);
  const colonias = await upsertColonias(db);
  await refreshColoniaNesting(db);
  await refreshTerritorialPoblacion(db);
  const summary: { clave: string; nombre: string; colonias: number; poblacion: number }[] = await db.query(
    `SELECT t.clave, t.nombre, count(*)::int AS colonias, t.poblacion
       FROM seed_territorial t JOIN seed_colonia c ON c.territorial_clave = t.clave GROUP BY t.clave, t.nombre, t.poblacion
      ORDER BY t.clave`,
  );
  const names = new Map(units.map((u) => [u.clave, u.nombre]));
  // Only on success: after a failure the transaction is aborted and its rollback drops them.
  await db.query('DROP TABLE seed_territorial, seed_colonia');

  return {
    sourceFeatures: units.length,
    nested: nesting.map((n: Nesting) => ({
      colonia: `${n.inner} ${names.get(n.inner)}`,
      within: `${n.outer} ${names.get(n.outer)}`,
      share: Math.round(n.share * 1000) / 1000,
    })),
    sliverPairs,
    islands: islands.map((c) => `${c} ${names.get(c)}`),
    territorialSummary: summary.map((s) => ({
      ...s,
      anchor: `${anchors.get(s.clave)} ${names.get(anchors.get(s.clave)!)}`,
    })),
    territoriales,
    colonias,
  };
}

/** The folder holding package.json, from `seeds/` (ts-jest) as from `dist/seeds/` (tsc). */
function projectRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}

/** The IECM units, checked: the seed stops on anything the catalogue is not expected to hold. */
function readIecmUnits(): SourceUnit[] {
  const file = path.join(projectRoot(), 'seeds', 'data', IECM_SOURCE_FILE);
  const collection = JSON.parse(readFileSync(file, 'utf8')) as {
    features?: { properties?: Record<string, unknown>; geometry?: unknown }[];
  };
  if (!Array.isArray(collection.features)) throw new Error(`${file} is not a GeoJSON FeatureCollection`);
  const units = collection.features.map((feature, i) => {
    const p = feature.properties ?? {};
    const clave = p.cveut;
    const nombre = p.nomut;
    const distrito = Number(p.dttoloc);
    if (typeof clave !== 'string' || !IECM_CLAVE.test(clave)) throw new Error(`${file}: feature ${i + 1} has no cveut`);
    if (typeof nombre !== 'string' || nombre.trim() === '') throw new Error(`${file}: feature ${i + 1} has no nomut`);
    if (!Number.isInteger(p.pob) || (p.pob as number) < 0) throw new Error(`${file}: feature ${i + 1} has no pob`);
    if (!Number.isInteger(distrito)) throw new Error(`${file}: feature ${i + 1} has no dttoloc`);
    const official = nombre.trim().normalize('NFC');
    const { tipo, displayName } = parseUnitName(official);
    return {
      clave,
      nombre: official,
      displayName,
      tipo,
      distritoLocal: distrito,
      poblacion: p.pob as number,
      geojson: JSON.stringify(feature.geometry),
    };
  });
  if (new Set(units.map((u) => u.clave)).size !== units.length) throw new Error(`${file}: repeated cveut`);
  return units;
}

async function createWorkTables(db: SqlRunner): Promise<void> {
  await db.query(`CREATE TEMP TABLE seed_colonia (
    clave text PRIMARY KEY, nombre text NOT NULL, display_name text NOT NULL, tipo text NOT NULL, distrito_local int NOT NULL,
    poblacion int NOT NULL, geom geometry(MultiPolygon, ${SRID}) NOT NULL, contained_in text, territorial_clave text) ON COMMIT DROP`);
  await db.query(`CREATE TEMP TABLE seed_territorial (
    clave text PRIMARY KEY, nombre text NOT NULL, geom geometry(MultiPolygon, ${SRID}) NOT NULL, poblacion int NOT NULL) ON COMMIT DROP`);
}

/**
 * colonia clave → territorial clave: contiguous groups of top-level units
 * grown over PostGIS adjacency from each territorial's anchor unit, balanced
 * on population (see growTerritoriales); a nested unit joins its container's
 * group; islands join the group of the nearest grown unit.
 */
async function assignTerritoriales(
  db: SqlRunner,
  territorialClaves: readonly string[],
  nesting: readonly Nesting[],
): Promise<{ territorialOf: Map<string, string>; anchors: Map<string, string>; islands: string[] }> {
  const colonias: { clave: string; poblacion: number }[] = await db.query(
    'SELECT clave, poblacion FROM seed_colonia WHERE contained_in IS NULL',
  );
  const edges: { a: string; b: string }[] = await db.query(
    `SELECT a.clave AS a, b.clave AS b FROM seed_colonia a
     JOIN seed_colonia b ON a.clave < b.clave AND ST_DWithin(a.geom, b.geom, $1)
     WHERE a.contained_in IS NULL AND b.contained_in IS NULL`,
    [ADJACENCY_TOLERANCE_DEG],
  );
  // The anchor unit: the given one, else the top-level unit covering the point.
  const anchorRows: { territorial: string; colonia: string | null }[] = await db.query(
    `SELECT a.territorial, COALESCE(a.given, (
        SELECT c.clave FROM seed_colonia c
         WHERE c.contained_in IS NULL AND ST_Covers(c.geom, ST_SetSRID(ST_MakePoint(a.lon, a.lat), ${SRID}))
         ORDER BY ST_Area(c.geom), c.clave COLLATE "C" LIMIT 1)) AS colonia
       FROM unnest($1::text[], $2::float8[], $3::float8[], $4::text[]) AS a(territorial, lon, lat, given)`,
    [
      territorialClaves,
      TERRITORIALES.map((t) => t.lon),
      TERRITORIALES.map((t) => t.lat),
      TERRITORIALES.map((t) => t.anchorClave ?? null),
    ],
  );
  const anchors = new Map<string, string>();
  for (const row of anchorRows) {
    if (!row.colonia) throw new Error(`the anchor point of ${row.territorial} is in no unit`);
    anchors.set(row.territorial, row.colonia);
  }
  // From each anchor (the territorial's point, or its anchor unit's centroid when given) to every unit's centroid.
  const distances: { territorial: string; colonia: string; metres: number }[] = await db.query(
    `WITH anchor AS (
       SELECT a.territorial, CASE WHEN a.given IS NULL THEN ST_SetSRID(ST_MakePoint(a.lon, a.lat), ${SRID})
                                  ELSE (SELECT ST_Centroid(c.geom) FROM seed_colonia c WHERE c.clave = a.given) END AS point
         FROM unnest($1::text[], $2::float8[], $3::float8[], $4::text[]) AS a(territorial, lon, lat, given)
     )
     SELECT a.territorial, c.clave AS colonia, round(ST_Distance(a.point::geography, ST_Centroid(c.geom)::geography))::int AS metres
       FROM anchor a CROSS JOIN seed_colonia c WHERE c.contained_in IS NULL`,
    [
      territorialClaves,
      TERRITORIALES.map((t) => t.lon),
      TERRITORIALES.map((t) => t.lat),
      TERRITORIALES.map((t) => t.anchorClave ?? null),
    ],
  );
  const territoriales: GrowthTerritorial[] = territorialClaves.map((clave) => ({
    clave,
    anchors: [anchors.get(clave)!],
    distanceM: new Map(distances.filter((d) => d.territorial === clave).map((d) => [d.colonia, d.metres])),
  }));
  const { territorialOf, unreached } = growTerritoriales(
    colonias.map((c) => ({ clave: c.clave, weight: c.poblacion })),
    edges.map((e) => [e.a, e.b] as const),
    territoriales,
  );
  if (unreached.length > 0) {
    const nearest: { colonia: string; territorial: string }[] = await db.query(
      `SELECT u.clave AS colonia, n.territorial FROM seed_colonia u
       CROSS JOIN LATERAL (
         SELECT g.territorial FROM unnest($2::text[], $3::text[]) AS g(colonia, territorial)
         JOIN seed_colonia c ON c.clave = g.colonia
         ORDER BY round(ST_Distance(u.geom::geography, c.geom::geography)), c.clave COLLATE "C" LIMIT 1
       ) AS n
       WHERE u.clave = ANY($1::text[])`,
      [unreached, [...territorialOf.keys()], [...territorialOf.values()]],
    );
    for (const n of nearest) territorialOf.set(n.colonia, n.territorial);
  }
  for (const n of nesting) {
    const territorial = territorialOf.get(n.outer);
    if (!territorial) throw new Error(`container ${n.outer} of ${n.inner} has no territorial`);
    territorialOf.set(n.inner, territorial);
  }
  return { territorialOf, anchors, islands: [...unreached].sort(compareCodePoints) };
}

/**
 * The invariants the API relies on; a failure aborts the caller's transaction.
 * The counts also catch a statement that ended early without an error, which
 * is how the embedded PostGIS reports a failed overlay (see OVERLAY_GRID_DEG).
 */
async function verifyModel(db: SqlRunner): Promise<void> {
  const [check]: {
    colonias: number;
    territoriales: number;
    unassigned: number;
    uncovered: string[] | null;
    poblacion: number;
    split_nesting: string[] | null;
  }[] = await db.query(
    `SELECT (SELECT count(*) FROM seed_colonia)::int AS colonias,
         (SELECT count(*) FROM seed_territorial)::int AS territoriales,
         (SELECT count(*) FROM seed_colonia c WHERE NOT EXISTS (SELECT 1 FROM seed_territorial t WHERE t.clave = c.territorial_clave))::int AS unassigned,
         (SELECT array_agg(c.clave) FROM seed_colonia c JOIN seed_territorial t ON t.clave = c.territorial_clave
          WHERE NOT ST_Covers(t.geom, c.geom)) AS uncovered,
         (SELECT COALESCE(sum(poblacion), 0)::int FROM seed_territorial) AS poblacion,
         (SELECT array_agg(i.clave) FROM seed_colonia i JOIN seed_colonia o ON o.clave = i.contained_in
          WHERE i.territorial_clave IS DISTINCT FROM o.territorial_clave) AS split_nesting`,
  );
  const problems = [
    check.colonias !== COLONIA_COUNT && `${check.colonias} colonias instead of ${COLONIA_COUNT}`,
    check.territoriales !== TERRITORIALES.length &&
      `${check.territoriales} territoriales instead of ${TERRITORIALES.length}`,
    check.unassigned > 0 && `${check.unassigned} colonias without territorial`,
    check.uncovered && `colonias not covered by their territorial: ${check.uncovered.join(', ')}`,
    check.poblacion !== POPULATION_TOTAL &&
      `territorial populations add up to ${check.poblacion}, not ${POPULATION_TOTAL}`,
    check.split_nesting &&
      `nested units in another territorial than their container: ${check.split_nesting.join(', ')}`,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`territorial model seed: ${problems.join('; ')}`);
}

/*
 * Upserts by clave, rewriting a row only when something differs (geometry
 * compared vertex by vertex), so a re-run keeps ids and touches nothing.
 * The outer query of a data-modifying WITH sees the table as it was before the
 * statement: a returned clave absent from that snapshot was created.
 */
function upsertCountingSql(upsert: string, incoming: string, target: string): string {
  return `WITH upserted AS (${upsert} RETURNING clave)
    SELECT count(*) FILTER (WHERE u.clave IS NOT NULL AND existing.clave IS NULL)::int AS created,
      count(*) FILTER (WHERE u.clave IS NOT NULL AND existing.clave IS NOT NULL)::int AS updated,
      count(*) FILTER (WHERE u.clave IS NULL)::int AS unchanged
    FROM ${incoming} s LEFT JOIN upserted u ON u.clave = s.clave LEFT JOIN ${target} existing ON existing.clave = s.clave`;
}

async function upsertTerritoriales(db: SqlRunner): Promise<UpsertCounts> {
  const [counts]: UpsertCounts[] = await db.query(
    upsertCountingSql(
      `INSERT INTO territorial (clave, nombre, geom, area_km2, poblacion)
       SELECT clave, nombre, geom, ${areaKm2Sql('geom')}, poblacion FROM seed_territorial
       ON CONFLICT (clave) DO UPDATE SET nombre = EXCLUDED.nombre, geom = EXCLUDED.geom, area_km2 = EXCLUDED.area_km2,
         poblacion = EXCLUDED.poblacion
       WHERE territorial.nombre <> EXCLUDED.nombre OR territorial.area_km2 <> EXCLUDED.area_km2
         OR territorial.poblacion <> EXCLUDED.poblacion OR NOT ST_OrderingEquals(territorial.geom, EXCLUDED.geom)`,
      'seed_territorial',
      'territorial',
    ),
  );
  return counts;
}

async function upsertColonias(db: SqlRunner): Promise<UpsertCounts> {
  const [counts]: UpsertCounts[] = await db.query(
    upsertCountingSql(
      `INSERT INTO colonia (clave, nombre, display_name, tipo, distrito_local, poblacion, territorial_id, geom, area_km2)
       SELECT c.clave, c.nombre, c.display_name, c.tipo, c.distrito_local, c.poblacion, t.id, c.geom, ${areaKm2Sql('c.geom')}
       FROM seed_colonia c JOIN territorial t ON t.clave = c.territorial_clave
       ON CONFLICT (clave) DO UPDATE SET nombre = EXCLUDED.nombre, display_name = EXCLUDED.display_name,
         tipo = EXCLUDED.tipo, distrito_local = EXCLUDED.distrito_local, poblacion = EXCLUDED.poblacion,
         territorial_id = EXCLUDED.territorial_id, geom = EXCLUDED.geom, area_km2 = EXCLUDED.area_km2
       WHERE (colonia.nombre, colonia.display_name, colonia.tipo, colonia.distrito_local, colonia.poblacion,
              colonia.territorial_id, colonia.area_km2)
             IS DISTINCT FROM (EXCLUDED.nombre, EXCLUDED.display_name, EXCLUDED.tipo, EXCLUDED.distrito_local,
              EXCLUDED.poblacion, EXCLUDED.territorial_id, EXCLUDED.area_km2)
          OR NOT ST_OrderingEquals(colonia.geom, EXCLUDED.geom)`,
      'seed_colonia',
      'colonia',
    ),
  );
  return counts;
}
