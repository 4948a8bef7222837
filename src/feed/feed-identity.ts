import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { FeedIdentity } from './feed-cursor';

/** What reads and writes the identity: a DataSource, or a plain client in the harness and CLIs. */
export interface FeedIdentityStore {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * This database's feed identity (`change_feed_identity`: its random id and the key that signs its
 * cursors), made on first use when it has none. Every database gets its own: the change-feed
 * migration makes one, and the prepared demo database ships none (`npm run db:prepare` removes
 * it), so each database started from it makes its own at its first start; a cursor of another
 * database is then refused. The table holds one row at most (migration 1796662466014): when two
 * processes make one at the same time, the second reads the first's. One statement.
 */
export async function ensureFeedIdentity(store: FeedIdentityStore): Promise<FeedIdentity> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const rows = (await store.query(
      `WITH made AS (
         INSERT INTO change_feed_identity (database_id, cursor_key)
         SELECT $1::uuid, $2 WHERE NOT EXISTS (SELECT 1 FROM change_feed_identity)
         ON CONFLICT DO NOTHING
         RETURNING database_id, cursor_key)
       SELECT database_id::text AS "databaseId", cursor_key AS "cursorKey" FROM made
       UNION ALL
       SELECT database_id::text, cursor_key FROM change_feed_identity`,
      [randomUUID(), randomBytes(32).toString('base64url')],
    )) as FeedIdentity[];
    // Another process's identity committed while this statement ran is read by the next one.
    if (rows.length === 1) return rows[0];
    if (rows.length > 1) throw new Error('change_feed_identity must hold one row');
  }
  throw new Error('change_feed_identity: no identity could be made or read');
}

const identities = new WeakMap<DataSource, Promise<FeedIdentity>>();

/** This database's feed identity, read (or made) once per DataSource. */
export function feedIdentity(dataSource: DataSource): Promise<FeedIdentity> {
  let identity = identities.get(dataSource);
  if (!identity) {
    identity = ensureFeedIdentity(dataSource);
    identity.catch(() => identities.delete(dataSource));
    identities.set(dataSource, identity);
  }
  return identity;
}
