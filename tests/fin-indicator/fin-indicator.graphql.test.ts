import { BackgroundLoad } from '../../src/common/background-load';
import { changeFirstToLastPct } from '../../src/crime/crime.service';
import { expectError, startTestServer, type TestServer } from '../helpers/test-server';
import {
  ColoniasCrimeAndIds2020Document,
  CrimeByCategoryPartialMonthsDocument,
  FinCrimeTotalDocument,
  FinFiguresAndChangeDocument,
  FinHighImpactStartDocument,
  FinIdsValueDocument,
  FinIndicator2020Document,
} from '../graphql/generated';

/**
 * The Fin indicator (issue #11) over the real data the test setup loads: the
 * IDS 2020 of the 458 AGEBs and the incidents of 2019–2020. Figures are
 * checked against independent PostGIS computations, not against constants.
 */

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

it("computes the change the report's way: 661 → 548 is −17.09 %", () => {
  expect(changeFirstToLastPct(661, 548)).toBe(-17.09);
  expect(changeFirstToLastPct(100, 150)).toBe(50);
  expect(changeFirstToLastPct(3, 2)).toBe(-33.33);
  expect(changeFirstToLastPct(0, 5)).toBeNull();
});

it('answers finIndicator(year: 2020) for the alcaldía and the 13 territoriales', async () => {
  const result = await server.gql(FinIndicator2020Document);
  expect(result.errors).toBeUndefined();
  const fin = result.data.finIndicator;
  const finIds = fin.ids!;
  expect(fin.idsBaseline).toEqual({ year: 2015, value: 0.77, stratum: 'BAJO' });
  const [expected] = await server.dataSource.query(`
    SELECT (sum(population::float8 * idsm) / sum(population) FILTER (WHERE idsm IS NOT NULL))::float8 AS ids,
           sum(population)::int AS population FROM ageb_social_development`);
  expect(finIds.value).toBeCloseTo(expected.ids, 4);
  expect(finIds.population).toBe(expected.population);
  expect(finIds.components).toHaveLength(8);
  expect(finIds.populationByStratum.map((s) => s.stratum)).toEqual([
    'MUY_BAJO',
    'BAJO',
    'MEDIO',
    'ALTO',
    'MUY_ALTO',
    'SIN_INFORMACION',
  ]);
  expect(finIds.populationByStratum.reduce((n, s) => n + s.share, 0)).toBeCloseTo(1, 3);

  const months: { month: string; total: number; high: number }[] = await server.dataSource.query(`
    SELECT to_char(occurred_on, 'YYYY-MM') AS month, count(*)::int AS total, (count(*) FILTER (WHERE category <> 'OTROS'))::int AS high
      FROM crime_incident WHERE occurred_on BETWEEN '2020-01-01' AND '2020-12-31' GROUP BY 1 ORDER BY 1`);
  expect(months).toHaveLength(12);
  expect(fin.crime.monthly).toEqual(months.map((m) => ({ month: m.month, total: m.total, highImpact: m.high })));
  expect(fin.crime.total).toBe(months.reduce((n, m) => n + m.total, 0));
  expect(fin.highImpactStartOfYear).toBe(months[0].high);
  expect(fin.highImpactEndOfYear).toBe(months[11].high);
  expect(fin.highImpactChangePct).toBe(changeFirstToLastPct(months[0].high, months[11].high));
  const [previous] = await server.dataSource.query(
    `SELECT (count(*) FILTER (WHERE category <> 'OTROS'))::int AS high FROM crime_incident WHERE occurred_on BETWEEN '2019-01-02' AND '2019-12-31'`,
  );
  // 2020 has 366 days: the previous window of the same length is 2019-01-01 … 2019-12-31 plus 2018-12-31 (no data).
  expect(previous.high).toBeGreaterThan(0);

  expect(fin.territoriales).toHaveLength(13);
  const perTerritorial = fin.territoriales.reduce((n, t) => n + t.crime.total, 0);
  const [{ unassigned }] = await server.dataSource.query(
    `SELECT count(*)::int AS unassigned FROM crime_incident WHERE colonia_id IS NULL AND occurred_on BETWEEN '2020-01-01' AND '2020-12-31'`,
  );
  expect(perTerritorial + unassigned).toBe(fin.crime.total);
  for (const t of fin.territoriales) expect(t.ids!.value).toBeGreaterThan(0.3);
});

