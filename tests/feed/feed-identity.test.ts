import { encodeFeedCursor, type FeedIdentity } from '../../src/feed/feed-cursor';
import { ensureFeedIdentity, feedIdentity } from '../../src/feed/feed-identity';
import { SHIPPED_DEMO_FEED_IDENTITY } from '../../migrations/1796662466014-feed-identity-per-database';
import { authHeaders } from '../helpers/auth';
import { expectError, startTestServer, type TestServer } from '../helpers/test-server';
import { FeedChangesCursorDocument, FeedChangesDocument, HookCreateDocument } from '../graphql/generated';

/**
 * Each database signs its change-feed cursors with its own identity (src/feed/feed-identity.ts): the
 * prepared demo database that a first `npm start` loads ships none, and its first start makes one
 * (tests/setup/global-setup.ts loads it as `npm start` does and records both), so a cursor of one
 * database is refused by another, as is one altered or signed with another key.
 */

let server: TestServer;
let admin: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await authHeaders('ADMIN');
});
afterAll(async () => {
  await server.close();
});

const prepared = JSON.parse(process.env.TERRITORIO_PREPARED_DIGEST ?? 'null') as {
  reason?: string;
  feed?: { shipped: number; made: FeedIdentity };
} | null;

/** The position of a cursor of this database's feed. */
function positionOf(cursor: string): { xid: string; seq: string } {
  const [xid, seq] = Buffer.from(cursor.split('.')[1], 'base64url').toString('utf8').split(':').slice(-2);
  return { xid, seq };
}

it('the prepared demo ships no feed identity; its first start makes one of its own', async () => {
  expect(prepared?.reason).toBeUndefined();
  expect(prepared!.feed!.shipped).toBe(0);
  const made = prepared!.feed!.made;
  const ours = await feedIdentity(server.dataSource);
  expect(made.databaseId).toMatch(/^[0-9a-f-]{36}$/);
  expect(made.cursorKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(made.databaseId).not.toBe(ours.databaseId);
  expect(made.cursorKey).not.toBe(ours.cursorKey);
  expect([made.databaseId, ours.databaseId]).not.toContain(SHIPPED_DEMO_FEED_IDENTITY);
});

it('refuses a cursor of the database started from the prepared demo, and one signed with another key', async () => {
  const { changesCursor } = (await server.gql(FeedChangesCursorDocument, {}, admin)).data;
  const here = positionOf(changesCursor);
  // A real cursor of the other database (its own id and key), at the same position.
  const theirs = encodeFeedCursor(prepared!.feed!.made, here);
  const refused = await server.gql(FeedChangesDocument, { after: theirs }, admin);
  expectError(refused, 'BAD_USER_INPUT', 'after');
  expect(refused.errors![0].message).toMatch(/another database/);
  // Webhooks take the same cursors, and refuse the same way.
  const hook = await server.gql(
    HookCreateDocument,
    {
      input: { url: 'https://receiver.example.org/in', secret: 'x'.repeat(16), tables: ['ECOS_SCHOOL'], after: theirs },
    },
    admin,
  );
  expectError(hook, 'BAD_USER_INPUT', 'after');

  // This database's id, signed with another key (a forged cursor): altered.
  const ours = await feedIdentity(server.dataSource);
  const forged = encodeFeedCursor({ databaseId: ours.databaseId, cursorKey: prepared!.feed!.made.cursorKey }, here);
  const altered = await server.gql(FeedChangesDocument, { after: forged }, admin);
  expectError(altered, 'BAD_USER_INPUT', 'after');
  expect(altered.errors![0].message).toMatch(/altered/);

  // The signature itself tampered with, one character at a time at both ends.
  const [prefix, payload, mac] = changesCursor.split('.');
  for (const tampered of [
    `${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`,
    `${mac.slice(0, -1)}${mac.endsWith('A') ? 'Q' : 'A'}`,
  ]) {
    const result = await server.gql(FeedChangesDocument, { after: `${prefix}.${payload}.${tampered}` }, admin);
    expectError(result, 'BAD_USER_INPUT', 'after');
  }
  // The untouched cursor still works.
  expect((await server.gql(FeedChangesDocument, { after: changesCursor, first: 1 }, admin)).errors).toBeUndefined();
});

it('makes an identity only where there is none: random each time, then kept', async () => {
  // Inside a transaction rolled back: this database keeps its identity.
  const runner = server.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    const kept = await ensureFeedIdentity(runner);
    expect(kept).toEqual(await feedIdentity(server.dataSource));
    const made: FeedIdentity[] = [];
    for (let i = 0; i < 2; i++) {
      await runner.query('DELETE FROM change_feed_identity');
      made.push(await ensureFeedIdentity(runner));
      expect(await ensureFeedIdentity(runner)).toEqual(made[i]);
    }
    expect(made[0].databaseId).not.toBe(made[1].databaseId);
    expect(made[0].cursorKey).not.toBe(made[1].cursorKey);
    expect(made.map((m) => m.databaseId)).not.toContain(kept.databaseId);
    // At most one identity: a second row is refused by the table itself.
    await runner.query('SAVEPOINT second');
    await expect(
      runner.query(`INSERT INTO change_feed_identity (database_id, cursor_key) VALUES (gen_random_uuid(), 'k')`),
    ).rejects.toThrow(/change_feed_identity_one_row/);
    await runner.query('ROLLBACK TO SAVEPOINT second');
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
});
