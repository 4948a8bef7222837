import { dataSource } from '../ormconfig';
import { runDemoSeed } from '../seeds/demo.seed';
import { unionAggregateSql } from '../src/geo/spatial-sql';

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
    expect(row.min_area).toBeGreaterThan(0.005);
  });

  it('is idempotent: a second run reports everything unchanged and changes nothing', async () => {
    const before = await snapshot();
    const report = await runDemoSeed(dataSource);
    expect(report.territorialModel.territoriales).toEqual({ created: 0, updated: 0, unchanged: 13 });
    expect(report.territorialModel.colonias).toEqual({ created: 0, updated: 0, unchanged: 293 });
    expect(await snapshot()).toBe(before);
  });

  it('reports the duplicate geometries it dropped and the colonias it split', async () => {
    const report = await runDemoSeed(dataSource);
    const model = report.territorialModel;
    expect(model.sourceFeatures).toBe(209);
    expect(model.duplicatesDropped).toHaveLength(11);
    expect(model.duplicatesDropped).toEqual(
      expect.arrayContaining([{ dropped: 'Los Angeles', keptAs: 'Los Ángeles' }]),
    );
    const sections = model.sectionsCreated.reduce((sum, s) => sum + s.sections, 0);
    expect(209 - 11 - model.sectionsCreated.length + sections).toBe(293);
  });
});
