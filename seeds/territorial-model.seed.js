/**
 * The demo territorial model: Iztapalapa's 293 colonias and 13 territoriales,
 * built deterministically from the real colonia polygons in
 * `seeds/data/iztapalapa-colonias.geojson` (credits and method in
 * `seeds/data/SOURCE.md`). The division into territoriales is illustrative, not
 * the official one: users with the official boundaries import them instead.
 *
 * Spatial work (areas, cuts, adjacency, distances, unions) happens in PostGIS,
 * in temporary tables of the caller's transaction, with overlays on a fixed
 * grid; the decisions are made in territorial-model.plan.ts from rounded
 * integers, so that PostGIS versions whose floating-point results differ in the
 * last digits build the same model. Rows are upserted by clave: a second run
 * changes nothing, and rows whose clave the seed no longer produces are kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OVERLAY_GRID_DEG, SRID, areaKm2Sql, intersectionSql, multiPolygonSql, unionAggregateSql, } from '../src/geo/spatial-sql';
import { allocateSections, compareCodePoints, growTerritoriales, planColonias, resolveDuplicates, } from './territorial-model.plan';
/** The program's count of colonias (the electoral institute's catalogue). */
const COLONIA_COUNT = 293;
/**
 * The 13 direcciones territoriales in alphabetical order (clave TER-01 … TER-13)
 * and the colonia each grows from: one whose real name matches the territorial's.
 */
const TERRITORIALES = [
    { nombre: 'ACAHUALTEPEC TEOTONGO', anchor: 'Pueblo Santiago Acahualtepec' },
    { nombre: 'ACATITLA ZARAGOZA', anchor: 'Pueblo Santa Martha Acatitla' },
    { nombre: 'ACULCO', anchor: 'Pueblo Aculco' },
    { nombre: 'ANGELES AGRARISTA', anchor: 'Los Ángeles' },
    { nombre: 'ATLALILCO AXOMULCO', anchor: 'Barrio San Lucas' },
    { nombre: 'AZTAHUACAN', anchor: 'Pueblo Santa Maria Aztahuacan' },
    { nombre: 'CABEZA DE JUAREZ', anchor: 'Unidad Vicente Guerrero' },
    { nombre: 'ESTRELLA HUIZACHTEPETL', anchor: 'Cerro De La Estrella' },
    { nombre: 'LOS CULHUACANES', anchor: 'Pueblo Culhuacan' },
    { nombre: 'REFORMA', anchor: 'Leyes De Reforma 1a Seccion' },
    { nombre: 'SANTA CATARINA', anchor: 'Miguel De La Madrid Hurtado' },
    { nombre: 'SANTA CRUZ QUETZALCOATL', anchor: 'Desarrollo Urbano Quetzalcoatl' },
    { nombre: 'TEZONCO', anchor: 'Pueblo San Lorenzo Tezonco' },
];
/** Source names with encoding damage, fixed before anything else sees them. */
const NAME_CORRECTIONS = new Map([
    // A mis-encoded "ó" upstream.
    ['Santiago Acahualtepec 1a Ampliaciën', 'Santiago Acahualtepec 1a Ampliación'],
]);
/**
 * Colonias closer than this (degrees, ≈ 11 m) are neighbours: the catalogue's
 * polygons leave gaps and overlap by slivers, so touching is too strict.
 */
const ADJACENCY_TOLERANCE_DEG = 1e-4;
/** Bisection steps per equal-area cut: 2^-24 of a ≤ 4 km bbox is well under a millimetre. */
const CUT_BISECTION_STEPS = 24;
/** Cuts are rounded to 1e-7 degrees (≈ 1 cm) so they do not carry the last digits of one GEOS build. */
const CUT_DECIMALS = 7;
/**
 * A territorial is the union of its colonias grown by this margin (three
 * overlay grid cells, ≈ 0.03 mm; its area grows by under 2e-7): where
 * neighbours' edges cross, the union passes through crossing points rounded to
 * the grid, which would leave colonia edges up to 0.7 cell outside their own
 * territorial (ST_Covers false for about half of them).
 */
