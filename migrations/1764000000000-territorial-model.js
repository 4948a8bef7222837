/** Territoriales and colonias as PostGIS MultiPolygons with GiST indexes. */
export class TerritorialModel1764000000000 {
    name = 'TerritorialModel1764000000000';
    async up(queryRunner) {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS postgis`);
        await queryRunner.query(`
      CREATE TABLE "territorial" (
        "id" SERIAL NOT NULL,
        "clave" character varying(16) NOT NULL,
        "nombre" character varying(120) NOT NULL,
        "geom" geometry(MultiPolygon,4326) NOT NULL,
        "area_km2" double precision NOT NULL,
        CONSTRAINT "PK_territorial" PRIMARY KEY ("id")
      )`);
        await queryRunner.query(`CREATE UNIQUE INDEX "territorial_clave_key" ON "territorial" ("clave")`);
        await queryRunner.query(`CREATE INDEX "territorial_geom_gist" ON "territorial" USING GiST ("geom")`);
        await queryRunner.query(`
      CREATE TABLE "colonia" (
        "id" SERIAL NOT NULL,
        "clave" character varying(80) NOT NULL,
        "nombre" character varying(160) NOT NULL,
        "territorial_id" integer NOT NULL,
        "geom" geometry(MultiPolygon,4326) NOT NULL,
        "area_km2" double precision NOT NULL,
        CONSTRAINT "PK_colonia" PRIMARY KEY ("id"),
        CONSTRAINT "colonia_territorial_id_fkey" FOREIGN KEY ("territorial_id")
          REFERENCES "territorial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
        await queryRunner.query(`CREATE UNIQUE INDEX "colonia_clave_key" ON "colonia" ("clave")`);
        await queryRunner.query(`CREATE INDEX "colonia_territorial_id_idx" ON "colonia" ("territorial_id")`);
        await queryRunner.query(`CREATE INDEX "colonia_geom_gist" ON "colonia" USING GiST ("geom")`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE "colonia"`);
        await queryRunner.query(`DROP TABLE "territorial"`);
        // The postgis extension stays: other objects may depend on it.
    }
}
