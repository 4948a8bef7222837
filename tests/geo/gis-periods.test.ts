import { tileOf } from '../../bench/cases';
import {
  GisPeriodColoniasDocument,
  GisPeriodTerritorialesDocument,
  type GisPeriodCoverageFragment,
} from '../graphql/generated';
import { decodeTile } from '../helpers/mvt';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * Periods in the GIS outputs (issue #23 item 4): `from`/`to` (or `year`) on /geojson and /tiles, `datetime` on
 * /ogc items as OGC API – Features Part 1 defines it. The coverage and crime figures of the choropleth layers are
 * then those of the period — the same as GraphQL's `coverage(from, to)` and `crime(from, to)` of each unit, for a
 * PUBLIC caller — and dated point layers keep the features of the period. A period before the data begins is "no
 * data": null, never 0. Each request is one SQL statement.
 */

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

interface Feature {
  id: number;
  geometry: unknown;
  properties: Record<string, any>;
}

async function get(path: string): Promise<{ status: number; body: any; headers: Headers; bytes: Buffer }> {
  const res = await fetch(`${server.url}${path}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  const body = /json/.test(type) ? JSON.parse(bytes.toString('utf8')) : undefined;
  return { status: res.status, body, headers: res.headers, bytes };
}

async function features(path: string): Promise<Feature[]> {
  const res = await get(path);
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return res.body.features;
}

const byId = (list: Feature[]) => new Map(list.map((f) => [f.id, f.properties]));

/** A period with partial months at both ends (edge days come from the daily rows) and both kinds of data. */
const FROM = '2020-02-15';
const TO = '2020-07-10';

/** The GIS properties a GraphQL coverage and crime of the same unit and window give. */
function expectedProperties(coverage: GisPeriodCoverageFragment, highImpact: number, population: number | null) {
  const improvements = coverage.improvements.reduce((n, i) => n + (i.count ?? 0), 0);
  return {
    beneficiaries: coverage.beneficiaries.total,
    workshops: coverage.workshops.total,
    workshopParticipants: coverage.workshops.participants,
    ecosSchools: coverage.ecosSchools,
    improvements,
    activities: coverage.activities,
    peopleReached: coverage.peopleReached,
    poblacion: coverage.poblacion,
    crimeHighImpact: highImpact,
    crimeRatePer100k: population ? Math.round((highImpact * 100000 * 100) / population) / 100 : null,
  };
}

function pick(properties: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, properties[n]]));
}

describe('the choropleth layers carry the figures of the period', () => {
  it('territoriales: every figure as GraphQL coverage(from, to) and crime(from, to) of the territorial, one statement', async () => {
    const res = await get(`/geojson/territoriales?from=${FROM}&to=${TO}&precision=3`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-sql-statements')).toBe('1');
    const gis = byId(res.body.features);
    const api = await server.gql(GisPeriodTerritorialesDocument, { from: FROM, to: TO });
    expect(api.errors).toBeUndefined();
    expect(api.data.territoriales).toHaveLength(13);
    for (const t of api.data.territoriales) {
      const properties = gis.get(Number(t.id)) as Record<string, any>;
      const expected = {
        ...expectedProperties(t.coverage, t.crime.highImpact, properties.poblacion),
        colonias: t.coverage.colonias,
        coloniasAttended: t.coverage.coloniasAttended,
        periodFrom: FROM,
        periodTo: TO,
        crimeFrom: FROM,
        crimeTo: TO,
        crimeYear: null,
      };
      expect(pick(properties, Object.keys(expected))).toEqual(expected);
      expect(properties.coverageRatio).toBeCloseTo(t.coverage.coverageRatio as number, 12);
      expect(properties.peopleReachedPer1000).toBeCloseTo(t.coverage.peopleReachedPer1000 as number, 9);
    }
    // The period changes the figures: the demo's year is not the same as five of its months.
    const year = byId(await features('/geojson/territoriales?year=2020&precision=3'));
    expect([...gis.keys()].some((id) => gis.get(id)?.peopleReached !== year.get(id)?.peopleReached)).toBe(true);
  });

  it('colonias: every figure as GraphQL coverage(from, to) and crime(from, to) of the colonia', async () => {
    const gis = byId(await features(`/geojson/colonias?from=${FROM}&to=${TO}&precision=3`));
    expect(gis.size).toBe(293);
    let after: string | null = null;
    let seen = 0;
    do {
      const page: any = await server.gql(GisPeriodColoniasDocument, { from: FROM, to: TO, first: 100, after });
      expect(page.errors).toBeUndefined();
      for (const { node } of page.data.colonias.edges) {
        const properties = gis.get(Number(node.id)) as Record<string, any>;
        const expected = {
          ...expectedProperties(node.coverage, node.crime.highImpact, properties.poblacion),
          attended: node.coverage.coloniasAttended > 0,
          periodFrom: FROM,
          periodTo: TO,
        };
        expect(pick(properties, Object.keys(expected))).toEqual(expected);
        seen += 1;
      }
      after = page.data.colonias.pageInfo.hasNextPage ? page.data.colonias.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toBe(293);
  });

  it('year=YYYY is 1 January – 31 December; without a period, coverage is all time and crime its last complete year', async () => {
    const year = await get('/geojson/colonias?year=2020');
    const range = await get('/geojson/colonias?from=2020-01-01&to=2020-12-31');
    expect(year.bytes.equals(range.bytes)).toBe(true);
    const none = await features('/geojson/territoriales?precision=3');
    for (const f of none) {
      expect(f.properties).toMatchObject({ periodFrom: null, periodTo: null, crimeYear: 2020 });
      expect(f.properties).toMatchObject({ crimeFrom: '2020-01-01', crimeTo: '2020-12-31' });
    }
    const crime2020 = byId(year.body.features);
    const [sum] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM crime_incident WHERE category <> 'OTROS' AND colonia_id IS NOT NULL
          AND occurred_on BETWEEN '2020-01-01' AND '2020-12-31'`,
    );
    expect([...crime2020.values()].reduce((n, p) => n + p.crimeHighImpact, 0)).toBe(sum.n);
    for (const p of crime2020.values()) expect(p.crimeYear).toBe(2020);
  });

  it('a period before the data begins is "no data": null figures, never 0', async () => {
    // 2019: before the program's first year (2020), with crime data (2019–2020 in the tests' database).
    for (const f of await features('/geojson/territoriales?year=2019&precision=2')) {
      for (const name of ['beneficiaries', 'workshops', 'workshopParticipants', 'ecosSchools', 'improvements'])
        expect({ name, value: f.properties[name] }).toEqual({ name, value: null });
      for (const name of ['activities', 'peopleReached', 'peopleReachedPer1000', 'coloniasAttended', 'coverageRatio'])
        expect({ name, value: f.properties[name] }).toEqual({ name, value: null });
      expect(f.properties.poblacion).toBeGreaterThan(0);
      expect(f.properties.colonias).toBeGreaterThan(0);
      expect(f.properties.crimeHighImpact).toBeGreaterThan(0);
      expect(f.properties.crimeYear).toBe(2019);
    }
    // 2015: before every source.
    for (const f of await features('/geojson/colonias?from=2015-01-01&to=2015-06-30&precision=2')) {
      expect(f.properties).toMatchObject({
        beneficiaries: null,
        attended: null,
        crimeHighImpact: null,
        crimeRatePer100k: null,
        crimeYear: null,
        periodFrom: '2015-01-01',
        crimeTo: '2015-06-30',
      });
    }
    // A period that ends before the data but is open at its start: still no data.
    const open = await features(
      '/ogc/collections/territoriales/items?datetime=../2018-12-31&properties=beneficiaries,crimeHighImpact',
    );
    for (const f of open) expect(f.properties).toEqual({ beneficiaries: null, crimeHighImpact: null });
  });

  it('vector tiles carry the figures of the period; the TileJSON puts the period in every tile URL', async () => {
    const [center] = await server.dataSource.query(
      `SELECT ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat FROM territorial ORDER BY id LIMIT 1`,
    );
    const t = tileOf(center.lon, center.lat, 12);
    const path = `/tiles/territoriales/12/${t.x}/${t.y}.mvt`;
    const period = await get(`${path}?from=${FROM}&to=${TO}`);
    expect(period.status).toBe(200);
    expect(period.headers.get('x-sql-statements')).toBe('1');
    const all = await get(path);
    expect(period.headers.get('etag')).not.toBe(all.headers.get('etag'));
    const gis = byId(await features(`/geojson/territoriales?from=${FROM}&to=${TO}&precision=0`));
    const decoded = decodeTile(new Uint8Array(period.bytes)).territoriales;
    expect(decoded.length).toBeGreaterThan(0);
    for (const f of decoded) {
      // A vector tile has no null: a null property is left out.
      const expected = Object.fromEntries(Object.entries(gis.get(f.id as number) ?? {}).filter(([, v]) => v !== null));
      expect(f.properties).toEqual(expected);
    }
    const tileJson = await get('/tiles/colonias.json?year=2020');
    expect(tileJson.status).toBe(200);
    expect(tileJson.body.tiles).toEqual([`${server.url}/tiles/colonias/{z}/{x}/{y}.mvt?from=2020-01-01&to=2020-12-31`]);
    const open = await get('/tiles/colonias.json?to=2020-06-30');
    expect(open.body.tiles[0]).toMatch(/\.mvt\?to=2020-06-30$/);
    expect((await get('/tiles/colonias.json')).body.tiles[0]).toMatch(/\.mvt$/);
  });

  it('OGC datetime: dates, date-times, instants and half-bounded intervals as Part 1 defines them', async () => {
    const props = (list: Feature[]) => new Map(list.map((f) => [f.id, f.properties]));
    const geojson = props(await features(`/geojson/territoriales?from=${FROM}&to=${TO}`));
    const items = await get(`/ogc/collections/territoriales/items?datetime=${FROM}/${TO}`);
    expect(items.headers.get('x-sql-statements')).toBe('1');
    expect(props(items.body.features)).toEqual(geojson);
    const dateTimes = await features(
      `/ogc/collections/territoriales/items?datetime=${FROM}T00:00:00Z/${TO}T23:59:59.999Z`,
    );
    expect(props(dateTimes)).toEqual(geojson);
    const instant = await features('/ogc/collections/colonias/items?datetime=2020-03-02&limit=300');
    expect(props(instant)).toEqual(props(await features('/geojson/colonias?from=2020-03-02&to=2020-03-02')));
    const openStart = await features('/ogc/collections/territoriales/items?datetime=../2020-06-30');
    expect(props(openStart)).toEqual(props(await features('/geojson/territoriales?to=2020-06-30')));
    expect(openStart[0].properties).toMatchObject({ periodFrom: null, periodTo: '2020-06-30', crimeFrom: null });
    const openEnd = await features('/ogc/collections/territoriales/items?datetime=2020-06-01/..');
    expect(props(openEnd)).toEqual(props(await features('/ogc/collections/territoriales/items?datetime=2020-06-01/')));
    expect(props(openEnd)).toEqual(props(await features('/geojson/territoriales?from=2020-06-01')));
    // A filter and sortby on a figure read the figure of the period.
    const busy = await get(
      `/ogc/collections/colonias/items?datetime=${FROM}/${TO}&filter=${encodeURIComponent('peopleReached > 20 AND crimeHighImpact >= 1')}&sortby=-crimeRatePer100k&properties=peopleReached,crimeHighImpact,crimeRatePer100k&limit=300`,
    );
    expect(busy.headers.get('x-sql-statements')).toBe('1');
    const every = await features(`/geojson/colonias?from=${FROM}&to=${TO}&precision=0`);
    const expected = every
      .filter((f) => f.properties.peopleReached > 20 && f.properties.crimeHighImpact >= 1)
      // PostgreSQL's descending order puts nulls (a colonia without a population) first.
      .sort((a, b) => {
        const [x, y] = [a.properties.crimeRatePer100k, b.properties.crimeRatePer100k];
        if (x !== y) return x === null ? -1 : y === null ? 1 : y - x;
        return a.id - b.id;
      });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(every.length);
    expect(busy.body.features.map((f: Feature) => f.id)).toEqual(expected.map((f) => f.id));
    // The collection's OpenAPI path documents it.
    const api = await get('/ogc/api');
    const parameters = api.body.paths['/collections/territoriales/items'].get.parameters;
    expect(parameters.find((p: { name?: string }) => p.name === 'datetime').description).toMatch(/crimeHighImpact/);
  });

  it('dated point layers keep the features of the period, on /geojson, /tiles and /ogc alike', async () => {
    const [workshops] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM workshop WHERE held_on BETWEEN '2020-03-01' AND '2020-06-30'`,
    );
    expect(workshops.n).toBeGreaterThan(0);
    const geojson = await features('/geojson/workshops?from=2020-03-01&to=2020-06-30');
    const items = await get('/ogc/collections/workshops/items?datetime=2020-03-01/2020-06-30&limit=1000');
    expect(geojson).toHaveLength(workshops.n);
    expect(items.body.numberMatched).toBe(workshops.n);
    for (const f of geojson)
      expect(f.properties.heldOn >= '2020-03-01' && f.properties.heldOn <= '2020-06-30').toBe(true);

    const [crime] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM crime_incident WHERE occurred_on BETWEEN '2020-05-01' AND '2020-05-31'`,
    );
    const may = await get('/geojson/crime?from=2020-05-01&to=2020-05-31');
    expect(may.body.numberMatched).toBe(crime.n);
    const [point] = await server.dataSource.query(
      `SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM crime_incident WHERE occurred_on = '2020-06-15' ORDER BY id LIMIT 1`,
    );
    const t = tileOf(point.lon, point.lat, 14);
    const tile = await get(`/tiles/crime/14/${t.x}/${t.y}.mvt?from=2020-06-15&to=2020-06-15`);
    expect(tile.status).toBe(200);
    const decoded = decodeTile(new Uint8Array(tile.bytes)).crime;
    expect(decoded.length).toBeGreaterThan(0);
    for (const f of decoded) expect(f.properties.date).toBe('2020-06-15');
    const whole = decodeTile(new Uint8Array((await get(`/tiles/crime/14/${t.x}/${t.y}.mvt`)).bytes)).crime;
    expect(whole.length).toBeGreaterThan(decoded.length);
  });
});