const COVERING_MARGIN_DEG = 3 * OVERLAY_GRID_DEG;
const CLAVE_MAX_LENGTH = 80;
export async function seedTerritorialModel(db) {
    const features = readSourceFeatures();
    await createWorkTables(db);
    await db.query(`INSERT INTO seed_source (ord, nombre, geom)
     SELECT f.ord, f.value->>'nombre', ST_SetSRID(ST_GeomFromGeoJSON(f.value->'geometry'), ${SRID})
     FROM json_array_elements($1::json) WITH ORDINALITY AS f(value, ord)`, [JSON.stringify(features)]);
    const duplicates = await dropDuplicateGeometries(db);
    const sources = await db.query(`SELECT ord, nombre, round(${areaKm2Sql('geom')} * 1e6)::int AS area_m2 FROM seed_source ORDER BY ord`);
    const sections = allocateSections(sources.map((s) => ({ key: s.ord, nombre: s.nombre, areaM2: s.area_m2 })), COLONIA_COUNT);
    const planned = planColonias(sources, sections, CLAVE_MAX_LENGTH);
    await buildColonias(db, planned);
    const territorialClaves = TERRITORIALES.map((_, i) => `TER-${String(i + 1).padStart(2, '0')}`);
    const territorialOf = await assignTerritoriales(db, planned, territorialClaves);
    await db.query(`UPDATE seed_colonia c SET territorial_clave = a.territorial
     FROM unnest($1::text[], $2::text[]) AS a(colonia, territorial) WHERE c.clave = a.colonia`, [[...territorialOf.keys()], [...territorialOf.values()]]);
    await db.query(`INSERT INTO seed_territorial (clave, nombre, geom)
     SELECT t.clave, t.nombre, ${multiPolygonSql(`ST_Buffer(${unionAggregateSql('c.geom')}, $3, 'join=mitre')`)}
     FROM unnest($1::text[], $2::text[]) AS t(clave, nombre)
     JOIN seed_colonia c ON c.territorial_clave = t.clave
     GROUP BY t.clave, t.nombre`, [territorialClaves, TERRITORIALES.map((t) => t.nombre), COVERING_MARGIN_DEG]);
    await verifyModel(db);
    const territoriales = await upsertTerritoriales(db);
    const colonias = await upsertColonias(db);
    // Only on success: after a failure the transaction is aborted and its rollback drops them.
    await db.query('DROP TABLE seed_territorial, seed_colonia, seed_source');
    const sectionsCreated = sources
        .filter((s) => sections.get(s.ord) > 1)
        .map((s) => ({ colonia: s.nombre, sections: sections.get(s.ord) }))
        .sort((a, b) => compareCodePoints(a.colonia, b.colonia));
    return {
        sourceFeatures: features.length,
        duplicatesDropped: duplicates.map(({ dropped, keptAs }) => ({ dropped, keptAs })),
        sectionsCreated,
        territoriales,
        colonias,
    };
}
/** The folder holding package.json, from `seeds/` (ts-jest) as from `dist/seeds/` (tsc). */
function projectRoot() {
    for (let dir = __dirname;; dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, 'package.json')))
            return dir;
        if (path.dirname(dir) === dir)
            throw new Error(`no package.json above ${__dirname}`);
    }
}
function readSourceFeatures() {
    const file = path.join(projectRoot(), 'seeds', 'data', 'iztapalapa-colonias.geojson');
    const collection = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(collection.features))
        throw new Error(`${file} is not a GeoJSON FeatureCollection`);
    return collection.features.map((feature, i) => {
        const raw = feature.properties?.colonia;
        if (typeof raw !== 'string' || raw.trim() === '' || !feature.geometry)
            throw new Error(`${file}: feature ${i} has no colonia name or geometry`);
        const nombre = raw.trim().normalize('NFC');
        return { nombre: NAME_CORRECTIONS.get(nombre) ?? nombre, geometry: feature.geometry };
    });
}
async function createWorkTables(db) {
    await db.query(`CREATE TEMP TABLE seed_source (
    ord int PRIMARY KEY, nombre text NOT NULL, geom geometry(Geometry, ${SRID}) NOT NULL) ON COMMIT DROP`);
    await db.query(`CREATE TEMP TABLE seed_colonia (
    clave text PRIMARY KEY, nombre text NOT NULL, source_ord int NOT NULL, section int NOT NULL, sections int NOT NULL,
    geom geometry(MultiPolygon, ${SRID}) NOT NULL, area_m2 int, territorial_clave text) ON COMMIT DROP`);
    await db.query(`CREATE TEMP TABLE seed_territorial (
    clave text PRIMARY KEY, nombre text NOT NULL, geom geometry(MultiPolygon, ${SRID}) NOT NULL) ON COMMIT DROP`);
}
/** Exact duplicate geometries (one polygon under two spellings) keep one name. */
async function dropDuplicateGeometries(db) {
    const groups = await db.query(`SELECT array_agg(ord ORDER BY ord) AS ords, array_agg(nombre ORDER BY ord) AS nombres
     FROM seed_source GROUP BY ST_AsEWKB(geom) HAVING count(*) > 1`);
    const dropped = resolveDuplicates(groups);
    await db.query('DELETE FROM seed_source WHERE ord = ANY($1::int[])', [dropped.map((d) => d.ord)]);
    return dropped;
}
/**
 * One statement: unsplit colonias are copied; a colonia with k sections is cut
 * into k equal-area bands across the longer side of its bbox (measured in
 * metres), numbered west to east or north to south. Each cut is found by
 * bisection on the area west/north of it, then rounded.
 */
