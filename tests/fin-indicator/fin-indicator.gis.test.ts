import { tileOf } from '../../bench/cases';
import { crimeLayer } from '../../src/crime/crime.layers';
import { STREAM_CHUNK_FEATURES } from '../../src/http/geojson-stream';
import { decodeTile } from '../helpers/mvt';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * The Fin indicator in the GIS outputs (issue #11): IDS and crime as
 * properties of the choropleth layers, the `crime` point layer (date,
 * category, offence only) in /geojson, /ogc (datetime and category filters,
 * paged) and /tiles, and the IDS layer per AGEB.
 */

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

const getJson = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: (await response.json()) as any };
};

it('colonias and territoriales carry the IDS and the last complete year of high-impact crime', async () => {
  const { status, body } = await getJson('/geojson/colonias?precision=3');
  expect(status).toBe(200);
  const units: { unit_id: number; value: number; stratum: string }[] = await server.dataSource.query(
    `SELECT unit_id, value, stratum FROM social_development_unit WHERE kind = 'COLONIA'`,
  );
  const crime: { colonia_id: number; n: number }[] = await server.dataSource.query(`
    SELECT colonia_id, (count(*) FILTER (WHERE category <> 'OTROS'))::int AS n FROM crime_incident
     WHERE occurred_on >= '2020-01-01' AND occurred_on < '2021-01-01' AND colonia_id IS NOT NULL GROUP BY 1`);
  const ids = new Map(units.map((u) => [u.unit_id, u]));
  const counts = new Map(crime.map((c) => [c.colonia_id, c.n]));
  // Units no AGEB polygon touches (two tiny IECM units in gaps of INEGI's framework) have no IDS: null, not 0.
  const uncovered: { id: number }[] = await server.dataSource.query(`
    SELECT c.id FROM colonia c
     WHERE NOT EXISTS (SELECT 1 FROM ageb_social_development a WHERE ST_Intersects(a.geom, c.geom))`);
  expect(uncovered.length).toBeLessThan(5);
  for (const { id } of uncovered) expect(ids.has(id)).toBe(false);
  for (const feature of body.features) {
    const unit = ids.get(feature.id);
    if (unit === undefined) {
      expect(uncovered.map((u) => u.id)).toContain(feature.id);
      expect(feature.properties.ids).toBeNull();
      expect(feature.properties.idsStratum).toBeNull();
    } else {
      expect(feature.properties.ids).toBeCloseTo(unit.value, 10);
      expect(feature.properties.idsStratum).toBe(unit.stratum);
    }
    // Every unit has figures of that year: a colonia without incidents has 0 of them.
    expect(feature.properties.crimeYear).toBe(2020);
    expect(feature.properties.crimeHighImpact).toBe(counts.get(feature.id) ?? 0);
    expect(feature.properties).toHaveProperty('crimeRatePer100k');
  }
  const territoriales = await getJson('/geojson/territoriales?precision=3');
  const total = territoriales.body.features.reduce(
    (n: number, f: { properties: { crimeHighImpact: number } }) => n + f.properties.crimeHighImpact,
    0,
  );
  expect(total).toBe(crime.reduce((n, c) => n + c.n, 0));
});

it('serves the crime points with date, category and offence only, filtered and bounded', async () => {
  const [expected] = await server.dataSource.query(
    `SELECT count(*)::int AS n FROM crime_incident WHERE category = 'HOMICIDIO_DOLOSO' AND occurred_on BETWEEN '2020-01-01' AND '2020-03-31'`,
  );
  const { status, body } = await getJson('/geojson/crime?from=2020-01-01&to=2020-03-31&category=HOMICIDIO_DOLOSO');
  expect(status).toBe(200);
  expect(body.numberMatched).toBe(expected.n);
  expect(body.features).toHaveLength(expected.n);
  for (const f of body.features) {
    expect(Object.keys(f.properties).sort()).toEqual(['category', 'date', 'offence']);
    expect(f.properties.category).toBe('HOMICIDIO_DOLOSO');
    expect(f.geometry.type).toBe('Point');
  }
  const bad = await getJson('/geojson/crime?category=ROBO_DE_BICICLETA');
  expect(bad.status).toBe(400);
  expect(bad.body.description ?? bad.body.message ?? JSON.stringify(bad.body)).toContain('category');
});

