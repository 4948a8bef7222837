import type { Readable, Transform } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import { badInput } from '../common/errors';
import { COLONIA_SNAP_DEG, PROBE_SPACING_DEG, probePointsSql, shareInColoniaSql } from '../geo/geometry-placement';
import { IZTAPALAPA_EXTENT } from '../geo/geojson-input';
import { SRID, intersectionSql } from '../geo/spatial-sql';
import { resolveDuplicates } from './names';
import { NESTED_MIN_SHARE } from '../placement/territory-nesting';
import { readFeatureCollection } from './geojson-stream';
import { intakeFeature, type ImportFields, type StagedFeature } from './import-intake';
import type { ImportLayer, ImportLayerId } from './import-layers';
import { hooksOf, type Importer, type ImportRun, type LayerOnlyOption } from './importer';
import type { FeatureOutcome, ImportReport } from './import-report';
import { upsertSql } from './import.sql';
import { runImportTransaction } from './import-transaction';

/**
 * Imports a GeoJSON FeatureCollection into a layer (CLI and HTTP share it):
 * streamed and checked feature by feature in JS, staged in a temporary table,
 * validated set-based in PostGIS (validity and its reason, inside the
 * alcaldía, duplicate geometry, duplicate clave, overlaps, territorial),
 * then upserted by clave with an audit entry per written row — all in ONE
 * transaction, committed only when nothing was rejected (or --allow-partial)
 * and it is not a dry run. Idempotent: a second identical run changes nothing.
 */

export interface ImportOptions extends ImportFields {
  layer: ImportLayerId;
  dryRun: boolean;
  allowPartial: boolean;
  /** Audit actor: `cli:<os user>`, or the HTTP caller's subject. */
  actor: string;
  /** Where the features come from, for the report. */
  source: string;
}

/** Two boundary polygons overlapping by more than both of these reject the later one. */
export const OVERLAP_MIN_M2 = 500;
export const OVERLAP_MIN_SHARE = 0.01;
/** Overlaps above this (m²) but under the threshold are reported as warnings. */
export const SLIVER_MIN_M2 = 1;
/**
 * Boundary features must lie within this distance (degrees, ≈ 210 m) of the
 * colonias already loaded: official boundaries and the catalogue's differ at
 * the alcaldía's edge by tens of metres; a neighbouring alcaldía is kilometres off.
 */
export const BOUNDARY_TOLERANCE_DEG = 0.002;
const STAGE_BATCH_BYTES = 1_000_000;
const IMPORT_STATEMENT_TIMEOUT = '300s';

/** The option's name in messages (the CLI flag; POST /import takes it with `_`). */
const OPTION_NAMES: Record<LayerOnlyOption, string> = { territorialField: 'territorial-field', iecm: 'iecm' };

/** Usage errors (bad layer, option not for this layer) before anything is read. */
export function checkImportOptions(
  importer: Importer,
  options: {
    layer: string;
    territorialField?: string;
    nameField: string;
    claveField?: string;
    iecm?: boolean;
  },
): void {
  const { layers } = importer;
  if (!layers.has(options.layer))
    throw badInput(
      'layer',
      `must be one of ${layers.ids.join(', ')} (got ${JSON.stringify(options.layer.slice(0, 40))})`,
    );
  // Layer-only options (declared by the layers' import hooks): refused by every other layer.
  for (const option of Object.keys(OPTION_NAMES) as LayerOnlyOption[]) {
    if (!options[option]) continue;
    const takers = importer.hooks.filter((h) => h.options?.includes(option)).map((h) => h.layer);
    if (!takers.includes(options.layer))
      throw badInput(OPTION_NAMES[option], `applies to the ${takers.join(', ')} layer only`);
  }
  for (const [name, value] of [
    ['name-field', options.nameField],
    ['clave-field', options.claveField],
    ['territorial-field', options.territorialField],
  ] as const) {
    if (value !== undefined && !/^[\p{L}\p{N}_.:-]{1,64}$/u.test(value))
      throw badInput(name, 'must be a property name (1–64 letters, digits, _ . : -)');
  }
}

export { IMPORT_STATEMENT_TIMEOUT };

