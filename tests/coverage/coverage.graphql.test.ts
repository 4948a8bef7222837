import { coveragePropertiesByColoniaSql, coveragePropertiesByTerritorialSql } from '../../src/coverage/coverage.sql';
import { factories, uniqueKey } from '../helpers/factories';
import { expectError, startTestServer, type TestServer } from '../helpers/test-server';
import {
  AlcaldiaColoniasDocument,
  ColoniasCoverageTwoWindowsDocument,
  CoverageAroundBajaDocument,
  CoverageAtAndByIdDocument,
  CoverageAtColoniaDocument,
  CoverageChoroplethLayersDocument,
  CoveragePoblacionDocument,
  CoverageTerritorialAndColoniasDocument,
  CoverageWindowsDocument,
  ImprovementsOfColoniaAndAllDocument,
  ImprovementsOfColoniaDocument,
  ImprovementStatusesOfColoniaDocument,
  TerritorialCoverageDocument,
  TerritorialesCoverageDocument,
  type ImprovementsOfColoniaAndAllQuery,
} from '../graphql/generated';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ role: 'ANALYST' });
});
// The rows a test adds (SQL) are removed after it; after the file every written table is as before it.
const make = factories(() => server, { checkWriteState: true });
afterAll(async () => {
  await server.close();
});

const sum = (list: { count: number | null }[]) => list.reduce((a, b) => a + (b.count ?? 0), 0);

async function one<T = any>(sql: string, params: unknown[] = []): Promise<T> {
  const rows = await server.dataSource.query(sql, params);
  return rows[0];
}

describe('batching: a constant number of SQL statements', () => {
  it('costs the same for all 13 territoriales with every field as for one, and at most 10', async () => {
    const all = await server.gql(TerritorialesCoverageDocument);
    expect(all.errors).toBeUndefined();
    expect(all.data.territoriales).toHaveLength(13);
    const id = all.data.territoriales[4].id;
    const single = await server.gql(TerritorialCoverageDocument, { id });
    expect(single.errors).toBeUndefined();
    expect(single.data.territorial!.coverage).toEqual(all.data.territoriales[4].coverage);
    expect(all.sqlStatements).toBe(single.sqlStatements);
    expect(all.sqlStatements).toBeLessThanOrEqual(10);
  });

  it('costs the same for every colonia of the alcaldía, each with two windows, as for one colonia', async () => {
    const all = await server.gql(ColoniasCoverageTwoWindowsDocument, { first: 500 });
    expect(all.errors).toBeUndefined();
    expect(all.data.colonias.edges).toHaveLength(293);
    const single = await server.gql(ColoniasCoverageTwoWindowsDocument, { first: 1 });
    expect(single.errors).toBeUndefined();
    expect(all.sqlStatements).toBe(single.sqlStatements);
    // the page and its count, then one statement per figure for all 586 scopes
    expect(all.sqlStatements).toBeLessThanOrEqual(10);
  });
});