it('refuses a bad period with a 400 naming the parameter', async () => {
  const tile = '/tiles/colonias/12/921/1823.mvt';
  for (const [path, parameter] of [
    ['/geojson/colonias?from=2020-13-01', 'from'],
    ['/geojson/colonias?to=2020-02-30', 'to'],
    ['/geojson/colonias?from=20200101&to=2020-02-01', 'from'],
    ['/geojson/colonias?from=2020-07-01&to=2020-06-30', 'from'],
    ['/geojson/colonias?from=2010-01-01&to=2020-01-01', 'to'],
    ['/geojson/colonias?year=20', 'year'],
    ['/geojson/colonias?year=2020&from=2020-01-01', 'year'],
    ['/geojson/colonias?datetime=2020-01-01', 'datetime'],
    ['/geojson/ecos?from=2020-01-01&to=2020-12-31', 'from'],
    ['/geojson/mercomuna?year=2020', 'year'],
    [`${tile}?from=yesterday`, 'from'],
    [`${tile}?from=2009-12-31&to=2020-01-01`, 'to'],
    [`${tile}?period=2020`, 'period'],
    ['/tiles/colonias.json?to=2020-02-30', 'to'],
    ['/tiles/ecos.json?year=2020', 'year'],
    ['/ogc/collections/colonias/items?datetime=2020-13-01', 'datetime'],
    ['/ogc/collections/colonias/items?datetime=2020-01-01/2020-02-01/2020-03-01', 'datetime'],
    ['/ogc/collections/colonias/items?datetime=../..', 'datetime'],
    ['/ogc/collections/colonias/items?datetime=2020-06-01/2020-01-01', 'datetime'],
    ['/ogc/collections/colonias/items?datetime=2009-01-01/2020-01-01', 'datetime'],
    ['/ogc/collections/colonias/items?datetime=2020-01-01T25:00:00Z', 'datetime'],
    ['/ogc/collections/colonias/items?datetime=2020-01-01T10:00:00', 'datetime'],
    ['/ogc/collections/colonias/items?datetime=2020', 'datetime'],
    ['/ogc/collections/ecos/items?datetime=2020-01-01/2020-12-31', 'datetime'],
    ['/ogc/collections/colonias/items?from=2020-01-01', 'from'],
    ['/ogc/collections/colonias/items?f=gpkg&datetime=2020-02-30', 'datetime'],
  ]) {
    const res = await get(path);
    expect({ path, status: res.status }).toEqual({ path, status: 400 });
    expect({ path, code: res.body.code }).toEqual({ path, code: 'BAD_USER_INPUT' });
    expect({ path, starts: res.body.description.split(' ')[0] }).toEqual({ path, starts: parameter });
  }
  // Just under 10 years is a period.
  expect((await get('/geojson/territoriales?from=2010-01-01&to=2019-12-31&precision=0')).status).toBe(200);
});
