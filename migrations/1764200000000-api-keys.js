/** API keys for system-to-system callers: only the SHA-256 of each key is stored. */
export class ApiKeys1764200000000 {
    name = 'ApiKeys1764200000000';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE TABLE "api_key" (
        "id" SERIAL NOT NULL,
        "name" character varying(80) NOT NULL,
        "key_hash" character(64) NOT NULL,
        "role" character varying(16) NOT NULL,
        "territorial_id" integer,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_api_key" PRIMARY KEY ("id")
      )`);
        await queryRunner.query(`CREATE UNIQUE INDEX "api_key_name_key" ON "api_key" ("name")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "api_key_key_hash_key" ON "api_key" ("key_hash")`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE "api_key"`);
    }
}