async function buildColonias(db, planned) {
    const axisAt = (t) => `CASE WHEN s.along_x THEN s.xmin + (${t}) * (s.xmax - s.xmin) ELSE s.ymax - (${t}) * (s.ymax - s.ymin) END`;
    // The band of the bbox between two positions on the cutting axis, overshooting the bbox across it.
    const band = (a, b) => `CASE WHEN s.along_x
      THEN ST_MakeEnvelope(LEAST(${a}, ${b}), s.ymin - 1, GREATEST(${a}, ${b}), s.ymax + 1, ${SRID})
      ELSE ST_MakeEnvelope(s.xmin - 1, LEAST(${a}, ${b}), s.xmax + 1, GREATEST(${a}, ${b}), ${SRID}) END`;
    const start = 'CASE WHEN s.along_x THEN s.xmin - 1 ELSE s.ymax + 1 END';
    const end = 'CASE WHEN s.along_x THEN s.xmax + 1 ELSE s.ymin - 1 END';
    await db.query(`INSERT INTO seed_colonia (clave, nombre, source_ord, section, sections, geom)
     WITH RECURSIVE
     planned AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[]) AS p(clave, nombre, source_ord, section, sections)
     ),
     split AS (
       SELECT src.ord, p.sections AS k, src.geom, ${areaKm2Sql('src.geom')} AS area,
         ST_XMin(src.geom) AS xmin, ST_YMin(src.geom) AS ymin, ST_XMax(src.geom) AS xmax, ST_YMax(src.geom) AS ymax,
         (ST_XMax(src.geom) - ST_XMin(src.geom)) * cos(radians((ST_YMin(src.geom) + ST_YMax(src.geom)) / 2))
           >= ST_YMax(src.geom) - ST_YMin(src.geom) AS along_x
       FROM planned p JOIN seed_source src ON src.ord = p.source_ord
       WHERE p.section = 1 AND p.sections > 1
     ),
     bisect (ord, cut, lo, hi, step) AS (
       SELECT s.ord, cut, 0::float8, 1::float8, 0 FROM split s CROSS JOIN LATERAL generate_series(1, s.k - 1) AS cut
       UNION ALL
       SELECT b.ord, b.cut,
         CASE WHEN h.area < s.area * b.cut / s.k THEN h.t ELSE b.lo END,
         CASE WHEN h.area < s.area * b.cut / s.k THEN b.hi ELSE h.t END,
         b.step + 1
       FROM bisect b JOIN split s ON s.ord = b.ord
       CROSS JOIN LATERAL (
         SELECT m.t, ${areaKm2Sql(intersectionSql('s.geom', band(start, axisAt('m.t'))))} AS area
         FROM (SELECT (b.lo + b.hi) / 2 AS t) AS m
       ) AS h
       WHERE b.step < $6
     ),
     cuts AS (
       SELECT b.ord, b.cut, round((${axisAt('(b.lo + b.hi) / 2')})::numeric, $7)::float8 AS at
       FROM bisect b JOIN split s ON s.ord = b.ord WHERE b.step = $6
     ),
     pieces AS (
       SELECT s.ord, i AS section,
         ${intersectionSql('s.geom', band(`COALESCE(c0.at, ${start})`, `COALESCE(c1.at, ${end})`))} AS geom
       FROM split s CROSS JOIN LATERAL generate_series(1, s.k) AS i
       LEFT JOIN cuts c0 ON c0.ord = s.ord AND c0.cut = i - 1
       LEFT JOIN cuts c1 ON c1.ord = s.ord AND c1.cut = i
     )
     SELECT p.clave, p.nombre, p.source_ord, p.section, p.sections, ${multiPolygonSql('COALESCE(pc.geom, src.geom)')}
     FROM planned p JOIN seed_source src ON src.ord = p.source_ord
     LEFT JOIN pieces pc ON pc.ord = p.source_ord AND pc.section = p.section`, [
        planned.map((p) => p.clave),
        planned.map((p) => p.nombre),
        planned.map((p) => p.sourceOrd),
        planned.map((p) => p.section),
        planned.map((p) => p.sections),
        CUT_BISECTION_STEPS,
        CUT_DECIMALS,
    ]);
    await db.query(`UPDATE seed_colonia SET area_m2 = round(${areaKm2Sql('geom')} * 1e6)::int`);
    await db.query('CREATE INDEX ON seed_colonia USING gist (geom)');
    await db.query('ANALYZE seed_colonia');
}
/** colonia clave → territorial clave, grown over PostGIS adjacency (see growTerritoriales). */
async function assignTerritoriales(db, planned, territorialClaves) {
    const colonias = await db.query('SELECT clave, area_m2 FROM seed_colonia');
    const edges = await db.query(`SELECT a.clave AS a, b.clave AS b FROM seed_colonia a
     JOIN seed_colonia b ON a.clave < b.clave AND ST_DWithin(a.geom, b.geom, $1)`, [ADJACENCY_TOLERANCE_DEG]);
    const anchors = TERRITORIALES.map((t, i) => {
        const members = planned.filter((p) => p.sourceNombre === t.anchor).map((p) => p.clave);
        if (members.length === 0)
            throw new Error(`anchor colonia "${t.anchor}" of ${t.nombre} is not in the source data`);
        return { clave: territorialClaves[i], members };
    });
    // From each territorial's anchor (all its sections, if it was split) to every colonia, centroid to centroid.
    const distances = await db.query(`WITH anchor AS (
       SELECT a.territorial, ST_Centroid(ST_Collect(c.geom)) AS point
       FROM unnest($1::text[], $2::text[]) AS a(territorial, colonia) JOIN seed_colonia c ON c.clave = a.colonia
       GROUP BY a.territorial
     )
     SELECT a.territorial, c.clave AS colonia, round(ST_Distance(a.point::geography, ST_Centroid(c.geom)::geography))::int AS metres
     FROM anchor a CROSS JOIN seed_colonia c`, [anchors.flatMap((a) => a.members.map(() => a.clave)), anchors.flatMap((a) => a.members)]);
    const territoriales = anchors.map((a) => ({
        clave: a.clave,
        anchors: a.members,
        distanceM: new Map(distances.filter((d) => d.territorial === a.clave).map((d) => [d.colonia, d.metres])),
    }));
    const { territorialOf, unreached } = growTerritoriales(colonias.map((c) => ({ clave: c.clave, areaM2: c.area_m2 })), edges.map((e) => [e.a, e.b]), territoriales);
    if (unreached.length > 0) {
        // Islands of the catalogue join the territorial of the nearest grown colonia.
        const nearest = await db.query(`SELECT u.clave AS colonia, n.territorial FROM seed_colonia u
       CROSS JOIN LATERAL (
         SELECT g.territorial FROM unnest($2::text[], $3::text[]) AS g(colonia, territorial)
         JOIN seed_colonia c ON c.clave = g.colonia
         ORDER BY round(ST_Distance(u.geom::geography, c.geom::geography)), c.clave COLLATE "C" LIMIT 1
       ) AS n
       WHERE u.clave = ANY($1::text[])`, [unreached, [...territorialOf.keys()], [...territorialOf.values()]]);
        for (const n of nearest)
            territorialOf.set(n.colonia, n.territorial);
    }
    return territorialOf;
}
/**
 * The invariants the API relies on; a failure aborts the caller's transaction.
 * The counts also catch a statement that ended early without an error, which
 * is how the embedded PostGIS reports a failed overlay (see OVERLAY_GRID_DEG).
 */