describe('figures agree with independent SQL over the raw tables', () => {
  it('every territorial: beneficiaries, workshops, activities, payments, colonias', async () => {
    const result = await server.gql(TerritorialesCoverageDocument);
    for (const t of result.data.territoriales) {
      const c = t.coverage;
      const raw = await one(
        `SELECT (SELECT count(*) FROM beneficiary WHERE territorial_id = $1)::int AS beneficiaries,
                (SELECT count(*) FROM colonia WHERE territorial_id = $1)::int AS colonias,
                (SELECT count(*) FROM workshop WHERE territorial_id = $1)::int AS workshops,
                (SELECT COALESCE(sum(participants), 0) FROM workshop WHERE territorial_id = $1)::int AS participants,
                (SELECT count(*) FROM activity WHERE territorial_id = $1)::int AS activities,
                (SELECT COALESCE(sum(people_reached), 0) FROM activity WHERE territorial_id = $1)::int AS people,
                (SELECT COALESCE(sum(p.amount), 0) FROM payment p JOIN beneficiary b ON b.id = p.beneficiary_id WHERE b.territorial_id = $1)::float8 AS paid,
                (SELECT count(*) FROM ecos_school WHERE territorial_id = $1)::int AS ecos`,
        [Number(t.id)],
      );
      expect({
        beneficiaries: c.beneficiaries.total,
        colonias: c.colonias,
        workshops: c.workshops.count,
        participants: c.workshops.participants,
        activities: c.activities,
        people: c.peopleReached,
        paid: c.paymentsTotal,
        ecos: c.ecosSchools,
      }).toEqual(raw);
      for (const breakdown of ['byRole', 'bySex', 'byAgeGroup', 'byEducation', 'byOccupation'] as const)
        expect(sum(c.beneficiaries[breakdown])).toBe(c.beneficiaries.total);
    }
  });

  it('poblacion: each territorial the sum of its colonias (each unit once), the alcaldía 1,844,597; reach per 1,000 inhabitants', async () => {
    const result = await server.gql(CoveragePoblacionDocument);
    expect(result.errors).toBeUndefined();
    let alcaldia = 0;
    for (const t of result.data.territoriales) {
      const sum = t.colonias.reduce((a, c) => a + (c.poblacion ?? 0), 0);
      expect(t.poblacion).toBe(sum);
      expect(t.coverage.poblacion).toBe(sum);
      for (const c of t.colonias) expect(c.coverage.poblacion).toBe(c.poblacion);
      expect(t.coverage.peopleReachedPer1000).toBeCloseTo((t.coverage.peopleReached * 1000) / sum, 9);
      alcaldia += t.poblacion;
    }
    expect(alcaldia).toBe(1_844_597);
    expect(result.data.coverage.poblacion).toBe(1_844_597);
    expect(result.data.coverage.peopleReachedPer1000).toBeCloseTo(
      (result.data.coverage.peopleReached * 1000) / 1_844_597,
      9,
    );
    // The report's goal against the alcaldía's population: 380,000 people, ≈ 206 per 1,000 inhabitants.
    expect(result.data.programSummary).toEqual({
      poblacion: 1_844_597,
      peopleReachedGoal: 380_000,
      peopleReachedGoalPer1000: (380_000 * 1000) / 1_844_597,
    });
  });

  it('the territoriales and colonias map layers carry poblacion and peopleReachedPer1000 (choropleth-ready)', async () => {
    const result = await server.gql(CoverageChoroplethLayersDocument);
    expect(result.errors).toBeUndefined();
    const byId = new Map<number, any>();
    for (const t of result.data.territoriales) {
      byId.set(Number(t.id), { layer: 't', ...t });
      for (const c of t.colonias) byId.set(-Number(c.id), c);
    }
    expect(result.data.t.features.reduce((a: number, f: any) => a + f.properties.poblacion, 0)).toBe(1_844_597);
    expect(result.data.c.features.reduce((a: number, f: any) => a + f.properties.poblacion, 0)).toBe(1_844_597);
    for (const f of result.data.t.features) {
      const t = byId.get(f.id);
      expect(f.properties.poblacion).toBe(t.poblacion);
      expect(f.properties.peopleReachedPer1000).toBeCloseTo(t.coverage.peopleReachedPer1000, 9);
    }
    for (const f of result.data.c.features) {
      const c = byId.get(-f.id);
      expect(f.properties.poblacion).toBe(c.poblacion);
      expect(f.properties.peopleReachedPer1000).toBeCloseTo(c.coverage.peopleReachedPer1000, 9);
    }
  });

  it('the colonias of a territorial add up to the territorial', async () => {
    const result = await server.gql(CoverageTerritorialAndColoniasDocument);
    for (const t of result.data.territoriales) {
      type ColoniaCoverage = (typeof t.colonias)[number]['coverage'];
      const total = (f: (c: ColoniaCoverage) => number) => t.colonias.reduce((a, c) => a + f(c.coverage), 0);
      expect(total((c) => c.beneficiaries.total)).toBe(t.coverage.beneficiaries.total);
      expect(total((c) => c.activities)).toBe(t.coverage.activities);
      expect(total((c) => c.peopleReached)).toBe(t.coverage.peopleReached);
      expect(total((c) => c.workshops.count)).toBe(t.coverage.workshops.count);
      // ANALYST: payments are never null.
      expect(total((c) => c.paymentsTotal!)).toBeCloseTo(t.coverage.paymentsTotal!, 2);
      expect(total((c) => c.coloniasAttended)).toBe(t.coverage.coloniasAttended);
    }
  });

  it('the GIS builders (all-time, per colonia and per territorial) agree with the API and have the agreed column types', async () => {
    const byTerritorial: any[] = await server.dataSource.query(
      `SELECT * FROM (${coveragePropertiesByTerritorialSql()}) t ORDER BY territorial_id`,
    );
    const api = await server.gql(TerritorialesCoverageDocument);
    expect(byTerritorial).toHaveLength(13);
    for (const t of api.data.territoriales) {
      const row = byTerritorial.find((r) => r.territorial_id === Number(t.id));
      const c = t.coverage;
      expect(row).toEqual({
        territorial_id: Number(t.id),
        beneficiaries: c.beneficiaries.total,
        workshops: c.workshops.count,
        workshop_participants: c.workshops.participants,
        ecos_schools: c.ecosSchools,
        improvements: c.improvements.reduce((a, i) => a + (i.count ?? 0), 0),
        activities: String(c.activities), // bigint: pg returns text
        people_reached: String(c.peopleReached),
        colonias: c.colonias,
        colonias_attended: c.coloniasAttended,
        coverage_ratio: c.coverageRatio,
        poblacion: String(c.poblacion), // bigint
        people_reached_per_1000: c.peopleReachedPer1000,
        // The all-time figures (no period): which period they cover, and that the program has data in it.
        period_from: null,
        period_to: null,
        has_data: true,
      });
      expect(c.peopleReachedPer1000).toBeCloseTo((c.peopleReached * 1000) / c.poblacion!, 9);
    }
    const types =
      await one(`SELECT pg_typeof(colonia_id)::text AS colonia_id, pg_typeof(beneficiaries)::text AS beneficiaries, pg_typeof(workshops)::text AS workshops,
        pg_typeof(workshop_participants)::text AS workshop_participants, pg_typeof(ecos_schools)::text AS ecos_schools, pg_typeof(improvements)::text AS improvements,
        pg_typeof(activities)::text AS activities, pg_typeof(people_reached)::text AS people_reached, pg_typeof(attended)::text AS attended
      FROM (${coveragePropertiesByColoniaSql()}) c LIMIT 1`);
    expect(types).toEqual({
      colonia_id: 'integer',
      beneficiaries: 'integer',
      workshops: 'integer',
      workshop_participants: 'integer',
      ecos_schools: 'integer',
      improvements: 'integer',
      activities: 'bigint',
      people_reached: 'bigint',
      attended: 'boolean',
    });
    const colonias = await one(
      `SELECT count(*)::int AS n, (count(*) FILTER (WHERE attended))::int AS attended FROM (${coveragePropertiesByColoniaSql()}) c`,
    );
    const alcaldia = await server.gql(AlcaldiaColoniasDocument);
    expect(colonias).toEqual({ n: alcaldia.data.coverage.colonias, attended: alcaldia.data.coverage.coloniasAttended });
  });
});

