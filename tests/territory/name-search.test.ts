import { startTestServer, expectError, type TestServer } from '../helpers/test-server';
import {
  ColoniaClaveFormsDocument,
  CoverageYearDocument,
  CrimeYearDocument,
  SearchColoniasDocument,
  SearchColoniasNearDocument,
  SearchTerritorialesDocument,
  TerritorialClaveFormsDocument,
} from '../graphql/generated';

/** Issue #24 items 2, 3 and 6: search by name, clave forms, orderBy, coloniaCount, year windows. Both modes. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('colonias(search:)', () => {
  it.each([
    ['sta cruz meyehualco', '07-206', 'SANTA CRUZ MEYEHUALCO (PBLO)'],
    ['Santa Crúz Meyehualco', '07-206', 'SANTA CRUZ MEYEHUALCO (PBLO)'],
    ['santa crus meyehualko', '07-206', 'SANTA CRUZ MEYEHUALCO (PBLO)'],
    ['lomas estrella 2da secc', '07-285', 'LOMAS ESTRELLA 2A SECC I'],
  ])('"%s" finds %s first, ranked, with its score', async (search, clave, nombre) => {
    const result = await server.gql(SearchColoniasDocument, { search, first: 10 });
    expect(result.errors).toBeUndefined();
    const [best, ...rest] = result.data.colonias.edges.map((e) => e.node);
    expect(best).toMatchObject({ clave, nombre });
    expect(best.searchScore).toBeGreaterThan(0.5);
    for (const other of rest) expect(other.searchScore!).toBeLessThanOrEqual(best.searchScore!);
    expect(result.sqlStatements).toBeLessThanOrEqual(2);
  });

  it('"U H Vicente Guerrero": the seven unidades habitacionales, nothing else above them', async () => {
    const result = await server.gql(SearchColoniasDocument, { search: 'U H Vicente Guerrero', first: 7 });
    const nodes = result.data.colonias.edges.map((e) => e.node);
    expect(nodes.map((n) => n.nombre).sort()).toEqual(
      Array.from({ length: 7 }, (_, i) => `VICENTE GUERRERO SUPER MANZANA ${i + 1} (U HAB)`),
    );
  });

  it('"SAN MIGUEL TEOTONGO SECC. GUADALUPE": the San Miguel Teotongo sections first', async () => {
    const result = await server.gql(SearchColoniasDocument, {
      search: 'SAN MIGUEL TEOTONGO SECC. GUADALUPE',
      first: 4,
    });
    expect(result.data.colonias.edges.map((e) => e.node.clave).sort()).toEqual([
      '07-291',
      '07-292',
      '07-293',
      '07-294',
    ]);
  });

  it('pages through a ranked search with the usual cursors: no repeat, no gap', async () => {
    const all = await server.gql(SearchColoniasDocument, { search: 'san', first: 500 });
    const total = all.data.colonias.totalCount;
    expect(total).toBeGreaterThan(10);
    expect(all.data.colonias.edges).toHaveLength(total);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await server.gql(SearchColoniasDocument, { search: 'san', first: 7, after });
      seen.push(...page.data.colonias.edges.map((e: any) => e.node.clave));
      if (!page.data.colonias.pageInfo.hasNextPage) break;
      after = page.data.colonias.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data.colonias.edges.map((e) => e.node.clave));
  });

  it('orders by clave, with or without a search, and pages in that order', async () => {
    const first = await server.gql(SearchColoniasDocument, { orderBy: 'CLAVE', first: 3 });
    expect(first.data.colonias.edges.map((e) => e.node.clave)).toEqual(['07-001', '07-002', '07-003']);
    expect(first.data.colonias.edges[0].node.searchScore).toBeNull();
    const next = await server.gql(SearchColoniasDocument, {
      orderBy: 'CLAVE',
      first: 2,
      after: first.data.colonias.pageInfo.endCursor,
    });
    expect(next.data.colonias.edges.map((e) => e.node.clave)).toEqual(['07-004', '07-005']);
    const searched = await server.gql(SearchColoniasDocument, { search: 'santa cruz', orderBy: 'CLAVE', first: 50 });
    const claves = searched.data.colonias.edges.map((e) => e.node.clave);
    expect(claves).toEqual([...claves].sort());
    expect(claves).toContain('07-206');
  });

  it.each([
    ['1 character', { search: 'a' }, 'search must have 2 to 100 characters (got 1)'],
    ['10 KB', { search: 'x'.repeat(10_240) }, 'search must have 2 to 100 characters (got more)'],
    ['no letters or digits', { search: '--' }, 'search must contain letters or digits'],
    ['SEARCH_SCORE without search', { orderBy: 'SEARCH_SCORE' }, 'orderBy SEARCH_SCORE requires search'],
  ])('refuses %s: BAD_USER_INPUT, no SQL', async (_name, variables, message) => {
    const result = await server.gql(SearchColoniasDocument, variables as never);
    expectError(result, 'BAD_USER_INPUT', message);
    expect(result.sqlStatements).toBe(0);
  });

  it('refuses search with near (nearest first)', async () => {
    expectError(await server.gql(SearchColoniasNearDocument, { search: 'san' }), 'BAD_USER_INPUT', 'search cannot');
  });
});

describe('territoriales(search:), orderBy, coloniaCount', () => {
  it('finds a territorial by a name with accents and a typo, with its score and colonia count', async () => {
    const result = await server.gql(SearchTerritorialesDocument, { search: 'Santa Catarína' });
    expect(result.errors).toBeUndefined();
    expect(result.data.territoriales[0]).toMatchObject({ nombre: 'SANTA CATARINA', searchScore: 1 });
    const [{ count }] = await server.dataSource.query(
      `SELECT count(*)::int AS count FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE t.nombre = 'SANTA CATARINA'`,
    );
    expect(result.data.territoriales[0].coloniaCount).toBe(count);
  });

  it('counts the colonias of all 13 in one statement besides the list (293 in all)', async () => {
    const result = await server.gql(SearchTerritorialesDocument, { orderBy: 'ID' });
    expect(result.data.territoriales).toHaveLength(13);
    expect(result.data.territoriales.reduce((sum, t) => sum + t.coloniaCount, 0)).toBe(293);
    expect(result.sqlStatements).toBe(2);
    const byClave = await server.gql(SearchTerritorialesDocument, { orderBy: 'CLAVE' });
    const claves = byClave.data.territoriales.map((t) => t.clave);
    expect(claves).toEqual([...claves].sort());
  });

  it('refuses a 1-character search', async () => {
    expectError(await server.gql(SearchTerritorialesDocument, { search: 'x' }), 'BAD_USER_INPUT', 'search must');
  });
});

describe('claves as people type them', () => {
  it.each(['TER-03', 'ter-03', 'TER-3', 'ter 3', 'TER03', ' Ter-003 '])(
    'territorial(clave: %j) is TER-03',
    async (clave) => {
      const result = await server.gql(TerritorialClaveFormsDocument, { clave });
      expect(result.errors).toBeUndefined();
      expect(result.data.territorial).toEqual({ clave: 'TER-03', nombre: 'ACULCO' });
    },
  );

  it('an unknown clave of the valid form is null; one that cannot be a clave is BAD_USER_INPUT with the form', async () => {
    expect((await server.gql(TerritorialClaveFormsDocument, { clave: 'TER-99' })).data.territorial).toBeNull();
    for (const clave of ['TER-0', 'ter-x', 'Aculco Norte', 'TER-03; DROP'])
      expectError(
        await server.gql(TerritorialClaveFormsDocument, { clave }),
        'BAD_USER_INPUT',
        'clave must be a territorial clave: TER- and a number, e.g. TER-03',
      );
  });

  it('a colonia clave stays strict: 07-005 resolves, 7-5 is BAD_USER_INPUT with the form', async () => {
    expect((await server.gql(ColoniaClaveFormsDocument, { clave: '07-005' })).data.colonia).toEqual({
      clave: '07-005',
    });
    expectError(await server.gql(ColoniaClaveFormsDocument, { clave: '7-5' }), 'BAD_USER_INPUT', 'e.g. 07-163');
  });
});

describe('year windows', () => {
  it('coverage(year:) is the calendar year, the same as from/to', async () => {
    const byYear = await server.gql(CoverageYearDocument, { year: 2020 });
    const byDates = await server.gql(CoverageYearDocument, { from: '2020-01-01', to: '2020-12-31' });
    expect(byYear.errors).toBeUndefined();
    expect(byYear.data).toEqual(byDates.data);
    expect(byYear.data.coverage.from).toBe('2020-01-01');
    expect(byYear.data.coverage.workshops.total).toBe(byYear.data.coverage.workshops.count);
  });

  it('crime(year:) is the calendar year, the same as from/to', async () => {
    const byYear = await server.gql(CrimeYearDocument, { clave: 'TER-03', year: 2020 });
    const byDates = await server.gql(CrimeYearDocument, { clave: 'TER-03', from: '2020-01-01', to: '2020-12-31' });
    expect(byYear.errors).toBeUndefined();
    expect(byYear.data).toEqual(byDates.data);
    expect(byYear.data.territorial!.crime.to).toBe('2020-12-31');
  });

  it('refuses year with from, and a year out of range', async () => {
    expectError(
      await server.gql(CoverageYearDocument, { year: 2020, from: '2020-02-01' }),
      'BAD_USER_INPUT',
      'year cannot be combined with from or to',
    );
    expectError(
      await server.gql(CrimeYearDocument, { clave: 'TER-03', year: 20_200 }),
      'BAD_USER_INPUT',
      'year must be',
    );
  });
});
