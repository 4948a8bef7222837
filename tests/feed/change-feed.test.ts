import { Client } from 'pg';
import { createApiKey } from '../../src/auth/api-keys';
import { Role } from '../../src/auth/role';
import { encodeFeedCursor } from '../../src/feed/feed-cursor';
import { feedIdentity } from '../../src/feed/feed.service';
import { authHeaders } from '../helpers/auth';
import { factories, uniqueKey } from '../helpers/factories';
import { expectError, startTestServer, type TestServer } from '../helpers/test-server';
import {
  FeedChangesCursorDocument,
  FeedChangesDocument,
  FeedDeleteMercomunaPointDocument,
  FeedMercomunaSinceDocument,
  FeedRenameMercomunaPointDocument,
  type FeedChangesQuery,
} from '../graphql/generated';

/**
 * The change feed (src/feed) and the row timestamps: `changes` in commit order, resumable from a cursor
 * with no gaps and no repeats while writes go on; `createdAt` / `updatedAt` / `updatedSince`; bad cursors.
 */

let server: TestServer;
let admin: Record<string, string>;
let publicKey: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await authHeaders('ADMIN', undefined, 'test:feed-admin');
  publicKey = { 'x-api-key': await createApiKey(server.dataSource, `test-feed-${uniqueKey('K')}`, Role.PUBLIC, null) };
});
const make = factories(() => server, { headers: () => admin });
afterAll(async () => {
  await server.dataSource.query(`DELETE FROM api_key WHERE name LIKE 'test-feed-%'`);
  await server.close();
});

type Entry = FeedChangesQuery['changes']['changes'][number];

/** Reads the feed from `after` until no finished change is left; the entries and the cursor to go on from. */
/** The feed's current end. */
async function now(): Promise<{ cursor: string }> {
  const answer = await server.gql(FeedChangesCursorDocument, {}, admin);
  expect(answer.errors).toBeUndefined();
  return { cursor: answer.data.changesCursor };
}

async function drain(after: string, first = 1000): Promise<{ entries: Entry[]; cursor: string }> {
  const entries: Entry[] = [];
  let cursor = after;
  for (;;) {
    const page = await server.gql(FeedChangesDocument, { after: cursor, first }, admin);
    expect(page.errors).toBeUndefined();
    entries.push(...page.data.changes.changes);
    cursor = page.data.changes.endCursor;
    if (!page.data.changes.hasMore) return { entries, cursor };
  }
}

/**
 * Reads on from `after` until `enough` holds. The feed holds back a change while any older transaction of
 * the cluster is still open (another test file's or another database's on a shared server), so a change
 * may take a moment to come out: it waits (short polls), never skips.
 */
