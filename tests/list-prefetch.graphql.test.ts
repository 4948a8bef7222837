import { startTestServer, expectError, type TestServer } from './helpers/test-server';

/**
 * `colonias` reads its items' geometry in the page's own statement when `geometry` is selected
 * at one precision, and loads the page's territoriales before answering, so each item answers
 * both fields without a loader call (src/geo/geometry-prefetch.ts, RowLoader.peek). The answers
 * must be exactly the loaders' answers, whatever the selection's shape.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface Item {
  id: string;
  clave: string;
  territorial?: { id: string; clave: string };
  geometry?: unknown;
  g2?: unknown;
}
const items = (result: { data?: any }): Item[] => result.data.colonias.edges.map((e: { node: Item }) => e.node);

/** The same colonias one at a time (`colonia(id:)`): the geometry loader's answer, one request each. */
async function oneByOne(ids: string[], precision: number): Promise<Map<string, unknown>> {
  const query = `query One($id: ID!, $p: Int!) { colonia(id: $id) { geometry(precision: $p) territorial { id clave } } }`;
  const answers = await Promise.all(ids.map((id) => server.gql(query, { id, p: precision })));
  return new Map(ids.map((id, i) => [id, answers[i].data.colonia]));
}

describe('colonias with geometry and territorial', () => {
  it.each([
    [
      'a literal precision',
      '{ colonias(first: 40) { edges { node { id clave geometry(precision: 4) territorial { id clave } } } } }',
      undefined,
      4,
    ],
    [
      'a variable precision',
      'query P($p: Int!) { colonias(first: 40) { edges { node { id clave geometry(precision: $p) territorial { id clave } } } } }',
      { p: 3 },
      3,
    ],
    [
      'the default precision, through a fragment',
      '{ colonias(first: 40) { edges { ...E } } } fragment E on ColoniaEdge { node { id clave geometry territorial { id clave } } }',
      undefined,
      6,
    ],
  ])(
    '%s: the same geometry and territorial as one colonia at a time, in 2 statements',
    async (_label, query, variables, precision) => {
      const result = await server.gql(query, variables);
      expect(result.errors).toBeUndefined();
      expect(result.sqlStatements).toBe(2);
      const page = items(result);
      expect(page).toHaveLength(40);
      const expected = await oneByOne(
        page.map((c) => c.id),
        precision,
      );
      for (const colonia of page) {
        expect(colonia.geometry).toEqual((expected.get(colonia.id) as Item).geometry);
        expect(colonia.territorial).toEqual((expected.get(colonia.id) as Item).territorial);
      }
    },
  );

  it('two precisions in one page (aliases): each alias gets its own precision, through the loader', async () => {
    const result = await server.gql(
      '{ colonias(first: 10) { edges { node { id clave geometry(precision: 1) g2: geometry(precision: 5) } } } }',
    );
    expect(result.errors).toBeUndefined();
    const page = items(result);
    const [p1, p5] = await Promise.all([
      oneByOne(
        page.map((c) => c.id),
        1,
      ),
      oneByOne(
        page.map((c) => c.id),
        5,
      ),
    ]);
    for (const colonia of page) {
      expect(colonia.geometry).toEqual((p1.get(colonia.id) as Item).geometry);
      expect(colonia.g2).toEqual((p5.get(colonia.id) as Item).geometry);
    }
    expect(JSON.stringify(page[0].geometry)).not.toEqual(JSON.stringify(page[0].g2));
  });

  it('nothing prefetched that is not asked: the page alone is 1 statement', async () => {
    const result = await server.gql('{ colonias(first: 10) { edges { node { id clave } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.sqlStatements).toBe(1);
  });

  it('a page filtered and ordered by distance (near) keeps each item with its own geometry', async () => {
    const near = { lon: -99.06, lat: 19.35, meters: 1500 };
    const result = await server.gql(
      'query N($near: NearInput) { colonias(first: 15, near: $near) { edges { node { id clave geometry(precision: 5) } } } }',
      { near },
    );
    expect(result.errors).toBeUndefined();
    const page = items(result);
    expect(page.length).toBeGreaterThan(1);
    const expected = await oneByOne(
      page.map((c) => c.id),
      5,
    );
    for (const colonia of page) expect(colonia.geometry).toEqual((expected.get(colonia.id) as Item).geometry);
  });

  it.each([16, -1])('precision %i is still BAD_USER_INPUT naming precision', async (precision) => {
    const result = await server.gql(
      'query P($p: Int!) { colonias(first: 5) { edges { node { geometry(precision: $p) } } } }',
      {
        p: precision,
      },
    );
    expectError(result, 'BAD_USER_INPUT', 'precision');
  });
});
