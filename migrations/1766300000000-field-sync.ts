import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Field sync (issue 22): an activity recorded by an offline app carries the app's own id
 * (`client_id`, a UUID: a retried batch finds it and creates nothing twice) and, when the app
 * sent one, the WGS84 point where it happened (`location`).
 */
export class FieldSync1766300000000 implements MigrationInterface {
  name = 'FieldSync1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "activity" ADD "client_id" uuid`);
    await q.query(`ALTER TABLE "activity" ADD "location" geometry(Point,4326)`);
    await q.query(`CREATE UNIQUE INDEX "activity_client_id_key" ON "activity" ("client_id")`);
    await q.query(`CREATE INDEX "activity_location_gist" ON "activity" USING GiST ("location")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "activity_location_gist"`);
    await q.query(`DROP INDEX "activity_client_id_key"`);
    await q.query(`ALTER TABLE "activity" DROP COLUMN "location"`);
    await q.query(`ALTER TABLE "activity" DROP COLUMN "client_id"`);
  }
}