it("agrees with an independent PostGIS computation of every colonia's 2020 crime and IDS, in a constant number of statements", async () => {
  const result = await server.gql(ColoniasCrimeAndIds2020Document, { first: 500 });
  expect(result.errors).toBeUndefined();
  const nodes = result.data.colonias.edges.map((e) => e.node);
  // Independent: the smallest colonia covering each point, from the geometry (not the stored assignment).
  const crime: { id: number; total: number; high: number }[] = await server.dataSource.query(`
    SELECT c.id, count(x.id)::int AS total, (count(x.id) FILTER (WHERE x.category <> 'OTROS'))::int AS high
      FROM colonia c
      LEFT JOIN (SELECT i.id, i.category,
                        (SELECT c2.id FROM colonia c2 WHERE ST_Covers(c2.geom, i.geom)
                          ORDER BY ST_Area(c2.geom::geography), c2.id LIMIT 1) AS colonia_id
                   FROM crime_incident i WHERE i.occurred_on >= '2020-01-01' AND i.occurred_on < '2021-01-01') x
        ON x.colonia_id = c.id
     GROUP BY c.id`);
  // Independent: areas in UTM 14N (planar metres) instead of the spheroid.
  const ids: { id: number; value: number | null; population: number }[] = await server.dataSource.query(`
    SELECT c.id,
           sum(p.share * a.population * a.idsm) FILTER (WHERE a.idsm IS NOT NULL) / NULLIF(sum(p.share * a.population) FILTER (WHERE a.idsm IS NOT NULL), 0) AS value,
           COALESCE(sum(p.share * a.population), 0) AS population
      FROM colonia c
      LEFT JOIN LATERAL (SELECT a.cvegeo, ST_Area(ST_Transform(ST_Intersection(a.geom, c.geom), 32614)) / ST_Area(ST_Transform(a.geom, 32614)) AS share
                           FROM ageb_social_development a WHERE ST_Intersects(a.geom, c.geom)) p ON true
      LEFT JOIN ageb_social_development a ON a.cvegeo = p.cvegeo
     GROUP BY c.id`);
  const crimeById = new Map(crime.map((r) => [String(r.id), r]));
  const idsById = new Map(ids.map((r) => [String(r.id), r]));
  expect(nodes.length).toBe(crime.length);
  let withCrime = 0;
  for (const node of nodes) {
    const c = crimeById.get(node.id)!;
    expect({ clave: node.clave, total: node.crime.total, high: node.crime.highImpact }).toEqual({
      clave: node.clave,
      total: c.total,
      high: c.high,
    });
    if (c.total > 0) withCrime++;
    const i = idsById.get(node.id)!;
    if (i.value === null) expect(node.ids?.value ?? null).toBeNull();
    else {
      expect(Math.abs(node.ids!.value! - Number(i.value))).toBeLessThan(0.002);
      expect(Math.abs(node.ids!.population - Number(i.population))).toBeLessThanOrEqual(
        Math.max(2, Number(i.population) * 0.005),
      );
    }
  }
  expect(withCrime).toBeGreaterThan(nodes.length / 2);
  // The page, its count, crime of 293 colonias (with their previous windows and populations) and their IDS.
  expect(result.sqlStatements).toBeLessThanOrEqual(5);
  const again = await server.gql(ColoniasCrimeAndIds2020Document, { first: 20 });
  expect(again.sqlStatements).toBe(result.sqlStatements);
});