export async function importGeoJson(
  importer: Importer,
  dataSource: DataSource,
  source: Readable,
  options: ImportOptions,
  transforms: Transform[] = [],
): Promise<ImportReport> {
  checkImportOptions(importer, options);
  const layer = importer.layers.get(options.layer);
  const staged: StagedFeature[] = [];
  await readFeatureCollection(
    source,
    'GeoJSON',
    (feature, ord) => staged.push(intakeFeature(layer, options, feature, ord)),
    transforms,
  );
  return runImportTransaction(dataSource, (runner) => importStaged(runner, importer, layer, options, staged));
}

async function importStaged(
  db: QueryRunner,
  importer: Importer,
  layer: ImportLayer,
  options: ImportOptions,
  staged: StagedFeature[],
): Promise<ImportReport> {
  await db.query(`SET LOCAL statement_timeout = '${IMPORT_STATEMENT_TIMEOUT}'`);
  // One import of a layer at a time; readers go on.
  await db.query(`LOCK TABLE "${layer.table}" IN SHARE ROW EXCLUSIVE MODE`);
  await stage(db, staged);
  await checkGeometry(db, layer);
  if (layer.boundary) await rejectDuplicateGeometries(db);
  else await warnSameLocation(db);
  await db.query(
    `UPDATE import_feature f SET reasons = f.reasons || format('duplicate clave %s of feature %s (%s)', f.clave, k.ord, k.nombre)
       FROM (SELECT DISTINCT ON (clave) clave, ord, nombre FROM import_feature WHERE cardinality(reasons) = 0 ORDER BY clave, ord) k
      WHERE f.clave = k.clave AND f.ord <> k.ord AND cardinality(f.reasons) = 0`,
  );
  if (layer.boundary) await checkOverlaps(db);
  // The layer's module hooks (e.g. territory's for colonias: the territorial assignment, then the rebuild).
  const hooks = hooksOf(importer, layer.id);
  const run: ImportRun = { actor: options.actor, fields: options, placedTables: importer.placedTables };
  for (const hook of hooks) await hook.beforeUpsert?.(db, run);
  if (!layer.boundary) await placeInColonias(db);

  await db.query(upsertSql(layer), [options.actor]);
  let territoriales: ImportReport['territoriales'];
  for (const hook of hooks) territoriales = (await hook.afterUpsert?.(db, run)) ?? territoriales;
  return buildReport(db, layer, options, staged.length, territoriales);
}

/** The staging table, filled in batches of a few MB of JSON (statement count bounded by the body size). */
async function stage(db: QueryRunner, staged: StagedFeature[]): Promise<void> {
  await db.query(`CREATE TEMP TABLE import_feature (
    ord int PRIMARY KEY, nombre text, clave text, territorial_ref text, attrs jsonb NOT NULL DEFAULT '{}', geojson text,
    geom geometry(Geometry, ${SRID}), area_m2 float8, reasons text[] NOT NULL DEFAULT '{}', warnings text[] NOT NULL DEFAULT '{}',
    colonia_id int, territorial_id int, prev_territorial_id int, target_id int, outcome text) ON COMMIT DROP`);
  let batch: StagedFeature[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await db.query(
      `INSERT INTO import_feature (ord, nombre, clave, territorial_ref, attrs, geojson, reasons, geom)
       SELECT f.ord, f.nombre, f.clave, f.territorial_ref, COALESCE(f.attrs, '{}'), f.geojson, COALESCE(f.reasons, '{}'),
              CASE WHEN f.geojson IS NOT NULL THEN ST_SetSRID(ST_GeomFromGeoJSON(f.geojson), ${SRID}) END
         FROM jsonb_to_recordset($1::jsonb) AS f(ord int, nombre text, clave text, territorial_ref text, attrs jsonb, geojson text, reasons text[])`,
      [JSON.stringify(batch)],
    );
    batch = [];
    bytes = 0;
  };
  for (const feature of staged) {
    batch.push(feature);
    bytes += (feature.geojson?.length ?? 0) + 200;
    if (bytes > STAGE_BATCH_BYTES) await flush();
  }
  await flush();
  const [{ n }]: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM import_feature');
  if (n !== staged.length) throw new Error(`staging holds ${n} of ${staged.length} features`);
  await db.query('CREATE INDEX ON import_feature USING gist (geom)');
  await db.query('ANALYZE import_feature');
}

