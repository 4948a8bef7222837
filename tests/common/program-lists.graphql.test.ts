import { expectError, startTestServer, type GraphQLResult, type TestServer } from '../helpers/test-server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { isRfc7946Geometry } from '../helpers/geojson-checks';
import {
  ActivitiesOfBeneficiaryDocument,
  BeneficiariesOfColoniaDocument,
  BeneficiaryAddresssDocument,
  BeneficiaryAgeGroupsDocument,
  BeneficiaryBirthDatesDocument,
  BeneficiaryCurpsDocument,
  BeneficiaryFieldNamesDocument,
  BeneficiaryFullNamesDocument,
  BeneficiaryPhonesDocument,
  CaminoIdPagesDocument,
  CompletedAgendaIdPagesDocument,
  EcosSchoolIdPagesDocument,
  FeatureGeometriesDocument,
  NearestEcosDefaultLimitDocument,
  NearestEcosDocument,
  ReverseRelationsDocument,
  SanitizacionIdPagesDocument,
  SepDecMercomunaIdPagesDocument,
  ServidoresIdPagesDocument,
  VirtualWorkshopIdPagesDocument,
} from '../graphql/generated';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ role: 'ANALYST' });
});
afterAll(async () => {
  await server.close();
});

async function rows<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  return server.dataSource.query(sql, params);
}

