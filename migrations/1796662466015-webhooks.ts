import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FEED_TABLES } from './1766500000000-change-feed';

/** Where a delivery stands: waiting (first try or a retry), received (2xx), given up after the last attempt. */
export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Webhooks (src/feed/webhook*.ts): an ADMIN's subscriptions to the change feed and the durable
 * delivery queue the worker sends from.
 * - `webhook`: URL, secret, the tables followed, the role whose view of the feed it gets, and how
 *   far in the feed its deliveries are queued (`cursor_xid`, `cursor_seq`: the feed's order).
 * - `webhook_delivery`: one row per change per webhook (a copy of the feed's entry, never row
 *   data), with its attempts, when it is due next, the lease of a worker sending it and the
 *   last answer. Unique per (webhook, change): queueing twice is harmless.
 * - `change_log_row_idx`: a row's entries by `seq`, for the order-per-row check of a claim.
 */
export class Webhooks1796662466015 implements MigrationInterface {
  name = 'Webhooks1796662466015';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "webhook" (
        "id" SERIAL NOT NULL,
        "url" character varying(2000) NOT NULL,
        "secret" character varying(200) NOT NULL,
        "tables" text[] NOT NULL,
        "owner_role" character varying(16) NOT NULL,
        "created_by" character varying(160) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "cursor_xid" xid8 NOT NULL,
        "cursor_seq" bigint NOT NULL,
        CONSTRAINT "PK_webhook" PRIMARY KEY ("id"),
        CONSTRAINT "webhook_tables_check" CHECK (cardinality("tables") > 0 AND "tables" <@ ARRAY[${list(FEED_TABLES)}]::text[])
      )`);
    await q.query(`
      CREATE TABLE "webhook_delivery" (
        "id" BIGSERIAL NOT NULL,
        "webhook_id" integer NOT NULL,
        "seq" bigint NOT NULL,
        "xid" xid8 NOT NULL,
        "table_name" character varying(40) NOT NULL,
        "row_id" integer NOT NULL,
        "version" integer NOT NULL,
        "operation" character varying(8) NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "role" character varying(16) NOT NULL,
        "status" character varying(10) NOT NULL DEFAULT 'PENDING',
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "lease_until" TIMESTAMP WITH TIME ZONE,
        "last_attempt_at" TIMESTAMP WITH TIME ZONE,
        "last_status" integer,
        "last_error" character varying(300),
        "last_error_at" TIMESTAMP WITH TIME ZONE,
        "delivered_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_webhook_delivery" PRIMARY KEY ("id"),
        CONSTRAINT "webhook_delivery_change_unique" UNIQUE ("webhook_id", "seq"),
        CONSTRAINT "webhook_delivery_status_check" CHECK ("status" IN (${list(WEBHOOK_DELIVERY_STATUSES)})),
        CONSTRAINT "webhook_delivery_operation_check" CHECK ("operation" IN ('CREATE', 'UPDATE', 'DELETE')),
        CONSTRAINT "webhook_delivery_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhook" ("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "webhook_delivery_pending_idx" ON "webhook_delivery" ("seq") WHERE status = 'PENDING'`);
    await q.query(
      `CREATE INDEX "webhook_delivery_row_idx" ON "webhook_delivery" ("webhook_id", "table_name", "row_id", "seq")`,
    );
    await q.query(`CREATE INDEX "webhook_delivery_list_idx" ON "webhook_delivery" ("webhook_id", "status", "id")`);
    await q.query(`CREATE INDEX "change_log_row_idx" ON "change_log" ("table_name", "row_id", "seq")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "change_log_row_idx"`);
    await q.query(`DROP TABLE "webhook_delivery"`);
    await q.query(`DROP TABLE "webhook"`);
  }
}