async function verifyModel(db) {
    const [check] = await db.query(`SELECT (SELECT count(*) FROM seed_colonia)::int AS colonias,
         (SELECT array_agg(clave) FROM seed_colonia WHERE ST_IsEmpty(geom) OR area_m2 <= 0) AS bad_pieces,
         (SELECT count(*) FROM seed_territorial)::int AS territoriales,
         (SELECT count(*) FROM seed_colonia c WHERE NOT EXISTS (SELECT 1 FROM seed_territorial t WHERE t.clave = c.territorial_clave))::int AS unassigned,
         (SELECT array_agg(c.clave) FROM seed_colonia c JOIN seed_territorial t ON t.clave = c.territorial_clave
          WHERE NOT ST_Covers(t.geom, c.geom)) AS uncovered`);
    const problems = [
        check.colonias !== COLONIA_COUNT && `${check.colonias} colonias instead of ${COLONIA_COUNT}`,
        check.bad_pieces && `empty sections: ${check.bad_pieces.join(', ')}`,
        check.territoriales !== TERRITORIALES.length &&
            `${check.territoriales} territoriales instead of ${TERRITORIALES.length}`,
        check.unassigned > 0 && `${check.unassigned} colonias without territorial`,
        check.uncovered && `colonias not covered by their territorial: ${check.uncovered.join(', ')}`,
    ].filter(Boolean);
    if (problems.length > 0)
        throw new Error(`territorial model seed: ${problems.join('; ')}`);
}
/*
 * Upserts by clave, rewriting a row only when something differs (geometry
 * compared vertex by vertex), so a re-run keeps ids and touches nothing.
 * The outer query of a data-modifying WITH sees the table as it was before the
 * statement: a returned clave absent from that snapshot was created.
 */