async function follow(
  after: string,
  enough: (entries: Entry[]) => boolean,
): Promise<{ entries: Entry[]; cursor: string }> {
  const entries: Entry[] = [];
  let cursor = after;
  const deadline = Date.now() + 120_000;
  while (!enough(entries)) {
    if (Date.now() > deadline) throw new Error(`the feed did not catch up: ${JSON.stringify(entries)}`);
    const page = await server.gql(FeedChangesDocument, { after: cursor, first: 1000 }, admin);
    expect(page.errors).toBeUndefined();
    entries.push(...page.data.changes.changes);
    cursor = page.data.changes.endCursor;
    if (page.data.changes.changes.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { entries, cursor };
}

const mercomuna = (entries: Entry[], ids: number[]) =>
  entries.filter((e) => e.table === 'MERCOMUNA_POINT' && ids.includes(Number(e.id)));

const key = (e: Entry) => `${e.table}:${e.id}:${e.version}:${e.operation}`;

async function createPoint(): Promise<number> {
  const made = await make.api.mercomunaPoint({ nombre: uniqueKey('Punto feed') });
  expect(made.errors).toBeUndefined();
  return Number(made.data.createMercomunaPoint.id);
}

it('records create, update and delete with version, time and role; timestamps and updatedSince follow', async () => {
  const { cursor } = await now();
  const id = await createPoint();
  const before = await server.gql(FeedMercomunaSinceDocument, {}, admin);
  const created = before.data.mercomunaPoints.edges.find((e) => Number(e.node.id) === id)!.node;
  expect(created.createdAt).toBe(created.updatedAt);
  const renamed = await server.gql(
    FeedRenameMercomunaPointDocument,
    { id: String(id), v: 1, n: uniqueKey('Otro') },
    admin,
  );
  expect(renamed.data.updateMercomunaPoint.createdAt).toBe(created.createdAt);
  expect(Date.parse(renamed.data.updateMercomunaPoint.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));

  // updatedSince: the renamed row is in, rows untouched since before it are out.
  const since = await server.gql(
    FeedMercomunaSinceDocument,
    { since: renamed.data.updateMercomunaPoint.updatedAt },
    admin,
  );
  expect(since.data.mercomunaPoints.edges.map((e) => Number(e.node.id))).toEqual([id]);
  expectError(await server.gql(FeedMercomunaSinceDocument, { since: 'yesterday' }, admin), 'BAD_USER_INPUT');

  expect((await server.gql(FeedDeleteMercomunaPointDocument, { id: String(id), v: 2 }, admin)).errors).toBeUndefined();
  const { entries } = await follow(cursor, (got) => mercomuna(got, [id]).length >= 3);
  expect(mercomuna(entries, [id]).map((e) => [e.table, Number(e.id), e.version, e.operation, e.role])).toEqual([
    ['MERCOMUNA_POINT', id, 1, 'CREATE', 'ADMIN'],
    ['MERCOMUNA_POINT', id, 2, 'UPDATE', 'ADMIN'],
    ['MERCOMUNA_POINT', id, 2, 'DELETE', 'ADMIN'],
  ]);
  // Only the tables asked for; a page with nothing new gives the cursor back.
  const only = await server.gql(FeedChangesDocument, { after: cursor, tables: ['ECOS_SCHOOL'] }, admin);
  expect(only.data.changes.changes.filter((e) => e.table !== 'ECOS_SCHOOL')).toEqual([]);
  if (only.data.changes.changes.length === 0) expect(only.data.changes.endCursor).toBe(cursor);
});

it('pages through the feed while writers go on: no gaps, no repeats, in the final order', async () => {
  const { cursor: start } = await now();
  const writers = (async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, () => createPoint()));
    const renamed = await Promise.all(
      ids.map((id) =>
        server.gql(FeedRenameMercomunaPointDocument, { id: String(id), v: 1, n: uniqueKey('Otro') }, admin),
      ),
    );
    expect(renamed.flatMap((r) => r.errors ?? [])).toEqual([]);
    return ids;
  })();
  let done = false;
  void writers.finally(() => (done = true));
  const seen: Entry[] = [];
  let cursor = start;
  let pages = 0;
  // Small pages while the writes run.
  while (!done) {
    const page = await server.gql(FeedChangesDocument, { after: cursor, first: 3 }, admin);
    expect(page.errors).toBeUndefined();
    pages += 1;
    seen.push(...page.data.changes.changes);
    cursor = page.data.changes.endCursor;
  }
  const ids = await writers;
  // Then on until every change of ours is out (it may wait behind other open transactions).
  const rest = await follow(cursor, (got) => mercomuna([...seen, ...got], ids).length === 24);
  seen.push(...rest.entries);
  expect(new Set(seen.map(key)).size).toBe(seen.length);
  expect(mercomuna(seen, ids)).toHaveLength(24);

  // Everything committed after the start, in (xid, seq) order, read straight from the table: what was
  // seen is exactly its beginning. A change skipped, repeated or out of order would show here.
  const [, payload] = start.split('.');
  const [xid, seq] = Buffer.from(payload, 'base64url').toString('utf8').split(':').slice(-2);
  const committed: Entry[] = await server.dataSource.query(
    `SELECT upper(table_name) AS "table", row_id::text AS id, version, operation FROM change_log
      WHERE (xid, seq) > ($1::xid8, $2::bigint) ORDER BY xid, seq`,
    [xid, seq],
  );
  expect(seen.map(key)).toEqual(committed.slice(0, seen.length).map(key));
  expect(pages).toBeGreaterThan(1);
});

