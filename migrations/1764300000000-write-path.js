/** Every table written through the API or the importer: each row carries a version for optimistic concurrency. */
export const VERSIONED_TABLES = [
    'territorial',
    'colonia',
    'beneficiary',
    'payment',
    'workshop',
    'agenda',
    'ecos_school',
    'public_space_improvement',
    'activity',
    'mercomuna_point',
];
/**
 * The write path: a `version` on every writable row (1 when created, +1 on
 * each update; a stale update is refused) and the audit trail, written in the
 * same transaction as the change it records.
 */
export class WritePath1764300000000 {
    name = 'WritePath1764300000000';
    async up(q) {
        for (const table of VERSIONED_TABLES) {
            await q.query(`ALTER TABLE "${table}" ADD "version" integer NOT NULL DEFAULT 1`);
        }
        await q.query(`
      CREATE TABLE "audit_log" (
        "id" BIGSERIAL NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor" character varying(160) NOT NULL,
        "operation" character varying(8) NOT NULL,
        "entity" character varying(40) NOT NULL,
        "entity_id" integer NOT NULL,
        "changes" jsonb NOT NULL,
        CONSTRAINT "PK_audit_log" PRIMARY KEY ("id"),
        CONSTRAINT "audit_log_operation_check" CHECK ("operation" IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT'))
      )`);
        await q.query(`CREATE INDEX "audit_log_entity_entity_id_at_idx" ON "audit_log" ("entity", "entity_id", "at")`);
        await q.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log" ("at")`);
    }
    async down(q) {
        await q.query(`DROP TABLE "audit_log"`);
        for (const table of [...VERSIONED_TABLES].reverse())
            await q.query(`ALTER TABLE "${table}" DROP COLUMN "version"`);
    }
}
