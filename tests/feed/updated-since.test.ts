import { expectError, startTestServer, type TestServer } from '../helpers/test-server';
import { HookColoniasSinceDocument, HookTerritorialesSinceDocument } from '../graphql/generated';

/**
 * `updatedSince` on the territory lists (`territoriales`, `colonias`) as on the program's lists: rows
 * created or updated at or after the time, by `updatedAt` (kept by a trigger for every writer: here a
 * statement straight to the database, as the importer writes; the row's values and version unchanged).
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Touches one row (an UPDATE that changes no value): its updated_at becomes the transaction's time. */
async function touch(table: 'colonia' | 'territorial', clave: string): Promise<{ id: string; updatedAt: string }> {
  const [row]: { id: number; updated_at: Date }[] = await server.dataSource.query(
    `WITH touched AS (UPDATE "${table}" SET nombre = nombre WHERE clave = $1 RETURNING id, updated_at)
     SELECT id, updated_at FROM touched`,
    [clave],
  );
  return { id: String(row.id), updatedAt: row.updated_at.toISOString() };
}

it('lists only the territoriales and colonias updated at or after the time', async () => {
  const [{ clave }]: { clave: string }[] = await server.dataSource.query(
    `SELECT c.clave FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE t.clave = 'TER-05' ORDER BY c.id LIMIT 1`,
  );
  const colonia = await touch('colonia', clave);
  const territorial = await touch('territorial', 'TER-05');

  const territoriales = await server.gql(HookTerritorialesSinceDocument, { since: territorial.updatedAt });
  expect(territoriales.errors).toBeUndefined();
  expect(territoriales.data.territoriales.map((t) => [t.id, t.clave, t.updatedAt])).toEqual([
    [territorial.id, 'TER-05', territorial.updatedAt],
  ]);
  const colonias = await server.gql(HookColoniasSinceDocument, { since: colonia.updatedAt, first: 500 });
  expect(colonias.errors).toBeUndefined();
  expect(colonias.data.colonias.totalCount).toBe(1);
  expect(colonias.data.colonias.edges.map((e) => [e.node.id, e.node.clave, e.node.updatedAt])).toEqual([
    [colonia.id, clave, colonia.updatedAt],
  ]);

  // Without it: all of them; after the last write: none.
  expect((await server.gql(HookTerritorialesSinceDocument, {})).data.territoriales).toHaveLength(13);
  const all = await server.gql(HookColoniasSinceDocument, { first: 1 });
  expect(all.data.colonias.totalCount).toBeGreaterThanOrEqual(293);
  const later = new Date(Date.parse(territorial.updatedAt) + 1).toISOString();
  expect((await server.gql(HookTerritorialesSinceDocument, { since: later })).data.territoriales).toEqual([]);
  const none = await server.gql(HookColoniasSinceDocument, { since: '2999-01-01T00:00:00Z' });
  expect(none.data.colonias).toEqual({ totalCount: 0, edges: [] });
});

it('refuses a time that is not one', async () => {
  for (const since of ['yesterday', '2020-13-01T00:00:00Z', '', '1'.repeat(300)]) {
    expectError(await server.gql(HookTerritorialesSinceDocument, { since }), 'BAD_USER_INPUT');
    expectError(await server.gql(HookColoniasSinceDocument, { since }), 'BAD_USER_INPUT');
  }
});
