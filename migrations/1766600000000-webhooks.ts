import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (src/webhook): an ADMIN's subscriptions (URL, secret, tables, and how far in the
 * change feed their deliveries are queued) and the durable delivery queue the worker sends
 * from: one row per change per subscription, retried with backoff until delivered.
 */
export class Webhooks1766600000000 implements MigrationInterface {
  name = 'Webhooks1766600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "webhook_subscription" (
        "id" SERIAL NOT NULL,
        "url" character varying(2000) NOT NULL,
        "secret" character varying(200) NOT NULL,
        "tables" text[] NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "created_by" character varying(160) NOT NULL,
        "cursor_xid" xid8 NOT NULL,
        "cursor_seq" bigint NOT NULL,
        CONSTRAINT "PK_webhook_subscription" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "webhook_delivery" (
        "id" BIGSERIAL NOT NULL,
        "subscription_id" integer NOT NULL,
        "xid" xid8 NOT NULL,
        "seq" bigint NOT NULL,
        "table_name" character varying(40) NOT NULL,
        "row_id" integer NOT NULL,
        "version" integer NOT NULL,
        "operation" character varying(8) NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "role" character varying(16) NOT NULL,
        "status" character varying(10) NOT NULL DEFAULT 'PENDING',
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_status" integer,
        "last_error" character varying(300),
        "delivered_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_webhook_delivery" PRIMARY KEY ("id"),
        CONSTRAINT "webhook_delivery_change_unique" UNIQUE ("subscription_id", "seq"),
        CONSTRAINT "webhook_delivery_status_check" CHECK ("status" IN ('PENDING', 'DELIVERED', 'FAILED')),
        CONSTRAINT "webhook_delivery_subscription_id_fkey" FOREIGN KEY ("subscription_id")
          REFERENCES "webhook_subscription" ("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "webhook_delivery_due_idx" ON "webhook_delivery" ("next_attempt_at") WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX "webhook_delivery_row_idx" ON "webhook_delivery" ("subscription_id", "table_name", "row_id", "xid", "seq")`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "webhook_delivery"`);
    await q.query(`DROP TABLE "webhook_subscription"`);
  }
}