it('filters by category and windows of partial months', async () => {
  const result = await server.gql(CrimeByCategoryPartialMonthsDocument);
  expect(result.errors).toBeUndefined();
  const [row] = await server.dataSource.query(`
    SELECT (count(*) FILTER (WHERE category = 'ROBO_DE_VEHICULO'))::int AS robo, (count(*) FILTER (WHERE category = 'OTROS'))::int AS otros
      FROM crime_incident WHERE occurred_on BETWEEN '2020-03-10' AND '2020-04-20'`);
  const { robo, otros } = result.data.finIndicator;
  expect(robo.total).toBe(row.robo);
  expect(robo.highImpact).toBe(row.robo);
  expect(robo.monthly.map((m) => m.month)).toEqual(['2020-03', '2020-04']);
  expect(robo.byCategory.find((c) => c.key === 'OTROS')!.count).toBe(0);
  expect(otros).toEqual({ total: row.otros, highImpact: 0 });
});

it('refuses, naming it, a figure whose data is still loading in the background, and answers once it is loaded', async () => {
  // As the embedded demo's first start marks its background steps (seeds/fin-indicator.seed.ts).
  const crime2020 = BackgroundLoad.begin('crime', {
    label: 'crime incidents of 2020',
    from: '2020-01-01',
    to: '2020-12-31',
  });
  const ids = BackgroundLoad.begin('ids', { label: "Evalúa's IDS per AGEB" });
  const crime2019 = BackgroundLoad.begin('crime', {
    label: 'crime incidents of 2019',
    from: '2019-01-01',
    to: '2019-12-31',
  });
  try {
    const crimeLoading = await server.gql(FinHighImpactStartDocument, { year: 2020 });
    expect(crimeLoading.data).toBeNull();
    expect(crimeLoading.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(crimeLoading.errors?.[0].message).toMatch(/^crime incidents of 2020 are still loading/);
    const idsLoading = await server.gql(FinIdsValueDocument, { year: 2020 });
    expect(idsLoading.data.finIndicator).toEqual({ year: 2020, ids: null });
    expect(idsLoading.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(idsLoading.errors?.[0].message).toMatch(/^Evalúa's IDS per AGEB are still loading/);
    // 2020 loaded, 2019 not yet: the figures of 2020 are answered, but not a change against a partial 2019.
    crime2020();
    ids();
    const partly = await server.gql(FinFiguresAndChangeDocument, { year: 2020 });
    expect(partly.errors).toBeUndefined();
    expect(partly.data.finIndicator.highImpactStartOfYear).toBeGreaterThan(0);
    expect(partly.data.finIndicator.ids!.value).toBeGreaterThan(0);
    expect(partly.data.finIndicator.crime.changeVsPreviousPeriodPct).toBeNull();
    const early = await server.gql(FinCrimeTotalDocument, { year: 2019 });
    expect(early.errors?.[0].message).toMatch(/^crime incidents of 2019 are still loading/);
    crime2019();
    const loaded = await server.gql(FinFiguresAndChangeDocument, { year: 2020 });
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data.finIndicator.crime.changeVsPreviousPeriodPct).not.toBeNull();
  } finally {
    crime2020();
    ids();
    crime2019();
  }
});

describe('bad input', () => {
  it.each([
    [`{ territoriales { crime(from: "2020-02-01", to: "2020-01-01") { total } } }`, 'from'],
    [`{ territoriales { crime(from: "2010-01-01", to: "2020-01-01") { total } } }`, 'to'],
    [`{ finIndicator(year: 2020) { crime(from: "2020-02-30") { total } } }`, 'from'],
    [`{ finIndicator(year: 20200) { year } }`, 'year'],
  ])('%s → BAD_USER_INPUT naming %s', async (query, argument) => {
    // Strings: each document's literal arguments are the deliberately bad input under test.
    expectError(await server.gql(query), 'BAD_USER_INPUT', argument);
  });

  it('refuses an unknown category', async () => {
    // A string: the typed operation would not take a value outside CrimeCategory.
    const result = await server.gql(
      `query ($c: CrimeCategory) { finIndicator(year: 2020) { crime(category: $c) { total } } }`,
      { c: 'ROBO_DE_BICICLETA' },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('ROBO_DE_BICICLETA');
  });
});
