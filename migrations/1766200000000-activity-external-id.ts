import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `activity.external_id`: the sending system's id of an activity, the natural
 * key of the tabular intake when a row carries one (else folio + date + seq).
 * Unique where given.
 */
export class ActivityExternalId1766200000000 implements MigrationInterface {
  name = 'ActivityExternalId1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "activity" ADD "external_id" character varying(64)`);
    await q.query(`CREATE UNIQUE INDEX "activity_external_id_key" ON "activity" ("external_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "activity_external_id_key"`);
    await q.query(`ALTER TABLE "activity" DROP COLUMN "external_id"`);
  }
}