describe('date windows (inclusive)', () => {
  it('counts only activities, workshops, payments and improvements inside the window', async () => {
    const day = (await one(`SELECT min(held_on)::text AS d FROM activity`)).d as string;
    const workshopDay = (await one(
      `SELECT held_on::text AS d, territorial_id FROM workshop ORDER BY held_on, id LIMIT 1`,
    )) as any;
    const result = await server.gql(CoverageWindowsDocument, {
      day,
      w: workshopDay.d,
      t: String(workshopDay.territorial_id),
    });
    expect(result.errors).toBeUndefined();
    const d = result.data;
    const raw = await one(`SELECT count(*)::int AS n, sum(people_reached)::int AS p FROM activity WHERE held_on = $1`, [
      day,
    ]);
    expect(d.oneDay.activities).toBe(raw.n);
    expect(d.oneDay.peopleReached).toBe(raw.p);
    // payment rows are monthly: a day selects its month's rows
    const month = await one(
      `SELECT COALESCE(sum(amount), 0)::float8 AS paid FROM payment WHERE month = date_trunc('month', $1::date)::date`,
      [day],
    );
    expect(d.oneDay.paymentsTotal).toBe(month.paid);
    const w = await one(
      `SELECT count(*)::int AS count, sum(participants)::int AS participants FROM workshop WHERE held_on = $1 AND territorial_id = $2`,
      [workshopDay.d, workshopDay.territorial_id],
    );
    expect(d.workshopDay.workshops).toEqual(w);
    expect(d.before).toMatchObject({
      activities: 0,
      workshops: { count: 0 },
      paymentsTotal: 0,
      beneficiaries: { total: 0 },
      coloniasAttended: 0,
      coverageRatio: 0,
    });
    expect(d.before.improvements.find((i) => i.kind === 'UTOPIA')!.count).toBe(0);
    expect(d.before.improvements.find((i) => i.kind === 'PIPA_AGUA')!.count).toBeNull();
    expect(d.after).toMatchObject({
      activities: 0,
      workshops: { count: 0 },
      paymentsTotal: 0,
      beneficiaries: { total: 0 },
      agendas: { finished: 0 },
      ecosSchools: 0,
    });
    expect(d.year).toEqual(d.all);
  });

  it('counts a beneficiary who left (baja) only in windows that start on or before the date they left', async () => {
    const colonia = await one(`SELECT id FROM colonia ORDER BY id LIMIT 1`);
    await make.sql.beneficiary({ coloniaId: colonia.id, programYear: 2020, status: 'BAJA', bajaOn: '2020-06-30' });
    const result = await server.gql(CoverageAroundBajaDocument, { c: String(colonia.id) });
    expect(result.data.before.beneficiaries.total).toBe(result.data.after.beneficiaries.total + 1);
  });
});