/**
 * Validity first (with PostGIS's reason), before any overlay or containment
 * test touches the geometry; then inside the alcaldía: every probe point
 * (vertices, polygon boundaries densified) near a loaded colonia — or, with
 * none loaded yet, inside Iztapalapa's extent.
 */
async function checkGeometry(db: QueryRunner, layer: ImportLayer): Promise<void> {
  await db.query(
    `UPDATE import_feature SET reasons = reasons || CASE WHEN ST_IsEmpty(geom) THEN 'empty geometry' ELSE 'invalid geometry: ' || ST_IsValidReason(geom) END
      WHERE geom IS NOT NULL AND (ST_IsEmpty(geom) OR NOT ST_IsValid(geom))`,
  );
  await db.query(
    `UPDATE import_feature SET area_m2 = ST_Area(geom::geography) WHERE geom IS NOT NULL AND cardinality(reasons) = 0`,
  );
  const [{ present }]: { present: boolean }[] = await db.query('SELECT EXISTS (SELECT 1 FROM colonia) AS present');
  if (!present) {
    await db.query(
      `UPDATE import_feature SET reasons = reasons || $5::text
        WHERE geom IS NOT NULL AND cardinality(reasons) = 0 AND NOT ST_Covers(ST_MakeEnvelope($1, $2, $3, $4, ${SRID}), geom)`,
      [
        ...IZTAPALAPA_EXTENT,
        `outside the alcaldía: not within Iztapalapa's extent [${IZTAPALAPA_EXTENT.join(', ')}] (no colonias are loaded yet)`,
      ],
    );
    return;
  }
  const tolerance = layer.boundary ? BOUNDARY_TOLERANCE_DEG : COLONIA_SNAP_DEG;
  await db.query(
    `UPDATE import_feature f
        SET reasons = f.reasons || format('outside the alcaldía: %s of its %s probe points are farther than ~%s m from every colonia of Iztapalapa', o.outside, o.probes, $3::int)
       FROM (SELECT f2.ord, count(*) AS probes,
                    count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM colonia c WHERE ST_DWithin(c.geom, p.pt, $1))) AS outside
               FROM import_feature f2 CROSS JOIN LATERAL (SELECT ${probePointsSql('f2.geom', '$2')} AS pt) p
              WHERE f2.geom IS NOT NULL AND cardinality(f2.reasons) = 0
              GROUP BY f2.ord) o
      WHERE o.ord = f.ord AND o.outside > 0`,
    [tolerance, PROBE_SPACING_DEG, Math.round(tolerance * 105_000)],
  );
}

/** Same geometry twice (normalised: ring order and start do not matter): one is kept, by the demo seed's naming rule. */
async function rejectDuplicateGeometries(db: QueryRunner): Promise<void> {
  const groups: { ords: number[]; nombres: string[] }[] = await db.query(
    `SELECT array_agg(ord ORDER BY ord) AS ords, array_agg(nombre ORDER BY ord) AS nombres
       FROM import_feature WHERE geom IS NOT NULL AND cardinality(reasons) = 0
      GROUP BY ST_AsEWKB(ST_Normalize(geom)) HAVING count(*) > 1`,
  );
  const dropped = resolveDuplicates(groups);
  const keptOrd = (ord: number, keptAs: string) => {
    const group = groups.find((g) => g.ords.includes(ord))!;
    return group.ords[group.nombres.indexOf(keptAs)];
  };
  if (dropped.length === 0) return;
  await db.query(
    `UPDATE import_feature f SET reasons = f.reasons || format('duplicate geometry of feature %s (%s)', d.kept, d.kept_as)
       FROM unnest($1::int[], $2::int[], $3::text[]) AS d(ord, kept, kept_as) WHERE f.ord = d.ord`,
    [dropped.map((d) => d.ord), dropped.map((d) => keptOrd(d.ord, d.keptAs)), dropped.map((d) => d.keptAs)],
  );
}