function upsertCountingSql(upsert, incoming, target) {
    return `WITH upserted AS (${upsert} RETURNING clave)
    SELECT count(*) FILTER (WHERE u.clave IS NOT NULL AND existing.clave IS NULL)::int AS created,
      count(*) FILTER (WHERE u.clave IS NOT NULL AND existing.clave IS NOT NULL)::int AS updated,
      count(*) FILTER (WHERE u.clave IS NULL)::int AS unchanged
    FROM ${incoming} s LEFT JOIN upserted u ON u.clave = s.clave LEFT JOIN ${target} existing ON existing.clave = s.clave`;
}
async function upsertTerritoriales(db) {
    const [counts] = await db.query(upsertCountingSql(`INSERT INTO territorial (clave, nombre, geom, area_km2)
       SELECT clave, nombre, geom, ${areaKm2Sql('geom')} FROM seed_territorial
       ON CONFLICT (clave) DO UPDATE SET nombre = EXCLUDED.nombre, geom = EXCLUDED.geom, area_km2 = EXCLUDED.area_km2
       WHERE territorial.nombre <> EXCLUDED.nombre OR territorial.area_km2 <> EXCLUDED.area_km2
         OR NOT ST_OrderingEquals(territorial.geom, EXCLUDED.geom)`, 'seed_territorial', 'territorial'));
    return counts;
}
async function upsertColonias(db) {
    const [counts] = await db.query(upsertCountingSql(`INSERT INTO colonia (clave, nombre, territorial_id, geom, area_km2)
       SELECT c.clave, c.nombre, t.id, c.geom, ${areaKm2Sql('c.geom')}
       FROM seed_colonia c JOIN territorial t ON t.clave = c.territorial_clave
       ON CONFLICT (clave) DO UPDATE SET nombre = EXCLUDED.nombre, territorial_id = EXCLUDED.territorial_id,
         geom = EXCLUDED.geom, area_km2 = EXCLUDED.area_km2
       WHERE colonia.nombre <> EXCLUDED.nombre OR colonia.territorial_id <> EXCLUDED.territorial_id
         OR colonia.area_km2 <> EXCLUDED.area_km2 OR NOT ST_OrderingEquals(colonia.geom, EXCLUDED.geom)`, 'seed_colonia', 'colonia'));
    return counts;
}