it('holds back a change whose transaction started earlier until it commits (a later one waits behind it)', async () => {
  const [early, late] = [await createPoint(), await createPoint()];
  const { cursor } = await now();
  if (process.env.TERRITORIO_TEST_DB === 'embedded') {
    // Embedded: one connection, so transactions cannot interleave; a transaction's changes arrive together.
    const runner = server.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`UPDATE mercomuna_point SET version = version + 1 WHERE id = ANY($1::int[])`, [[early, late]]);
    await runner.commitTransaction();
    await runner.release();
    const { entries } = await follow(cursor, (got) => mercomuna(got, [early, late]).length >= 2);
    expect(mercomuna(entries, [early, late]).map((e) => [Number(e.id), e.version, e.role])).toEqual([
      [early, 2, 'SYSTEM'],
      [late, 2, 'SYSTEM'],
    ]);
    return;
  }
  // PostgreSQL: the classic trap. The early transaction takes its id first and commits last.
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`UPDATE mercomuna_point SET version = version + 1 WHERE id = $1`, [early]);
    const late1 = await server.gql(
      FeedRenameMercomunaPointDocument,
      { id: String(late), v: 1, n: uniqueKey('Tarde') },
      admin,
    );
    expect(late1.errors).toBeUndefined();
    // The late change is committed, but the early transaction is open: it must not come out yet.
    const meanwhile = await drain(cursor);
    expect(mercomuna(meanwhile.entries, [early, late])).toEqual([]);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  const { entries } = await follow(cursor, (got) => mercomuna(got, [early, late]).length >= 2);
  expect(mercomuna(entries, [early, late]).map((e) => [Number(e.id), e.version, e.role])).toEqual([
    [early, 2, 'SYSTEM'],
    [late, 2, 'ADMIN'],
  ]);
});

it('is for API keys and signed-in callers; person tables need ANALYST', async () => {
  expectError(await server.gql(FeedChangesDocument, {}), 'UNAUTHENTICATED');
  expectError(await server.gql(FeedChangesCursorDocument, {}), 'UNAUTHENTICATED');
  const asPublic = await server.gql(FeedChangesDocument, { first: 1000 }, publicKey);
  expect(asPublic.errors).toBeUndefined();
  expect(asPublic.data.changes.changes.filter((e) => ['BENEFICIARY', 'PAYMENT'].includes(e.table))).toEqual([]);
  expectError(await server.gql(FeedChangesDocument, { tables: ['BENEFICIARY'] }, publicKey), 'FORBIDDEN', 'tables');
  const asAnalyst = await server.gql(FeedChangesDocument, { tables: ['BENEFICIARY'] }, await authHeaders('ANALYST'));
  expect(asAnalyst.errors).toBeUndefined();
});

it('refuses a cursor of another database, an altered one, first out of range and unknown tables', async () => {
  const { cursor } = await now();
  const identity = await feedIdentity(server.dataSource);
  const [, payload, mac] = cursor.split('.');
  const position = Buffer.from(payload, 'base64url').toString('utf8').split(':');
  const [xid, seq] = position.slice(-2);

  const foreign = encodeFeedCursor(
    { databaseId: '00000000-0000-4000-8000-000000000000', cursorKey: identity.cursorKey },
    { xid, seq },
  );
  const other = await server.gql(FeedChangesDocument, { after: foreign }, admin);
  expectError(other, 'BAD_USER_INPUT', 'after');
  expect(other.errors![0].message).toMatch(/another database/);

  const moved = Buffer.from(`${identity.databaseId}:${xid}:${Number(seq) + 1}`).toString('base64url');
  const altered = await server.gql(FeedChangesDocument, { after: `f1.${moved}.${mac}` }, admin);
  expectError(altered, 'BAD_USER_INPUT', 'after');
  expect(altered.errors![0].message).toMatch(/altered/);

  for (const after of ['', 'abc', `f1.${payload}`, 'x'.repeat(5000)])
    expectError(await server.gql(FeedChangesDocument, { after }, admin), 'BAD_USER_INPUT', 'after');
  for (const first of [0, -1, 1001])
    expectError(await server.gql(FeedChangesDocument, { first }, admin), 'BAD_USER_INPUT', 'first');
  expectError(await server.gql(FeedChangesDocument, { tables: [] }, admin), 'BAD_USER_INPUT', 'tables');
  const unknown = await server.gql(FeedChangesDocument, { tables: ['PERSONS' as never] }, admin);
  expectError(unknown, 'BAD_USER_INPUT');
  expect(unknown.errors![0].message).toMatch(/PERSONS/);
});
