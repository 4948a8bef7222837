/**
 * The program's data on the territorial model: beneficiaries and their
 * payments, workshops and agendas, ECOS schools, public-space improvements,
 * field activities (with their per-colonia daily rollup, kept by triggers),
 * Mercomuna points and the program-year reference table.
 *
 * Enumerations are varchar columns with CHECK constraints (named, declared on
 * the entities too). Every geometry is SRID 4326 with a GiST index; every
 * foreign key has an index.
 */
export class ProgramData1764100000000 {
    name = 'ProgramData1764100000000';
    async up(q) {
        await q.query(`
      CREATE TABLE "program_year" (
        "id" SERIAL NOT NULL,
        "year" smallint NOT NULL,
        "goal_people_reached" integer NOT NULL,
        "budget_approved" numeric(14,2) NOT NULL,
        "budget_exercised" numeric(14,2) NOT NULL,
        CONSTRAINT "PK_program_year" PRIMARY KEY ("id"),
        CONSTRAINT "program_year_year_check" CHECK ("year" BETWEEN 2000 AND 2100)
      )`);
        await q.query(`CREATE UNIQUE INDEX "program_year_year_key" ON "program_year" ("year")`);
        await q.query(`
      CREATE TABLE "beneficiary" (
        "id" SERIAL NOT NULL,
        "folio" character varying(20) NOT NULL,
        "program_year" smallint NOT NULL,
        "role" character varying(24) NOT NULL,
        "sex" character varying(8) NOT NULL,
        "birth_date" date NOT NULL,
        "education" character varying(16) NOT NULL,
        "occupation" character varying(24) NOT NULL,
        "territorial_id" integer NOT NULL,
        "colonia_id" integer NOT NULL,
        "status" character varying(8) NOT NULL,
        "baja_on" date,
        "full_name" character varying(160) NOT NULL,
        "curp" character varying(18) NOT NULL,
        "phone" character varying(20) NOT NULL,
        "address" character varying(240) NOT NULL,
        CONSTRAINT "PK_beneficiary" PRIMARY KEY ("id"),
        CONSTRAINT "beneficiary_role_check" CHECK ("role" IN ('SERVIDOR_DEL_PUEBLO', 'PROMOTOR_COMUNITARIO')),
        CONSTRAINT "beneficiary_sex_check" CHECK ("sex" IN ('MUJER', 'HOMBRE')),
        CONSTRAINT "beneficiary_education_check" CHECK ("education" IN ('PRIMARIA', 'SECUNDARIA', 'BACHILLERATO', 'LICENCIATURA')),
        CONSTRAINT "beneficiary_occupation_check" CHECK ("occupation" IN ('ESTUDIANTE', 'HOGAR', 'COMERCIO', 'AUTOEMPLEO', 'PENSIONADO_JUBILADO')),
        CONSTRAINT "beneficiary_status_check" CHECK (("status" = 'ACTIVE' AND "baja_on" IS NULL) OR ("status" = 'BAJA' AND "baja_on" IS NOT NULL)),
        CONSTRAINT "beneficiary_territorial_id_fkey" FOREIGN KEY ("territorial_id") REFERENCES "territorial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "beneficiary_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "beneficiary_folio_key" ON "beneficiary" ("folio")`);
        await q.query(`CREATE UNIQUE INDEX "beneficiary_curp_program_year_key" ON "beneficiary" ("curp", "program_year")`);
        await q.query(`CREATE INDEX "beneficiary_territorial_id_idx" ON "beneficiary" ("territorial_id")`);
        await q.query(`CREATE INDEX "beneficiary_colonia_id_idx" ON "beneficiary" ("colonia_id")`);
        await q.query(`
      CREATE TABLE "payment" (
        "id" SERIAL NOT NULL,
        "beneficiary_id" integer NOT NULL,
        "payment_row" smallint NOT NULL,
        "month" date NOT NULL,
        "amount" numeric(12,2) NOT NULL,
        CONSTRAINT "PK_payment" PRIMARY KEY ("id"),
        CONSTRAINT "payment_row_check" CHECK ("payment_row" BETWEEN 1 AND 13),
        CONSTRAINT "payment_month_check" CHECK (extract(day FROM "month") = 1),
        CONSTRAINT "payment_amount_check" CHECK ("amount" > 0),
        CONSTRAINT "payment_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "payment_beneficiary_id_row_key" ON "payment" ("beneficiary_id", "payment_row")`);
        await q.query(`CREATE INDEX "payment_month_idx" ON "payment" ("month")`);
        await q.query(`
      CREATE TABLE "workshop" (
        "id" SERIAL NOT NULL,
        "clave" character varying(24) NOT NULL,
        "colonia_id" integer NOT NULL,
        "territorial_id" integer NOT NULL,
        "held_on" date NOT NULL,
        "modality" character varying(12) NOT NULL,
        "participants" integer NOT NULL,
        "location" geometry(Point,4326),
        CONSTRAINT "PK_workshop" PRIMARY KEY ("id"),
        CONSTRAINT "workshop_modality_check" CHECK (("modality" = 'PRESENCIAL' AND "location" IS NOT NULL) OR ("modality" = 'VIRTUAL' AND "location" IS NULL)),
        CONSTRAINT "workshop_participants_check" CHECK ("participants" >= 0),
        CONSTRAINT "workshop_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "workshop_territorial_id_fkey" FOREIGN KEY ("territorial_id") REFERENCES "territorial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "workshop_clave_key" ON "workshop" ("clave")`);
        await q.query(`CREATE INDEX "workshop_colonia_id_held_on_idx" ON "workshop" ("colonia_id", "held_on")`);
        await q.query(`CREATE INDEX "workshop_territorial_id_idx" ON "workshop" ("territorial_id")`);
        await q.query(`CREATE INDEX "workshop_location_gist" ON "workshop" USING GiST ("location")`);
        await q.query(`
      CREATE TABLE "agenda" (
        "id" SERIAL NOT NULL,
        "clave" character varying(24) NOT NULL,
        "colonia_id" integer NOT NULL,
        "program_year" smallint NOT NULL,
        "status" character varying(16) NOT NULL,
        CONSTRAINT "PK_agenda" PRIMARY KEY ("id"),
        CONSTRAINT "agenda_status_check" CHECK ("status" IN ('IN_PROGRESS', 'COMPLETED', 'IMPLEMENTING')),
        CONSTRAINT "agenda_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "agenda_clave_key" ON "agenda" ("clave")`);
        await q.query(`CREATE UNIQUE INDEX "agenda_colonia_id_program_year_key" ON "agenda" ("colonia_id", "program_year")`);
        await q.query(`
      CREATE TABLE "agenda_project" (
        "id" SERIAL NOT NULL,
        "agenda_id" integer NOT NULL,
        "position" smallint NOT NULL,
        "nombre" character varying(200) NOT NULL,
        CONSTRAINT "PK_agenda_project" PRIMARY KEY ("id"),
        CONSTRAINT "agenda_project_agenda_id_fkey" FOREIGN KEY ("agenda_id") REFERENCES "agenda"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "agenda_project_agenda_id_position_key" ON "agenda_project" ("agenda_id", "position")`);
        await q.query(`
      CREATE TABLE "ecos_school" (
        "id" SERIAL NOT NULL,
        "clave" character varying(24) NOT NULL,
        "nombre" character varying(160) NOT NULL,
        "location" geometry(Point,4326) NOT NULL,
        "colonia_id" integer NOT NULL,
        "territorial_id" integer NOT NULL,
        "program_year" smallint NOT NULL,
        "sessions" integer NOT NULL,
        "participants" integer NOT NULL,
        CONSTRAINT "PK_ecos_school" PRIMARY KEY ("id"),
        CONSTRAINT "ecos_school_counts_check" CHECK ("sessions" >= 0 AND "participants" >= 0),
        CONSTRAINT "ecos_school_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "ecos_school_territorial_id_fkey" FOREIGN KEY ("territorial_id") REFERENCES "territorial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "ecos_school_clave_key" ON "ecos_school" ("clave")`);
        await q.query(`CREATE INDEX "ecos_school_colonia_id_idx" ON "ecos_school" ("colonia_id")`);
        await q.query(`CREATE INDEX "ecos_school_territorial_id_idx" ON "ecos_school" ("territorial_id")`);
        await q.query(`CREATE INDEX "ecos_school_location_gist" ON "ecos_school" USING GiST ("location")`);
        await q.query(`
      CREATE TABLE "ecos_school_facilitator" (
        "id" SERIAL NOT NULL,
        "ecos_school_id" integer NOT NULL,
        "beneficiary_id" integer NOT NULL,
        CONSTRAINT "PK_ecos_school_facilitator" PRIMARY KEY ("id"),
        CONSTRAINT "ecos_school_facilitator_ecos_school_id_fkey" FOREIGN KEY ("ecos_school_id") REFERENCES "ecos_school"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "ecos_school_facilitator_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "ecos_school_facilitator_school_beneficiary_key" ON "ecos_school_facilitator" ("ecos_school_id", "beneficiary_id")`);
        await q.query(`CREATE INDEX "ecos_school_facilitator_beneficiary_id_idx" ON "ecos_school_facilitator" ("beneficiary_id")`);
        await q.query(`
      CREATE TABLE "public_space_kind" (
        "kind" character varying(32) NOT NULL,
        "nombre" character varying(120) NOT NULL,
        "tracked" boolean NOT NULL,
        CONSTRAINT "PK_public_space_kind" PRIMARY KEY ("kind"),
        CONSTRAINT "public_space_kind_kind_check" CHECK ("kind" IN ('CAMINO_MUJERES_LIBRES_SEGURAS', 'LUDICALLE', 'UTOPIA', 'LAVAMANOS', 'PIPA_AGUA'))
      )`);
        // Reference data: the kinds the program reports. The report gives no figure
        // ("S/D") for lavamanos and pipas: untracked until data is recorded.
        await q.query(`
      INSERT INTO "public_space_kind" ("kind", "nombre", "tracked") VALUES
        ('CAMINO_MUJERES_LIBRES_SEGURAS', 'Caminos de mujeres libres y seguras', true),
        ('LUDICALLE', 'Ludicalles', true),
        ('UTOPIA', 'Utopías', true),
        ('LAVAMANOS', 'Lavamanos en tianguis y espacios públicos', false),
        ('PIPA_AGUA', 'Dotación gratuita de agua en pipas', false)`);
        // The geometry type each kind allows. A function rather than an inline
        // CHECK: PostGIS's geometry_columns view parses "geometrytype(...) = '...'"
        // out of CHECK constraints and would report a kind name as the column type.
        await q.query(`
      CREATE FUNCTION public_space_geometry_fits(kind character varying, geom geometry) RETURNS boolean
      LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE kind
          WHEN 'CAMINO_MUJERES_LIBRES_SEGURAS' THEN ST_GeometryType(geom) = 'ST_LineString'
          WHEN 'LUDICALLE' THEN ST_GeometryType(geom) = 'ST_LineString'
          WHEN 'UTOPIA' THEN ST_GeometryType(geom) IN ('ST_Point', 'ST_Polygon')
          ELSE ST_GeometryType(geom) = 'ST_Point' END
      $$`);
        await q.query(`
      CREATE TABLE "public_space_improvement" (
        "id" SERIAL NOT NULL,
        "clave" character varying(24) NOT NULL,
        "nombre" character varying(160) NOT NULL,
        "kind" character varying(32) NOT NULL,
        "geom" geometry(Geometry,4326) NOT NULL,
        "colonia_id" integer NOT NULL,
        "territorial_id" integer NOT NULL,
        "built_on" date NOT NULL,
        "status" character varying(12) NOT NULL,
        CONSTRAINT "PK_public_space_improvement" PRIMARY KEY ("id"),
        CONSTRAINT "public_space_improvement_status_check" CHECK ("status" IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED')),
        CONSTRAINT "public_space_improvement_geom_check" CHECK (public_space_geometry_fits("kind", "geom")),
        CONSTRAINT "public_space_improvement_kind_fkey" FOREIGN KEY ("kind") REFERENCES "public_space_kind"("kind") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "public_space_improvement_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "public_space_improvement_territorial_id_fkey" FOREIGN KEY ("territorial_id") REFERENCES "territorial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "public_space_improvement_clave_key" ON "public_space_improvement" ("clave")`);
        await q.query(`CREATE INDEX "public_space_improvement_kind_idx" ON "public_space_improvement" ("kind")`);
        await q.query(`CREATE INDEX "public_space_improvement_colonia_id_built_on_idx" ON "public_space_improvement" ("colonia_id", "built_on")`);
        await q.query(`CREATE INDEX "public_space_improvement_territorial_id_idx" ON "public_space_improvement" ("territorial_id")`);
        await q.query(`CREATE INDEX "public_space_improvement_geom_gist" ON "public_space_improvement" USING GiST ("geom")`);
        // "A kind becomes tracked when data is recorded": a recorded improvement
        // turns its kind's count from unknown (null) into a real number.
        await q.query(`
      CREATE FUNCTION public_space_kind_mark_tracked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public_space_kind k SET tracked = true
         WHERE NOT k.tracked AND k.kind IN (SELECT DISTINCT n.kind FROM new_rows n);
        RETURN NULL;
      END $$`);
        for (const event of ['INSERT', 'UPDATE']) {
            await q.query(`
        CREATE TRIGGER public_space_improvement_tracks_kind_${event.toLowerCase()} AFTER ${event} ON public_space_improvement
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_space_kind_mark_tracked()`);
        }
        await q.query(`
      CREATE TABLE "activity" (
        "id" SERIAL NOT NULL,
        "held_on" date NOT NULL,
        "seq" smallint NOT NULL,
        "beneficiary_id" integer NOT NULL,
        "colonia_id" integer NOT NULL,
        "territorial_id" integer NOT NULL,
        "kind" character varying(32) NOT NULL,
        "people_reached" integer NOT NULL,
        CONSTRAINT "PK_activity" PRIMARY KEY ("id"),
        CONSTRAINT "activity_kind_check" CHECK ("kind" IN ('ASAMBLEA_COMUNITARIA', 'DIFUSION_CASA_POR_CASA', 'ENTREGA_INSUMOS_PREVENCION',
          'VIGILANCIA_ESPACIO_PUBLICO', 'SANITIZACION', 'APOYO_MERCOMUNA')),
        CONSTRAINT "activity_counts_check" CHECK ("seq" >= 1 AND "people_reached" >= 0),
        CONSTRAINT "activity_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "activity_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "activity_territorial_id_fkey" FOREIGN KEY ("territorial_id") REFERENCES "territorial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "activity_beneficiary_id_held_on_seq_key" ON "activity" ("beneficiary_id", "held_on", "seq")`);
        await q.query(`CREATE INDEX "activity_colonia_id_held_on_idx" ON "activity" ("colonia_id", "held_on")`);
        await q.query(`CREATE INDEX "activity_territorial_id_idx" ON "activity" ("territorial_id")`);
        await q.query(`CREATE INDEX "activity_held_on_idx" ON "activity" ("held_on")`);
        // Activities per colonia and day, maintained in the writing transaction by
        // statement-level triggers over the transition tables: coverage reads this,
        // so its cost follows colonias × days, not the number of activities.
        await q.query(`
      CREATE TABLE "activity_daily_colonia" (
        "id" SERIAL NOT NULL,
        "colonia_id" integer NOT NULL,
        "territorial_id" integer NOT NULL,
        "day" date NOT NULL,
        "activities" integer NOT NULL,
        "people_reached" integer NOT NULL,
        CONSTRAINT "PK_activity_daily_colonia" PRIMARY KEY ("id"),
        CONSTRAINT "activity_daily_colonia_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "activity_daily_colonia_territorial_id_fkey" FOREIGN KEY ("territorial_id") REFERENCES "territorial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "activity_daily_colonia_colonia_id_day_key" ON "activity_daily_colonia" ("colonia_id", "day")`);
        await q.query(`CREATE INDEX "activity_daily_colonia_territorial_id_idx" ON "activity_daily_colonia" ("territorial_id")`);
        await q.query(`CREATE INDEX "activity_daily_colonia_day_idx" ON "activity_daily_colonia" ("day")`);
        const subtractOld = `
        UPDATE activity_daily_colonia r
           SET activities = r.activities - o.n, people_reached = r.people_reached - o.p
          FROM (SELECT colonia_id, held_on, count(*)::int AS n, sum(people_reached)::int AS p
                  FROM old_rows GROUP BY colonia_id, held_on) o
         WHERE r.colonia_id = o.colonia_id AND r.day = o.held_on;`;
        const addNew = `
        INSERT INTO activity_daily_colonia AS r (colonia_id, territorial_id, day, activities, people_reached)
        SELECT colonia_id, max(territorial_id), held_on, count(*)::int, sum(people_reached)::int
          FROM new_rows GROUP BY colonia_id, held_on
        ON CONFLICT (colonia_id, day) DO UPDATE
           SET activities = r.activities + EXCLUDED.activities,
               people_reached = r.people_reached + EXCLUDED.people_reached,
               territorial_id = EXCLUDED.territorial_id;`;
        const dropEmpty = `
        DELETE FROM activity_daily_colonia r
         USING (SELECT DISTINCT colonia_id, held_on FROM old_rows) o
         WHERE r.colonia_id = o.colonia_id AND r.day = o.held_on AND r.activities = 0;`;
        const functions = [
            ['INSERT', 'REFERENCING NEW TABLE AS new_rows', addNew],
            ['UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', subtractOld + addNew + dropEmpty],
            ['DELETE', 'REFERENCING OLD TABLE AS old_rows', subtractOld + dropEmpty],
        ];
        for (const [event, referencing, body] of functions) {
            const name = `activity_rollup_after_${event.toLowerCase()}`;
            await q.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`);
            await q.query(`CREATE TRIGGER ${name} AFTER ${event} ON activity ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
        }
        // TRUNCATE has no transition table: empty the rollup with it.
        await q.query(`
      CREATE FUNCTION activity_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM activity_daily_colonia; RETURN NULL; END $$`);
        await q.query(`CREATE TRIGGER activity_rollup_after_truncate AFTER TRUNCATE ON activity FOR EACH STATEMENT EXECUTE FUNCTION activity_rollup_after_truncate()`);
        await q.query(`
      CREATE TABLE "mercomuna_point" (
        "id" SERIAL NOT NULL,
        "clave" character varying(24) NOT NULL,
        "nombre" character varying(160) NOT NULL,
        "location" geometry(Point,4326) NOT NULL,
        "period" character varying(8) NOT NULL,
        "kind" character varying(20) NOT NULL,
        "colonia_id" integer NOT NULL,
        "territorial_id" integer NOT NULL,
        CONSTRAINT "PK_mercomuna_point" PRIMARY KEY ("id"),
        CONSTRAINT "mercomuna_point_period_check" CHECK ("period" IN ('APR_MAY', 'SEP_DEC')),
        CONSTRAINT "mercomuna_point_kind_check" CHECK ("kind" IN ('LECHERIA_LICONSA', 'OTHER')),
        CONSTRAINT "mercomuna_point_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "mercomuna_point_territorial_id_fkey" FOREIGN KEY ("territorial_id") REFERENCES "territorial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
        await q.query(`CREATE UNIQUE INDEX "mercomuna_point_clave_key" ON "mercomuna_point" ("clave")`);
        await q.query(`CREATE INDEX "mercomuna_point_colonia_id_idx" ON "mercomuna_point" ("colonia_id")`);
        await q.query(`CREATE INDEX "mercomuna_point_territorial_id_idx" ON "mercomuna_point" ("territorial_id")`);
        await q.query(`CREATE INDEX "mercomuna_point_location_gist" ON "mercomuna_point" USING GiST ("location")`);
    }
    async down(q) {
        await q.query(`DROP TABLE "mercomuna_point"`);
        await q.query(`DROP TABLE "activity"`);
        await q.query(`DROP TABLE "activity_daily_colonia"`);
        for (const event of ['insert', 'update', 'delete', 'truncate'])
            await q.query(`DROP FUNCTION activity_rollup_after_${event}()`);
        await q.query(`DROP TABLE "public_space_improvement"`);
        await q.query(`DROP FUNCTION public_space_geometry_fits(character varying, geometry)`);
        await q.query(`DROP FUNCTION public_space_kind_mark_tracked()`);
        await q.query(`DROP TABLE "public_space_kind"`);
        await q.query(`DROP TABLE "ecos_school_facilitator"`);
        await q.query(`DROP TABLE "ecos_school"`);
        await q.query(`DROP TABLE "agenda_project"`);
        await q.query(`DROP TABLE "agenda"`);
        await q.query(`DROP TABLE "workshop"`);
        await q.query(`DROP TABLE "payment"`);
        await q.query(`DROP TABLE "beneficiary"`);
        await q.query(`DROP TABLE "program_year"`);
    }
}
