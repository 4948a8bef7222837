import { randomBytes, randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_TABLES } from './1764300000000-write-path';

/** The tables the change feed follows: every versioned table (id + version), written through the API or the importer. */
export const FEED_TABLES = VERSIONED_TABLES;

const OPERATIONS = [
  ['INSERT', 'CREATE', 'new_rows', 'NEW'],
  ['UPDATE', 'UPDATE', 'new_rows', 'NEW'],
  ['DELETE', 'DELETE', 'old_rows', 'OLD'],
] as const;

/**
 * The change feed (src/feed):
 * - `created_at` / `updated_at` on every versioned table; `updated_at` is set by a
 *   BEFORE UPDATE trigger, so every writer (write path, importer, plain SQL) keeps it.
 * - `change_log`: one entry per row created, updated or deleted, written by statement-level
 *   AFTER triggers (transition tables: one INSERT per statement, set-based imports included),
 *   with the writing transaction's id (`pg_current_xact_id()`) and the writer's role
 *   (`territorio.role`, set per transaction by the write path; SYSTEM otherwise).
 *   Readers return only entries of transactions below the snapshot's xmin (all finished),
 *   ordered by (xid, seq): a cursor over that order has no gaps and no repeats.
 * - `change_feed_identity`: this database's random id and the key that signs cursors.
 */
export class ChangeFeed1766500000000 implements MigrationInterface {
  name = 'ChangeFeed1766500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION feed_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.updated_at := now(); RETURN NEW; END $$`);
    for (const table of FEED_TABLES) {
      await q.query(
        `ALTER TABLE "${table}" ADD "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
      );
      await q.query(
        `CREATE TRIGGER ${table}_touch_updated_at BEFORE UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION feed_touch_updated_at()`,
      );
    }
    await q.query(`
      CREATE TABLE "change_log" (
        "seq" BIGSERIAL NOT NULL,
        "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "table_name" character varying(40) NOT NULL,
        "row_id" integer NOT NULL,
        "version" integer NOT NULL,
        "operation" character varying(8) NOT NULL,
        "role" character varying(16) NOT NULL DEFAULT COALESCE(NULLIF(current_setting('territorio.role', true), ''), 'SYSTEM'),
        CONSTRAINT "PK_change_log" PRIMARY KEY ("seq"),
        CONSTRAINT "change_log_operation_check" CHECK ("operation" IN ('CREATE', 'UPDATE', 'DELETE'))
      )`);
    await q.query(`CREATE INDEX "change_log_xid_seq_idx" ON "change_log" ("xid", "seq")`);
    for (const [event, operation, rows, transition] of OPERATIONS) {
      const fn = `feed_log_${event.toLowerCase()}`;
      await q.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO change_log (table_name, row_id, version, operation)
          SELECT TG_TABLE_NAME, r.id, r.version, '${operation}' FROM ${rows} r ORDER BY r.id;
          RETURN NULL;
        END $$`);
      for (const table of FEED_TABLES) {
        await q.query(
          `CREATE TRIGGER ${table}_${fn} AFTER ${event} ON "${table}" REFERENCING ${transition} TABLE AS ${rows} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
      }
    }
    await q.query(`
      CREATE TABLE "change_feed_identity" (
        "database_id" uuid NOT NULL,
        "cursor_key" character varying(64) NOT NULL,
        CONSTRAINT "PK_change_feed_identity" PRIMARY KEY ("database_id")
      )`);
    await q.query(`INSERT INTO change_feed_identity (database_id, cursor_key) VALUES ($1, $2)`, [
      randomUUID(),
      randomBytes(32).toString('base64url'),
    ]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "change_feed_identity"`);
    for (const [event] of OPERATIONS) {
      const fn = `feed_log_${event.toLowerCase()}`;
      for (const table of FEED_TABLES) await q.query(`DROP TRIGGER ${table}_${fn} ON "${table}"`);
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    await q.query(`DROP TABLE "change_log"`);
    for (const table of [...FEED_TABLES].reverse()) {
      await q.query(`DROP TRIGGER ${table}_touch_updated_at ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "updated_at", DROP COLUMN "created_at"`);
    }
    await q.query(`DROP FUNCTION feed_touch_updated_at()`);
  }
}
