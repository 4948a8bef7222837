import { dataSource } from '../../src/app/ormconfig';
import { runDemoSeed } from '../../seeds/demo.seed';
import { unionAggregateSql } from '../../src/geo/spatial-sql';

beforeAll(async () => {
  if (!dataSource.isInitialized) await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
});

async function snapshot(): Promise<string> {
  const rows: { digest: string }[] = await dataSource.query(`
    SELECT md5(string_agg(x, '|' ORDER BY x)) AS digest FROM (
      SELECT 't' || id || clave || nombre || md5(ST_AsBinary(geom)) || area_km2 AS x FROM territorial
      UNION ALL
      SELECT 'c' || id || clave || nombre || territorial_id || md5(ST_AsBinary(geom)) || area_km2 FROM colonia) s`);
  return rows[0].digest;
}

describe('demo territorial model', () => {
  it('has exactly 13 territoriales and 293 colonias', async () => {
    const [{ territoriales, colonias }] = await dataSource.query(
      'SELECT (SELECT count(*) FROM territorial)::int AS territoriales, (SELECT count(*) FROM colonia)::int AS colonias',
    );
    expect(territoriales).toBe(13);
    expect(colonias).toBe(293);
  });

  it('puts every colonia inside its territorial polygon (PostGIS ST_Covers)', async () => {
    const uncovered = await dataSource.query(
      `SELECT c.clave FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE NOT ST_Covers(t.geom, c.geom)`,
    );
    expect(uncovered).toEqual([]);
  });

  it('makes each territorial polygon the union of its colonias, and valid', async () => {
    const rows: { clave: string; valid: boolean; ratio: number }[] = await dataSource.query(`
      SELECT t.clave, ST_IsValid(t.geom) AS valid,
             ST_Area(t.geom) / NULLIF(ST_Area(${unionAggregateSql('c.geom')}), 0) AS ratio
        FROM territorial t JOIN colonia c ON c.territorial_id = t.id
       GROUP BY t.id ORDER BY t.clave`);
    // A GEOS failure inside the embedded PostGIS drops rows silently: the count guards that.
    expect(rows).toHaveLength(13);
    for (const row of rows) {
      expect(row.valid).toBe(true);
      expect(row.ratio).toBeCloseTo(1, 6);
    }
  });

  it('has valid, non-empty colonia polygons inside the source extent, with unique claves', async () => {
    const [row] = await dataSource.query(`
      SELECT bool_and(ST_IsValid(geom)) AS valid, bool_and(NOT ST_IsEmpty(geom)) AS non_empty,
             min(ST_XMin(geom)) AS min_lon, max(ST_XMax(geom)) AS max_lon,
             min(ST_YMin(geom)) AS min_lat, max(ST_YMax(geom)) AS max_lat,
             count(DISTINCT clave)::int AS claves, min(area_km2) AS min_area
        FROM colonia`);
    expect(row).toMatchObject({ valid: true, non_empty: true, claves: 293 });
    expect(row.min_lon).toBeGreaterThanOrEqual(-99.141);
    expect(row.max_lon).toBeLessThanOrEqual(-98.959);
    expect(row.min_lat).toBeGreaterThanOrEqual(19.284);
    expect(row.max_lat).toBeLessThanOrEqual(19.402);
    expect(row.min_area).toBeGreaterThan(0.002); // the smallest unit, 07-208, ≈ 3,100 m²
  });

  it('is idempotent: a second run reports everything unchanged and changes nothing', async () => {
    const before = await snapshot();
    const report = await runDemoSeed(dataSource);
    expect(report.territorialModel.territoriales).toEqual({ created: 0, updated: 0, unchanged: 13 });
    expect(report.territorialModel.colonias).toEqual({ created: 0, updated: 0, unchanged: 293 });
    expect(await snapshot()).toBe(before);
  });

  it('loads the IECM catalogue: claves, names, kinds, districts and populations', async () => {
    const [row] = await dataSource.query(`
      SELECT count(*)::int AS n, sum(poblacion)::int AS poblacion, bool_and(clave ~ '^07-[0-9]{3}$') AS claves,
             min(clave) AS first, max(clave) AS last, count(DISTINCT distrito_local)::int AS distritos
        FROM colonia`);
    expect(row).toEqual({ n: 293, poblacion: 1_844_597, claves: true, first: '07-001', last: '07-321', distritos: 7 });
    const aculco = await dataSource.query(
      `SELECT nombre, display_name, tipo, distrito_local, poblacion FROM colonia WHERE clave = '07-001'`,
    );
    expect(aculco).toEqual([
      { nombre: 'ACULCO (PBLO)', display_name: 'ACULCO', tipo: 'PUEBLO', distrito_local: 24, poblacion: 5818 },
    ]);
    const tipos: { tipo: string; n: number }[] = await dataSource.query(
      'SELECT tipo, count(*)::int AS n FROM colonia GROUP BY tipo ORDER BY tipo',
    );
    expect(Object.fromEntries(tipos.map((t) => [t.tipo, t.n]))).toEqual({
      AMPLIACION: 15,
      BARRIO: 15,
      COLONIA: 168,
      CONJUNTO_HABITACIONAL: 1,
      FRACCIONAMIENTO: 4,
      PUEBLO: 16,
      UNIDAD_HABITACIONAL: 74,
    });
  });

  it("records the three nested unidades habitacionales and keeps them in their container's territorial", async () => {
    const rows = await dataSource.query(
      `SELECT i.clave, o.clave AS within, i.territorial_id = o.territorial_id AS same_territorial
         FROM colonia i JOIN colonia o ON o.id = i.contained_in_id ORDER BY i.clave`,
    );
    expect(rows).toEqual([
      { clave: '07-080', within: '07-196', same_territorial: true },
      { clave: '07-081', within: '07-196', same_territorial: true },
      { clave: '07-163', within: '07-196', same_territorial: true },
    ]);
    const report = await runDemoSeed(dataSource);
    expect(report.territorialModel.nested.map((n) => n.colonia.slice(0, 6))).toEqual(['07-080', '07-081', '07-163']);
    expect(report.territorialModel.sourceFeatures).toBe(293);
  });

  it('gives the 13 territoriales populations that add up to the catalogue, each unit counted once', async () => {
    const [row] = await dataSource.query(`
      SELECT sum(t.poblacion)::int AS total,
             bool_and(t.poblacion = (SELECT sum(c.poblacion) FROM colonia c WHERE c.territorial_id = t.id)) AS sums
        FROM territorial t`);
    expect(row).toEqual({ total: 1_844_597, sums: true });
  });
});
