import {
  PrefetchLiteralPrecisionDocument,
  PrefetchNearDocument,
  PrefetchNothingDocument,
  PrefetchOneDocument,
  PrefetchPrecisionDocument,
  PrefetchThroughFragmentDocument,
  PrefetchTwoPrecisionsDocument,
  PrefetchVariablePrecisionDocument,
  type PrefetchOneQuery,
} from '../graphql/generated';
import { startTestServer, expectError, type GraphQLResult, type TestServer } from '../helpers/test-server';

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

type Page = { colonias: { edges: { node: { id: string } & Record<string, unknown> }[] } };
const items = (data: Page) => data.colonias.edges.map((e) => e.node);

/** The same colonias one at a time (`colonia(id:)`): the geometry loader's answer, one request each. */
async function oneByOne(ids: string[], precision: number): Promise<Map<string, PrefetchOneQuery['colonia']>> {
  const answers = await Promise.all(ids.map((id) => server.gql(PrefetchOneDocument, { id, p: precision })));
  return new Map(ids.map((id, i) => [id, answers[i].data.colonia]));
}

describe('colonias with geometry and territorial', () => {
  it.each<[string, () => Promise<GraphQLResult<Page>>, number]>([
    ['a literal precision', () => server.gql(PrefetchLiteralPrecisionDocument), 4],
    ['a variable precision', () => server.gql(PrefetchVariablePrecisionDocument, { p: 3 }), 3],
    ['the default precision, through a fragment', () => server.gql(PrefetchThroughFragmentDocument), 6],
  ])(
    '%s: the same geometry and territorial as one colonia at a time, in 2 statements',
    async (_label, query, precision) => {
      const result = await query();
      expect(result.errors).toBeUndefined();
      expect(result.sqlStatements).toBe(2);
      const page = items(result.data);
      expect(page).toHaveLength(40);
      const expected = await oneByOne(
        page.map((c) => c.id),
        precision,
      );
      for (const colonia of page) {
        expect(colonia.geometry).toEqual(expected.get(colonia.id)!.geometry);
        expect(colonia.territorial).toEqual(expected.get(colonia.id)!.territorial);
      }
    },
  );

  it('two precisions in one page (aliases): each alias gets its own precision, through the loader', async () => {
    const result = await server.gql(PrefetchTwoPrecisionsDocument);
    expect(result.errors).toBeUndefined();
    const page = items(result.data);
    const ids = page.map((c) => c.id);
    const [p1, p5] = await Promise.all([oneByOne(ids, 1), oneByOne(ids, 5)]);
    for (const colonia of page) {
      expect(colonia.geometry).toEqual(p1.get(colonia.id)!.geometry);
      expect(colonia.g2).toEqual(p5.get(colonia.id)!.geometry);
    }
    expect(JSON.stringify(page[0].geometry)).not.toEqual(JSON.stringify(page[0].g2));
  });

  it('nothing prefetched that is not asked: the page alone is 1 statement', async () => {
    const result = await server.gql(PrefetchNothingDocument);
    expect(result.errors).toBeUndefined();
    expect(result.sqlStatements).toBe(1);
  });

  it('a page filtered and ordered by distance (near) keeps each item with its own geometry', async () => {
    const result = await server.gql(PrefetchNearDocument, { near: { lon: -99.06, lat: 19.35, meters: 1500 } });
    expect(result.errors).toBeUndefined();
    const page = items(result.data);
    expect(page.length).toBeGreaterThan(1);
    const expected = await oneByOne(
      page.map((c) => c.id),
      5,
    );
    for (const colonia of page) expect(colonia.geometry).toEqual(expected.get(colonia.id)!.geometry);
  });

  it.each([16, -1])('precision %i is still BAD_USER_INPUT naming precision', async (precision) => {
    expectError(await server.gql(PrefetchPrecisionDocument, { p: precision }), 'BAD_USER_INPUT', 'precision');
  });
});
