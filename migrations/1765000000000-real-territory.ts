import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TIPO_CHECK_SQL } from '../src/placement/colonia-tipo';

/**
 * The IECM catalogue's attributes of a colonia (unidad territorial): display
 * name without the kind suffix, kind (`tipo`), local electoral district and
 * population; the nesting of units inside others (`contained_in_id`: the
 * smallest unit that holds it); and each territorial's population, the sum
 * over its colonias (kept by the seed, the colonias import and the
 * territorial assignment). Existing rows get no values: a colonia without a
 * population counts as unknown (null), a territorial as 0.
 */
export class RealTerritory1765000000000 implements MigrationInterface {
  name = 'RealTerritory1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "colonia"
        ADD COLUMN "display_name" character varying(160),
        ADD COLUMN "tipo" character varying(24) NOT NULL DEFAULT 'COLONIA',
        ADD COLUMN "distrito_local" smallint,
        ADD COLUMN "poblacion" integer,
        ADD COLUMN "contained_in_id" integer,
        ADD CONSTRAINT "colonia_tipo_check" CHECK (${TIPO_CHECK_SQL}),
        ADD CONSTRAINT "colonia_poblacion_check" CHECK ("poblacion" >= 0),
        ADD CONSTRAINT "colonia_distrito_local_check" CHECK ("distrito_local" BETWEEN 1 AND 99),
        ADD CONSTRAINT "colonia_contained_in_id_fkey" FOREIGN KEY ("contained_in_id")
          REFERENCES "colonia"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX "colonia_contained_in_id_idx" ON "colonia" ("contained_in_id")`);
    await queryRunner.query(`
      ALTER TABLE "territorial"
        ADD COLUMN "poblacion" integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT "territorial_poblacion_check" CHECK ("poblacion" >= 0)`);
    await queryRunner.query(`
      UPDATE "territorial" t SET "poblacion" = s.total
        FROM (SELECT territorial_id, COALESCE(sum(poblacion), 0)::int AS total FROM "colonia" GROUP BY territorial_id) s
       WHERE s.territorial_id = t.id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "territorial" DROP CONSTRAINT "territorial_poblacion_check", DROP COLUMN "poblacion"`,
    );
    await queryRunner.query(`DROP INDEX "colonia_contained_in_id_idx"`);
    await queryRunner.query(`
      ALTER TABLE "colonia"
        DROP CONSTRAINT "colonia_contained_in_id_fkey",
        DROP CONSTRAINT "colonia_distrito_local_check",
        DROP CONSTRAINT "colonia_poblacion_check",
        DROP CONSTRAINT "colonia_tipo_check",
        DROP COLUMN "contained_in_id",
        DROP COLUMN "poblacion",
        DROP COLUMN "distrito_local",
        DROP COLUMN "tipo",
        DROP COLUMN "display_name"`);
  }
}