/** One page of ids of a filtered list (the operations of tests/graphql/program-lists.graphql alias it `page`). */
type IdPages = {
  page: {
    totalCount: number;
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
type PageVariables = { territorialId: string; first: number; after: string | null };

/** Every page of a list query (ids in order), following endCursor. */
async function allIds(
  fetchPage: (variables: PageVariables) => Promise<GraphQLResult<IdPages>>,
  territorialId: string,
  pageSize = 37,
): Promise<{ ids: string[]; totalCount: number; requests: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount: number;
  let requests = 0;
  for (;;) {
    const result: GraphQLResult<IdPages> = await fetchPage({ territorialId, first: pageSize, after });
    requests += 1;
    expect(result.errors).toBeUndefined();
    const page = result.data.page;
    totalCount = page.totalCount;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, totalCount, requests };
}

describe('paginated lists with filters agree with SQL', () => {
  it.each([
    [
      'beneficiaries',
      (v: PageVariables) => server.gql(ServidoresIdPagesDocument, v),
      `SELECT id FROM beneficiary WHERE territorial_id = $1 AND role = 'SERVIDOR_DEL_PUEBLO' ORDER BY id`,
    ],
    [
      'workshops',
      (v: PageVariables) => server.gql(VirtualWorkshopIdPagesDocument, v),
      `SELECT id FROM workshop WHERE territorial_id = $1 AND modality = 'VIRTUAL' AND held_on BETWEEN '2020-05-01' AND '2020-08-31' ORDER BY id`,
    ],
    [
      'agendas',
      (v: PageVariables) => server.gql(CompletedAgendaIdPagesDocument, v),
      `SELECT a.id FROM agenda a JOIN colonia c ON c.id = a.colonia_id WHERE c.territorial_id = $1 AND a.status = 'COMPLETED' ORDER BY a.id`,
    ],
    [
      'ecosSchools',
      (v: PageVariables) => server.gql(EcosSchoolIdPagesDocument, v),
      `SELECT id FROM ecos_school WHERE territorial_id = $1 ORDER BY id`,
    ],
    [
      'improvements',
      (v: PageVariables) => server.gql(CaminoIdPagesDocument, v),
      `SELECT id FROM public_space_improvement WHERE territorial_id = $1 AND kind = 'CAMINO_MUJERES_LIBRES_SEGURAS' AND built_on >= '2020-06-01' ORDER BY id`,
    ],
    [
      'activities',
      (v: PageVariables) => server.gql(SanitizacionIdPagesDocument, v),
      `SELECT id FROM activity WHERE territorial_id = $1 AND held_on BETWEEN '2020-02-04' AND '2020-02-05' AND kind = 'SANITIZACION' ORDER BY id`,
    ],
    [
      'mercomunaPoints',
      (v: PageVariables) => server.gql(SepDecMercomunaIdPagesDocument, v),
      `SELECT id FROM mercomuna_point WHERE territorial_id = $1 AND period = 'SEP_DEC' ORDER BY id`,
    ],
  ])('%s: every page, in id order, exactly the filtered rows', async (_field, fetchPage, sql) => {
    const [{ id: territorialId }] = await rows(`SELECT id FROM territorial ORDER BY clave LIMIT 1 OFFSET 2`);
    const expected = (await rows(sql, [territorialId])).map((r) => String(r.id));
    expect(expected.length).toBeGreaterThan(0);
    const listed = await allIds(fetchPage, String(territorialId), 7);
    expect(listed.ids).toEqual(expected);
    expect(listed.totalCount).toBe(expected.length);
  });

  it('filters by colonia and by beneficiary', async () => {
    const [b] = await rows(`SELECT id, colonia_id FROM beneficiary ORDER BY folio LIMIT 1`);
    const byBeneficiary = await server.gql(ActivitiesOfBeneficiaryDocument, { beneficiaryId: String(b.id) });
    const [{ n }] = await rows(`SELECT count(*)::int AS n FROM activity WHERE beneficiary_id = $1`, [b.id]);
    expect(byBeneficiary.data.activities.totalCount).toBe(n);
    expect(byBeneficiary.data.activities.edges.every((e) => e.node.beneficiary.id === String(b.id))).toBe(true);
    const byColonia = await server.gql(BeneficiariesOfColoniaDocument, { coloniaId: String(b.colonia_id) });
    const [{ m }] = await rows(`SELECT count(*)::int AS m FROM beneficiary WHERE colonia_id = $1`, [b.colonia_id]);
    expect(byColonia.data.beneficiaries.totalCount).toBe(m);
    expect(byColonia.data.beneficiaries.edges.every((e) => e.node.colonia.id === String(b.colonia_id))).toBe(true);
  });
});

describe('relations', () => {
  it('reverse relations on territoriales and colonias, batched', async () => {
    const result = await server.gql(ReverseRelationsDocument);
    expect(result.errors).toBeUndefined();
    // territoriales, colonias, then one statement per relation for all parents
    expect(result.sqlStatements).toBeLessThanOrEqual(14);
    const counted =
      await rows(`SELECT (SELECT count(*) FROM beneficiary)::int AS b, (SELECT count(*) FROM workshop)::int AS w, (SELECT count(*) FROM agenda)::int AS a,
      (SELECT count(*) FROM ecos_school)::int AS e, (SELECT count(*) FROM public_space_improvement)::int AS i, (SELECT count(*) FROM mercomuna_point)::int AS m`);
    const t = result.data.territoriales;
    const total = (f: (x: (typeof t)[number]) => number) => t.reduce((s, x) => s + f(x), 0);
    type Relation = 'beneficiaries' | 'workshops' | 'agendas' | 'ecosSchools' | 'improvements' | 'mercomunaPoints';
    const viaColonias = (key: Relation) => total((x) => x.colonias.reduce((s, c) => s + c[key].length, 0));
    expect({
      b: total((x) => x.beneficiaries.length),
      w: total((x) => x.workshops.length),
      a: viaColonias('agendas'),
      e: total((x) => x.ecosSchools.length),
      i: total((x) => x.improvements.length),
      m: total((x) => x.mercomunaPoints.length),
    }).toEqual(counted[0]);
    for (const key of ['beneficiaries', 'workshops', 'ecosSchools', 'improvements', 'mercomunaPoints'] as const)
      expect(viaColonias(key)).toBe(total((x) => x[key].length));
  });

  it('features carry RFC 7946 geometry, payments and facilitators', async () => {
    const result = await server.gql(FeatureGeometriesDocument);
    expect(result.errors).toBeUndefined();
    for (const { node } of result.data.workshops.edges) {
      if (node.modality === 'VIRTUAL') expect(node.location).toBeNull();
      else expect(node.location!.type === 'Point' && isRfc7946Geometry(node.location)).toBe(true);
    }
    const types = {
      CAMINO_MUJERES_LIBRES_SEGURAS: ['LineString'],
      LUDICALLE: ['LineString'],
      UTOPIA: ['Point', 'Polygon'],
    } as Record<string, string[]>;
    for (const { node } of result.data.improvements.edges) {
      expect(types[node.kind]).toContain(node.geometry.type);
      expect(isRfc7946Geometry(node.geometry)).toBe(true);
    }
    const facilitators = result.data.ecosSchools.edges.flatMap((e) => e.node.facilitators);
    expect(facilitators.every((f) => f.ecosSchools.length >= 1)).toBe(true);
    expect(result.data.mercomunaPoints.edges.every((e) => isRfc7946Geometry(e.node.location))).toBe(true);
  });

  it('keeps personal data away from an ANALYST: the fields exist only behind the OPERATOR/ADMIN guard', async () => {
    const result = await server.gql(BeneficiaryFieldNamesDocument);
    const names = result.data.__type!.fields!.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'folio',
        'role',
        'sex',
        'ageGroup',
        'education',
        'occupation',
        'territorial',
        'colonia',
        'payments',
      ]),
    );
    const personalReads: TypedDocumentNode<unknown, Record<string, never>>[] = [
      BeneficiaryFullNamesDocument,
      BeneficiaryCurpsDocument,
      BeneficiaryPhonesDocument,
      BeneficiaryAddresssDocument,
      BeneficiaryBirthDatesDocument,
    ];
    for (const personal of personalReads) {
      const read = await server.gql(personal);
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(read.data ?? {})).not.toMatch(/DEMO|Persona|Calle/i);
    }
  });

  it('computes each beneficiary’s age group from the birth date on 1 January of the program year', async () => {
    const result = await server.gql(BeneficiaryAgeGroupsDocument);
    const expected = await rows(
      `SELECT b.id::text AS id, CASE WHEN date_part('year', age(make_date(program_year, 1, 1), birth_date)) BETWEEN 18 AND 29 THEN 'AGE_18_29'
                             WHEN date_part('year', age(make_date(program_year, 1, 1), birth_date)) BETWEEN 30 AND 60 THEN 'AGE_30_60' ELSE 'AGE_OVER_60' END AS "ageGroup"
         FROM beneficiary b ORDER BY b.id LIMIT 500`,
    );
    expect(result.data.beneficiaries.edges.map((e) => e.node)).toEqual(
      expected.map((r) => ({ id: r.id, ageGroup: r.ageGroup })),
    );
  });
});