describe('"sin dato": unknown counts are null, never 0', () => {
  it('reports lavamanos as null until one is recorded, then counts them', async () => {
    const colonia = await one(`SELECT id FROM colonia ORDER BY id DESC LIMIT 1`);
    const lavamanos = (r: { data: ImprovementsOfColoniaAndAllQuery }, scope: 'coverage' | 'all') =>
      r.data[scope].improvements.find((i) => i.kind === 'LAVAMANOS')!.count;
    const before = await server.gql(ImprovementsOfColoniaAndAllDocument, { c: String(colonia.id) });
    expect(lavamanos(before, 'coverage')).toBeNull();
    expect(lavamanos(before, 'all')).toBeNull();
    // On the colonia's surface; the factory sets LAVAMANOS back to untracked after the test.
    await make.sql.improvement({
      nombre: 'Lavamanos de prueba',
      kind: 'LAVAMANOS',
      coloniaId: colonia.id,
      builtOn: '2020-05-04',
      status: 'COMPLETED',
    });
    const after = await server.gql(ImprovementsOfColoniaAndAllDocument, { c: String(colonia.id) });
    expect(lavamanos(after, 'coverage')).toBe(1);
    expect(lavamanos(after, 'all')).toBe(1);
    const other = await server.gql(ImprovementsOfColoniaDocument, { c: String(colonia.id - 1) });
    expect(other.data.coverage.improvements.find((i) => i.kind === 'LAVAMANOS')!.count).toBe(0); // tracked now: a real zero
    expect(other.data.coverage.improvements.find((i) => i.kind === 'PIPA_AGUA')!.count).toBeNull();
  });

  it('counts finished works only as improved and in use; planned and under-way works apart', async () => {
    const colonia = await one(`SELECT id FROM colonia ORDER BY id LIMIT 1 OFFSET 7`);
    const of = (r: any, scope: 'coverage' | 'all') =>
      r.data[scope].improvements.find((i: { kind: string }) => i.kind === 'UTOPIA');
    const before = await server.gql(ImprovementStatusesOfColoniaDocument, { c: String(colonia.id) });
    for (const status of ['PLANNED', 'IN_PROGRESS', 'IN_PROGRESS']) {
      await make.sql.improvement({ kind: 'UTOPIA', coloniaId: colonia.id, builtOn: '2020-11-02', status });
    }
    const after = await server.gql(ImprovementStatusesOfColoniaDocument, { c: String(colonia.id) });
    for (const scope of ['coverage', 'all'] as const) {
      expect(of(after, scope)).toEqual({
        ...of(before, scope),
        planned: of(before, scope).planned + 1,
        inProgress: of(before, scope).inProgress + 2,
      });
    }
  });

  it('rejects a geometry of the wrong type for the kind', async () => {
    await expect(
      server.dataSource.query(
        `INSERT INTO public_space_improvement (clave, nombre, kind, geom, colonia_id, territorial_id, built_on, status)
         SELECT $1, 'x', 'LUDICALLE', ST_PointOnSurface(geom), id, territorial_id, '2020-05-04', 'COMPLETED' FROM colonia LIMIT 1`,
        [uniqueKey('LUD')],
      ),
    ).rejects.toThrow(/public_space_improvement_geom_check/);
  });
});