/** Points and lines may share a place (two delivery periods at one shop): a warning, not a rejection. */
async function warnSameLocation(db: QueryRunner): Promise<void> {
  await db.query(
    `UPDATE import_feature f SET warnings = f.warnings || format('same geometry as feature %s (%s)', k.ord, k.nombre)
       FROM import_feature k
      WHERE k.ord < f.ord AND k.geom && f.geom AND cardinality(k.reasons) = 0 AND cardinality(f.reasons) = 0 AND ST_Equals(k.geom, f.geom)`,
  );
}

/**
 * Pairs of accepted polygons that overlap: a polygon lying (NESTED_MIN_SHARE
 * of its area) inside a larger one is nesting, a warning on both naming both;
 * otherwise above the threshold (both more than OVERLAP_MIN_M2 and
 * OVERLAP_MIN_SHARE of the smaller) the later feature is rejected, smaller
 * overlaps are warnings. Intersections on the overlay
 * grid; the pair count is checked against a non-overlay count, so a silently
 * failed overlay (embedded PostGIS) cannot hide an overlap.
 */
async function checkOverlaps(db: QueryRunner): Promise<void> {
  const candidates = `FROM import_feature a JOIN import_feature b ON a.ord < b.ord AND a.geom && b.geom AND ST_Intersects(a.geom, b.geom)
      WHERE cardinality(a.reasons) = 0 AND cardinality(b.reasons) = 0`;
  const pairs: {
    a: number;
    b: number;
    a_name: string;
    b_name: string;
    a_clave: string | null;
    b_clave: string | null;
    m2: number;
    a_m2: number;
    b_m2: number;
  }[] = await db.query(
    `SELECT a.ord AS a, b.ord AS b, a.nombre AS a_name, b.nombre AS b_name, a.clave AS a_clave, b.clave AS b_clave,
            ST_Area((${intersectionSql('a.geom', 'b.geom')})::geography) AS m2, a.area_m2 AS a_m2, b.area_m2 AS b_m2 ${candidates}`,
  );
  const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n ${candidates}`);
  if (pairs.length !== n) throw new Error(`overlap check returned ${pairs.length} of ${n} intersecting pairs`);
  pairs.sort((x, y) => x.b - y.b || x.a - y.a);
  const rejected = new Map<number, string[]>();
  const warned = new Map<number, string[]>();
  const add = (map: Map<number, string[]>, ord: number, text: string) => map.set(ord, [...(map.get(ord) ?? []), text]);
  const label = (ord: number, clave: string | null, name: string) =>
    `feature ${ord} (${clave ? `${clave} ` : ''}${name})`;
  for (const p of pairs) {
    const smaller = Math.min(p.a_m2, p.b_m2);
    const share = smaller > 0 ? p.m2 / smaller : 1;
    const area = `${Math.round(p.m2).toLocaleString('en-US')} m²`;
    // One unit wholly inside a larger one (the catalogue's unidades inside Barrio San Miguel): nesting, not a conflict.
    if (share >= NESTED_MIN_SHARE && p.a_m2 !== p.b_m2) {
      const [inner, outer] =
        p.a_m2 < p.b_m2
          ? [label(p.a, p.a_clave, p.a_name), label(p.b, p.b_clave, p.b_name)]
          : [label(p.b, p.b_clave, p.b_name), label(p.a, p.a_clave, p.a_name)];
      const [innerOrd, outerOrd] = p.a_m2 < p.b_m2 ? [p.a, p.b] : [p.b, p.a];
      const text = `nested: ${inner} lies inside ${outer} (${(share * 100).toFixed(2)}% of its ${area})`;
      add(warned, innerOrd, text);
      add(warned, outerOrd, text);
      continue;
    }
    const text = `feature ${p.a} (${p.a_name}) by ${area} (${(share * 100).toFixed(2)}% of the smaller)`;
    if (p.m2 > OVERLAP_MIN_M2 && share > OVERLAP_MIN_SHARE) add(rejected, p.b, `overlaps ${text}`);
    else if (p.m2 > SLIVER_MIN_M2) add(warned, p.b, `sliver overlap with ${text}`);
  }
  for (const [column, entries] of [
    ['reasons', rejected],
    ['warnings', warned],
  ] as const) {
    const list = [...entries].flatMap(([ord, texts]) => texts.map((t) => [ord, t] as const));
    if (list.length === 0) continue;
    await db.query(
      `UPDATE import_feature f SET ${column} = f.${column} || x.texts
         FROM (SELECT ord, array_agg(text ORDER BY n) AS texts FROM unnest($1::int[], $2::text[]) WITH ORDINALITY AS u(ord, text, n) GROUP BY ord) x
        WHERE f.ord = x.ord`,
      [list.map((l) => l[0]), list.map((l) => l[1])],
    );
  }
}

/** Points and lines: the colonia holding most of each (as a mutation's geometry), and its territorial. */
async function placeInColonias(db: QueryRunner): Promise<void> {
  await db.query(
    `UPDATE import_feature f SET (colonia_id, territorial_id) = (
        SELECT c.id, c.territorial_id FROM colonia c WHERE ST_DWithin(c.geom, f.geom, $1)
         ORDER BY ${shareInColoniaSql('f.geom')} DESC, ST_Distance(c.geom, f.geom), c.area_km2, c.id LIMIT 1)
      WHERE cardinality(f.reasons) = 0`,
    [COLONIA_SNAP_DEG],
  );
  await db.query(
    `UPDATE import_feature SET reasons = reasons || 'outside the alcaldía: no colonia within ~20 m'::text WHERE cardinality(reasons) = 0 AND colonia_id IS NULL`,
  );
}

async function buildReport(
  db: QueryRunner,
  layer: ImportLayer,
  options: ImportOptions,
  features: number,
  territoriales: ImportReport['territoriales'],
): Promise<ImportReport> {
  const rows: {
    ord: number;
    nombre: string | null;
    clave: string | null;
    reasons: string[];
    warnings: string[];
    outcome: string | null;
  }[] = await db.query('SELECT ord, nombre, clave, reasons, warnings, outcome FROM import_feature ORDER BY ord');
  const outcomes: FeatureOutcome[] = rows.map((r) => ({
    feature: r.ord,
    name: r.nombre,
    clave: r.clave,
    outcome: r.reasons.length > 0 ? 'rejected' : ((r.outcome ?? 'unchanged') as FeatureOutcome['outcome']),
    ...(r.reasons.length > 0 ? { reasons: r.reasons } : {}),
    ...(r.warnings.length > 0 ? { warnings: r.warnings } : {}),
  }));
  const count = (kind: FeatureOutcome['outcome']) => outcomes.filter((o) => o.outcome === kind).length;
  const [created, updated, unchanged, rejected] = [
    count('created'),
    count('updated'),
    count('unchanged'),
    count('rejected'),
  ];
  const written = !options.dryRun && (rejected === 0 || options.allowPartial);
  let summary: string;
  if (options.dryRun)
    summary = `dry run: nothing written; a real run would create ${created}, update ${updated}, leave ${unchanged} unchanged and reject ${rejected}.`;
  else if (!written)
    summary = `nothing written: ${rejected} of ${features} features rejected (all or nothing; --allow-partial writes the ${features - rejected} valid ones).`;
  else
    summary = `written: ${created} created, ${updated} updated, ${unchanged} unchanged${rejected > 0 ? `; ${rejected} rejected features not written` : ''}.`;
  return importReport(
    { layer: layer.id, source: options.source, dryRun: options.dryRun, allowPartial: options.allowPartial },
    { written, features, created, updated, unchanged, rejected, summary },
    outcomes,
    territoriales,
  );
}

/** An import's report (layer imports and the territorial assignment): the run, its counts and outcomes, the overlap rule. */
export function importReport(
  run: Pick<ImportReport, 'layer' | 'source' | 'dryRun' | 'allowPartial'>,
  counts: Pick<ImportReport, 'written' | 'features' | 'created' | 'updated' | 'unchanged' | 'rejected' | 'summary'>,
  outcomes: FeatureOutcome[],
  territoriales: ImportReport['territoriales'],
): ImportReport {
  return {
    ...run,
    ...counts,
    overlapThreshold: { minSquareMetres: OVERLAP_MIN_M2, minShareOfSmaller: OVERLAP_MIN_SHARE },
    ...(territoriales ? { territoriales } : {}),
    outcomes,
  };
}
