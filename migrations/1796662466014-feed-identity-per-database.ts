import { randomBytes, randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The feed identity the prepared demo database shipped until this migration (seeds/prepared, made by
 * `npm run db:prepare`): every database started from it had the same id and cursor key, so a cursor
 * of one was taken by another.
 */
export const SHIPPED_DEMO_FEED_IDENTITY = '244f8d6d-ce3f-45e0-9aa6-e0c2eecfc756';

/**
 * One change-feed identity per database (src/feed/feed-identity.ts):
 * - `change_feed_identity` holds at most one row (a unique index on a constant);
 * - a database still carrying the identity the prepared demo shipped loses it, and makes its own
 *   at its next start (the prepared demo now ships none: `npm run db:prepare` removes it).
 */
export class FeedIdentityPerDatabase1796662466014 implements MigrationInterface {
  name = 'FeedIdentityPerDatabase1796662466014';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX "change_feed_identity_one_row" ON "change_feed_identity" ((true))`);
    await q.query(`DELETE FROM change_feed_identity WHERE database_id = $1`, [SHIPPED_DEMO_FEED_IDENTITY]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "change_feed_identity_one_row"`);
    // The change-feed migration's state: exactly one row.
    await q.query(
      `INSERT INTO change_feed_identity (database_id, cursor_key)
       SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM change_feed_identity)`,
      [randomUUID(), randomBytes(32).toString('base64url')],
    );
  }
}