describe('coverageAt', () => {
  it('gives the colonia and territorial at a point inside, with the same coverage as by id', async () => {
    const inside = await one(
      `SELECT c.id, c.territorial_id, ST_X(ST_PointOnSurface(c.geom)) AS lon, ST_Y(ST_PointOnSurface(c.geom)) AS lat FROM colonia c ORDER BY c.clave LIMIT 1 OFFSET 100`,
    );
    const result = await server.gql(CoverageAtAndByIdDocument, {
      lon: inside.lon,
      lat: inside.lat,
      c: String(inside.id),
      t: String(inside.territorial_id),
    });
    expect(result.errors).toBeUndefined();
    const at = result.data.coverageAt!;
    expect(at.colonia!.id).toBe(String(inside.id));
    expect(at.territorial!.id).toBe(String(inside.territorial_id));
    expect(at.coloniaCoverage).toEqual(result.data.c);
    expect(at.territorialCoverage).toEqual(result.data.t);
    expect(at.coloniaCoverage!.scopeKind).toBe('COLONIA');
  });

  it('is null outside the alcaldía', async () => {
    for (const [lon, lat] of [
      [-99.3, 19.5],
      [0, 0],
      [-98.9, 19.2],
    ]) {
      const result = await server.gql(CoverageAtColoniaDocument, { lon, lat });
      expect(result.errors).toBeUndefined();
      expect(result.data.coverageAt).toBeNull();
    }
  });
});

describe('bad input', () => {
  it.each([
    ['territorialId unknown', '{ coverage(territorialId: "999999") { activities } }', 'territorialId'],
    ['territorialId not an id', '{ coverage(territorialId: "abc") { activities } }', 'territorialId'],
    ['coloniaId unknown', '{ coverage(coloniaId: "999999") { activities } }', 'coloniaId'],
    ['both scopes', '{ coverage(territorialId: "1", coloniaId: "1") { activities } }', 'territorialId or coloniaId'],
    ['from after to', '{ coverage(from: "2020-03-02", to: "2020-03-01") { activities } }', 'from'],
    ['from not a date', '{ coverage(from: "yesterday") { activities } }', 'from'],
    ['to impossible date', '{ coverage(to: "2020-02-30") { activities } }', 'to'],
    ['to out of range', '{ coverage(to: "0200-01-01") { activities } }', 'to'],
    [
      'territorial coverage from after to',
      '{ territorial(clave: "TER-01") { coverage(from: "2020-12-31", to: "2020-01-01") { activities } } }',
      'from',
    ],
    [
      'colonia coverage bad date',
      '{ colonias(first: 1) { edges { node { coverage(to: "2020-13-01") { activities } } } } }',
      'to',
    ],
    ['programSummary unknown year', '{ programSummary(year: 2019) { activities } }', 'year'],
    ['programSummary year out of range', '{ programSummary(year: 99999) { activities } }', 'year'],
    ['coverageAt lon', '{ coverageAt(lon: -181, lat: 19.3) { colonia { id } } }', 'lon'],
    ['coverageAt lat', '{ coverageAt(lon: -99.05, lat: 91) { colonia { id } } }', 'lat'],
    [
      'coverageAt from after to',
      '{ coverageAt(lon: -99.05, lat: 19.35, from: "2020-02-01", to: "2020-01-01") { colonia { id } } }',
      'from',
    ],
  ])('%s → BAD_USER_INPUT naming the argument', async (_name, query, argument) => {
    // Strings: each document's literal arguments are the deliberately bad input under test.
    expectError(await server.gql(query), 'BAD_USER_INPUT', argument);
  });

  it('names the variable when a Date variable is not a string', async () => {
    // A string: the typed operation would not take a number for a Date.
    const result = await server.gql('query($from: Date) { coverage(from: $from) { activities } }', { from: 20200101 });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('$from');
  });
});