describe('nearestEcos', () => {
  const points = [
    [-99.05, 19.35],
    [-99.1, 19.39],
    [-98.97, 19.33],
    [-99.2, 19.5],
    [0, 0],
  ];
  it.each(points)('orders by metres as an independent PostGIS query does (%d, %d)', async (lon, lat) => {
    const independent = await rows(
      `SELECT id::text, ST_Distance(location::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography) AS d
         FROM ecos_school ORDER BY d, id`,
      [lon, lat],
    );
    for (const limit of [1, 5, 15, 50]) {
      const result = await server.gql(NearestEcosDocument, { lon, lat, limit });
      expect(result.errors).toBeUndefined();
      const expected = independent.slice(0, limit);
      expect(result.data.nearestEcos.map((n) => n.ecosSchool.id)).toEqual(expected.map((r) => r.id));
      result.data.nearestEcos.forEach((n, i) => expect(n.distanceMeters).toBeCloseTo(expected[i].d, 3));
    }
  });

  it('uses the default limit of 5 and the GiST index', async () => {
    const result = await server.gql(NearestEcosDefaultLimitDocument, { lon: -99.05, lat: 19.35 });
    expect(result.data.nearestEcos).toHaveLength(5);
    // With 15 rows the planner would rather sort; without that choice it must order through the GiST index (KNN).
    const plan = await server.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      await manager.query('SET LOCAL enable_sort = off');
      const lines = await manager.query(
        `EXPLAIN SELECT id FROM ecos_school ORDER BY location <-> ST_SetSRID(ST_MakePoint(-99.05, 19.35), 4326) LIMIT 5`,
      );
      return lines.map((r: any) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index Scan using ecos_school_location_gist/);
  });
});