it('streams the whole crime layer in pieces: capped, ordered, concurrent requests alike', async () => {
  const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM crime_incident`);
  const returned = Math.min(n, crimeLayer.maxFeatures!);
  const firstIds: { id: string }[] = await server.dataSource.query(
    `SELECT id::text AS id FROM crime_incident ORDER BY crime_incident.id LIMIT 3`,
  );
  const responses = await Promise.all(Array.from({ length: 4 }, () => fetch(`${server.url}/geojson/crime`)));
  const bodies = await Promise.all(responses.map((r) => r.text()));
  for (const response of responses) {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/geo+json');
    // The ids, then one statement per STREAM_CHUNK_FEATURES features: no statement builds the whole layer (built
    // whole, the ≈ 11 MB text was parsed, copied and hashed in one go, and a few such requests stalled the server).
    expect(Number(response.headers.get('x-sql-statements'))).toBe(1 + Math.ceil(returned / STREAM_CHUNK_FEATURES));
  }
  expect(new Set(bodies).size).toBe(1);
  const body = JSON.parse(bodies[0]);
  expect(body).toMatchObject({ type: 'FeatureCollection', name: 'crime', numberMatched: n, numberReturned: returned });
  expect(body.features).toHaveLength(returned);
  expect(body.features.slice(0, 3).map((f: { id: number }) => String(f.id))).toEqual(firstIds.map((r) => r.id));
  for (let i = 1; i < body.features.length; i++) expect(body.features[i].id).toBeGreaterThan(body.features[i - 1].id);
});

it('pages the crime layer in OGC API – Features with datetime and category', async () => {
  const [expected] = await server.dataSource.query(
    `SELECT count(*)::int AS n FROM crime_incident WHERE category = 'ROBO_DE_VEHICULO' AND occurred_on BETWEEN '2020-02-01' AND '2020-02-29'`,
  );
  const first = await getJson(
    '/ogc/collections/crime/items?datetime=2020-02-01/2020-02-29&category=ROBO_DE_VEHICULO&limit=50',
  );
  expect(first.status).toBe(200);
  expect(first.body.numberMatched).toBe(expected.n);
  expect(first.body.features).toHaveLength(Math.min(50, expected.n));
  expect(first.body.links.some((l: { rel: string }) => l.rel === 'next')).toBe(expected.n > 50);
  const collection = await getJson('/ogc/collections/crime');
  expect(collection.status).toBe(200);
  expect(collection.body.extent.temporal.interval[0][0]).toMatch(/^2019-01-01/);
});

it('draws the crime points in vector tiles from zoom 12 and the IDS per AGEB', async () => {
  const [point] = await server.dataSource.query(
    `SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM crime_incident WHERE occurred_on = '2020-06-15' ORDER BY id LIMIT 1`,
  );
  const at = (z: number) => tileOf(point.lon, point.lat, z);
  const z14 = await fetch(`${server.url}/tiles/crime/14/${at(14).x}/${at(14).y}.mvt`);
  expect(z14.status).toBe(200);
  const layer = decodeTile(new Uint8Array(await z14.arrayBuffer())).crime;
  expect(layer.length).toBeGreaterThan(0);
  expect(Object.keys(layer[0].properties).sort()).toEqual(['category', 'date', 'offence']);
  const z10 = await fetch(`${server.url}/tiles/crime/10/${at(10).x}/${at(10).y}.mvt`);
  expect(z10.status).toBe(204);

  const agebs = await getJson('/geojson/ids_agebs?precision=4');
  expect(agebs.body.features).toHaveLength(458);
  const [counts] = await server.dataSource.query(
    `SELECT count(*) FILTER (WHERE stratum = 'MUY_BAJO')::int AS muy_bajo, count(*) FILTER (WHERE idsm IS NULL)::int AS none FROM ageb_social_development`,
  );
  expect(agebs.body.features.filter((f: any) => f.properties.stratum === 'MUY_BAJO')).toHaveLength(counts.muy_bajo);
  expect(counts).toEqual({ muy_bajo: 132, none: 4 });
});

it("Evalúa's thresholds reproduce the stratum the source gives every AGEB", async () => {
  const [row] = await server.dataSource.query(`
    SELECT count(*)::int AS mismatched FROM ageb_social_development a
     WHERE a.idsm IS NOT NULL
       AND a.stratum IS DISTINCT FROM (SELECT s.stratum FROM ids_stratum s WHERE s.lower_bound <= a.idsm ORDER BY s.lower_bound DESC LIMIT 1)`);
  expect(row.mismatched).toBe(0);
});