describe('bad input', () => {
  it.each([
    ['nearestEcos limit 0', '{ nearestEcos(lon: -99.05, lat: 19.35, limit: 0) { distanceMeters } }', 'limit'],
    ['nearestEcos limit 51', '{ nearestEcos(lon: -99.05, lat: 19.35, limit: 51) { distanceMeters } }', 'limit'],
    ['nearestEcos lon', '{ nearestEcos(lon: 181, lat: 19.35) { distanceMeters } }', 'lon'],
    ['nearestEcos lat', '{ nearestEcos(lon: -99.05, lat: -91) { distanceMeters } }', 'lat'],
    [
      'beneficiaries territorialId unknown',
      '{ beneficiaries(territorialId: "999999") { totalCount } }',
      'territorialId',
    ],
    ['beneficiaries coloniaId garbage', '{ beneficiaries(coloniaId: "x") { totalCount } }', 'coloniaId'],
    ['beneficiaries first 0', '{ beneficiaries(first: 0) { totalCount } }', 'first'],
    ['beneficiaries after garbage', '{ beneficiaries(after: "nope") { totalCount } }', 'after'],
    ['beneficiary id', '{ beneficiary(id: "-1") { id } }', 'id'],
    ['workshops from after to', '{ workshops(from: "2020-05-02", to: "2020-05-01") { totalCount } }', 'from'],
    ['workshops coloniaId unknown', '{ workshops(coloniaId: "999999") { totalCount } }', 'coloniaId'],
    ['agendas territorialId unknown', '{ agendas(territorialId: "999999") { totalCount } }', 'territorialId'],
    ['ecosSchools first 501', '{ ecosSchools(first: 501) { totalCount } }', 'first'],
    ['ecosSchools coloniaId unknown', '{ ecosSchools(coloniaId: "999999") { totalCount } }', 'coloniaId'],
    ['improvements to not a date', '{ improvements(to: "31/12/2020") { totalCount } }', 'to'],
    ['improvements territorialId unknown', '{ improvements(territorialId: "999999") { totalCount } }', 'territorialId'],
    ['activities from not a date', '{ activities(from: "2020-1-1") { totalCount } }', 'from'],
    ['activities from after to', '{ activities(from: "2020-03-01", to: "2020-02-01") { totalCount } }', 'from'],
    ['activities beneficiaryId unknown', '{ activities(beneficiaryId: "999999") { totalCount } }', 'beneficiaryId'],
    ['activities coloniaId unknown', '{ activities(coloniaId: "999999") { totalCount } }', 'coloniaId'],
    [
      'mercomunaPoints territorialId unknown',
      '{ mercomunaPoints(territorialId: "999999") { totalCount } }',
      'territorialId',
    ],
    ['mercomunaPoints last 0', '{ mercomunaPoints(last: 0) { totalCount } }', 'last'],
  ])('%s → BAD_USER_INPUT naming the argument', async (_name, query, argument) => {
    // Strings: each document's literal arguments are the deliberately bad input under test.
    expectError(await server.gql(query), 'BAD_USER_INPUT', argument);
  });

  it('rejects unknown enum values as invalid queries, without a stack or SQL', async () => {
    // A string: an invalid document, which codegen would refuse.
    const result = await server.gql('{ beneficiaries(role: ALCALDE) { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toContain('BeneficiaryRole');
    expect(JSON.stringify(result)).not.toMatch(/stack|SELECT/);
  });
});
