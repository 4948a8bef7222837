/**
 * Pre-aggregated coverage, so a coverage request costs the same at ten years
 * of activity as at one (docs/PERFORMANCE.md):
 *
 * - `activity_monthly_colonia` and `activity_total_colonia`: activities and
 *   people reached per colonia and month, and per colonia over all time, next
 *   to the existing per-day rollup. A window reads whole months from the
 *   monthly rollup and only its partial edge months from the daily one; no
 *   window reads the totals.
 * - `beneficiary_colonia_year`: beneficiaries per colonia, program year and
 *   baja date ('infinity' while active), with one column per breakdown key.
 * - `payment_monthly_colonia`: payment amounts per colonia of the
 *   beneficiary and month.
 *
 * Each is kept exact in the writing transaction by statement-level triggers
 * over transition tables (as `activity_daily_colonia`), and filled here from
 * the raw tables. tests/coverage-rollups.test.ts checks they agree with the
 * raw data after inserts, updates and deletes.
 *
 * And `data_changed()`: a statement-level trigger on every table coverage and
 * the map layers read, sending NOTIFY territorio_data_changed (payload: the
 * writing transaction's id, delivered at commit) and bumping `data_change_seq`,
 * for the optional response cache (src/cache/).
 */
/** Beneficiary breakdown columns: [column, SQL condition on a beneficiary row `b`]. */
const AGE = `date_part('year', age(make_date(b.program_year, 1, 1), b.birth_date))`;
export const BENEFICIARY_ROLLUP_COLUMNS = [
    ['servidor_del_pueblo', `b.role = 'SERVIDOR_DEL_PUEBLO'`],
    ['promotor_comunitario', `b.role = 'PROMOTOR_COMUNITARIO'`],
    ['mujer', `b.sex = 'MUJER'`],
    ['hombre', `b.sex = 'HOMBRE'`],
    ['age_18_29', `${AGE} < 30`],
    ['age_30_60', `${AGE} >= 30 AND ${AGE} <= 60`],
    ['age_over_60', `${AGE} > 60`],
    ['primaria', `b.education = 'PRIMARIA'`],
    ['secundaria', `b.education = 'SECUNDARIA'`],
    ['bachillerato', `b.education = 'BACHILLERATO'`],
    ['licenciatura', `b.education = 'LICENCIATURA'`],
    ['estudiante', `b.occupation = 'ESTUDIANTE'`],
    ['hogar', `b.occupation = 'HOGAR'`],
    ['comercio', `b.occupation = 'COMERCIO'`],
    ['autoempleo', `b.occupation = 'AUTOEMPLEO'`],
    ['pensionado_jubilado', `b.occupation = 'PENSIONADO_JUBILADO'`],
];
/** Tables whose writes change what coverage, the layers or the tiles answer. */
export const DATA_CHANGE_TABLES = [
    'territorial',
    'colonia',
    'program_year',
    'beneficiary',
    'payment',
    'workshop',
    'agenda',
    'agenda_project',
    'ecos_school',
    'ecos_school_facilitator',
    'public_space_kind',
    'public_space_improvement',
    'activity',
    'mercomuna_point',
];
const BCOLS = BENEFICIARY_ROLLUP_COLUMNS.map(([c]) => c);
/** Grouped deltas of beneficiary rows `rows` (alias b), signed. */
function beneficiaryDeltaSql(rows) {
    return `SELECT b.colonia_id, b.program_year, COALESCE(b.baja_on, 'infinity'::date) AS baja_on, count(*)::int AS total,
                 ${BENEFICIARY_ROLLUP_COLUMNS.map(([c, cond]) => `(count(*) FILTER (WHERE ${cond}))::int AS ${c}`).join(',\n                 ')}
            FROM ${rows} b GROUP BY 1, 2, 3`;
}
const beneficiaryAdd = `
  INSERT INTO beneficiary_colonia_year AS r (colonia_id, program_year, baja_on, total, ${BCOLS.join(', ')})
  ${beneficiaryDeltaSql('new_rows')}
  ON CONFLICT (colonia_id, program_year, baja_on) DO UPDATE SET total = r.total + EXCLUDED.total,
    ${BCOLS.map((c) => `${c} = r.${c} + EXCLUDED.${c}`).join(', ')};`;
const beneficiarySubtract = `
  UPDATE beneficiary_colonia_year r SET total = r.total - o.total, ${BCOLS.map((c) => `${c} = r.${c} - o.${c}`).join(', ')}
    FROM (${beneficiaryDeltaSql('old_rows')}) o
   WHERE r.colonia_id = o.colonia_id AND r.program_year = o.program_year AND r.baja_on = o.baja_on;
  DELETE FROM beneficiary_colonia_year WHERE total = 0;`;
/** Payments of `rows` (alias p) per colonia of their beneficiary and month, signed. */
function paymentDeltaSql(rows) {
    return `SELECT b.colonia_id, p.month, sum(p.amount) AS amount, count(*)::int AS payments
            FROM ${rows} p JOIN beneficiary b ON b.id = p.beneficiary_id GROUP BY 1, 2`;
}
const paymentAdd = (rows) => `
  INSERT INTO payment_monthly_colonia AS r (colonia_id, month, amount, payments)
  ${paymentDeltaSql(rows)}
  ON CONFLICT (colonia_id, month) DO UPDATE SET amount = r.amount + EXCLUDED.amount, payments = r.payments + EXCLUDED.payments;`;
const paymentSubtract = (rows) => `
  UPDATE payment_monthly_colonia r SET amount = r.amount - o.amount, payments = r.payments - o.payments
    FROM (${paymentDeltaSql(rows)}) o WHERE r.colonia_id = o.colonia_id AND r.month = o.month;
  DELETE FROM payment_monthly_colonia WHERE payments = 0;`;
const activityAdd = `
  INSERT INTO activity_monthly_colonia AS r (colonia_id, month, activities, people_reached)
  SELECT colonia_id, date_trunc('month', held_on)::date, count(*)::int, sum(people_reached)::int FROM new_rows GROUP BY 1, 2
  ON CONFLICT (colonia_id, month) DO UPDATE SET activities = r.activities + EXCLUDED.activities, people_reached = r.people_reached + EXCLUDED.people_reached;
  INSERT INTO activity_total_colonia AS r (colonia_id, activities, people_reached)
  SELECT colonia_id, count(*), sum(people_reached) FROM new_rows GROUP BY 1
  ON CONFLICT (colonia_id) DO UPDATE SET activities = r.activities + EXCLUDED.activities, people_reached = r.people_reached + EXCLUDED.people_reached;`;
const activitySubtract = `
  UPDATE activity_monthly_colonia r SET activities = r.activities - o.n, people_reached = r.people_reached - o.p
    FROM (SELECT colonia_id, date_trunc('month', held_on)::date AS month, count(*)::int AS n, sum(people_reached)::int AS p FROM old_rows GROUP BY 1, 2) o
   WHERE r.colonia_id = o.colonia_id AND r.month = o.month;
  DELETE FROM activity_monthly_colonia WHERE activities = 0;
  UPDATE activity_total_colonia r SET activities = r.activities - o.n, people_reached = r.people_reached - o.p
    FROM (SELECT colonia_id, count(*) AS n, sum(people_reached) AS p FROM old_rows GROUP BY 1) o
   WHERE r.colonia_id = o.colonia_id;
  DELETE FROM activity_total_colonia WHERE activities = 0;`;
const referencing = {
    INSERT: 'REFERENCING NEW TABLE AS new_rows',
    UPDATE: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
    DELETE: 'REFERENCING OLD TABLE AS old_rows',
};
const STATEMENT_TRIGGERS = [
    { table: 'activity', event: 'INSERT', name: 'activity_rollups_after_insert', body: activityAdd },
    { table: 'activity', event: 'UPDATE', name: 'activity_rollups_after_update', body: activitySubtract + activityAdd },
    { table: 'activity', event: 'DELETE', name: 'activity_rollups_after_delete', body: activitySubtract },
    { table: 'beneficiary', event: 'INSERT', name: 'beneficiary_rollup_after_insert', body: beneficiaryAdd },
    {
        table: 'beneficiary',
        event: 'UPDATE',
        name: 'beneficiary_rollup_after_update',
        // A beneficiary moving colonia takes its payments with it.
        body: `${beneficiarySubtract}${beneficiaryAdd}
      INSERT INTO payment_monthly_colonia AS r (colonia_id, month, amount, payments)
      SELECT m.colonia_id, p.month, sum(m.sign * p.amount), sum(m.sign)::int
        FROM (SELECT o.id, o.colonia_id, -1 AS sign FROM old_rows o JOIN new_rows n ON n.id = o.id AND n.colonia_id <> o.colonia_id
              UNION ALL
              SELECT n.id, n.colonia_id, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id AND n.colonia_id <> o.colonia_id) m
        JOIN payment p ON p.beneficiary_id = m.id
       GROUP BY 1, 2
      ON CONFLICT (colonia_id, month) DO UPDATE SET amount = r.amount + EXCLUDED.amount, payments = r.payments + EXCLUDED.payments;
      DELETE FROM payment_monthly_colonia WHERE payments = 0;`,
    },
    { table: 'beneficiary', event: 'DELETE', name: 'beneficiary_rollup_after_delete', body: beneficiarySubtract },
    { table: 'payment', event: 'INSERT', name: 'payment_rollup_after_insert', body: paymentAdd('new_rows') },
    {
        table: 'payment',
        event: 'UPDATE',
        name: 'payment_rollup_after_update',
        body: paymentSubtract('old_rows') + paymentAdd('new_rows'),
    },
    // Payments deleted by a beneficiary's ON DELETE CASCADE no longer find their
    // beneficiary here (the join drops them): its BEFORE DELETE trigger took them out.
    { table: 'payment', event: 'DELETE', name: 'payment_rollup_after_delete', body: paymentSubtract('old_rows') },
];
const TRUNCATE_TRIGGERS = [
    ['activity', 'DELETE FROM activity_monthly_colonia; DELETE FROM activity_total_colonia;'],
    ['beneficiary', 'DELETE FROM beneficiary_colonia_year; DELETE FROM payment_monthly_colonia;'],
    ['payment', 'DELETE FROM payment_monthly_colonia;'],
];
export class CoverageRollups1764400000000 {
    name = 'CoverageRollups1764400000000';
    async up(q) {
        await q.query(`
      CREATE TABLE "activity_monthly_colonia" (
        "colonia_id" integer NOT NULL,
        "month" date NOT NULL,
        "activities" integer NOT NULL,
        "people_reached" integer NOT NULL,
        CONSTRAINT "PK_activity_monthly_colonia" PRIMARY KEY ("colonia_id", "month"),
        CONSTRAINT "activity_monthly_colonia_month_check" CHECK (extract(day FROM "month") = 1),
        CONSTRAINT "activity_monthly_colonia_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT
      )`);
        await q.query(`
      CREATE TABLE "activity_total_colonia" (
        "colonia_id" integer NOT NULL,
        "activities" bigint NOT NULL,
        "people_reached" bigint NOT NULL,
        CONSTRAINT "PK_activity_total_colonia" PRIMARY KEY ("colonia_id"),
        CONSTRAINT "activity_total_colonia_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT
      )`);
        await q.query(`
      CREATE TABLE "beneficiary_colonia_year" (
        "colonia_id" integer NOT NULL,
        "program_year" smallint NOT NULL,
        "baja_on" date NOT NULL,
        "total" integer NOT NULL,
        ${BCOLS.map((c) => `"${c}" integer NOT NULL`).join(',\n        ')},
        CONSTRAINT "PK_beneficiary_colonia_year" PRIMARY KEY ("colonia_id", "program_year", "baja_on"),
        CONSTRAINT "beneficiary_colonia_year_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT
      )`);
        await q.query(`
      CREATE TABLE "payment_monthly_colonia" (
        "colonia_id" integer NOT NULL,
        "month" date NOT NULL,
        "amount" numeric(16,2) NOT NULL,
        "payments" integer NOT NULL,
        CONSTRAINT "PK_payment_monthly_colonia" PRIMARY KEY ("colonia_id", "month"),
        CONSTRAINT "payment_monthly_colonia_colonia_id_fkey" FOREIGN KEY ("colonia_id") REFERENCES "colonia"("id") ON DELETE RESTRICT
      )`);
        // Fill from the raw tables.
        await q.query(`
      INSERT INTO activity_monthly_colonia (colonia_id, month, activities, people_reached)
      SELECT colonia_id, date_trunc('month', day)::date, sum(activities)::int, sum(people_reached)::int FROM activity_daily_colonia GROUP BY 1, 2`);
        await q.query(`
      INSERT INTO activity_total_colonia (colonia_id, activities, people_reached)
      SELECT colonia_id, sum(activities), sum(people_reached) FROM activity_daily_colonia GROUP BY 1`);
        await q.query(`INSERT INTO beneficiary_colonia_year (colonia_id, program_year, baja_on, total, ${BCOLS.join(', ')}) ${beneficiaryDeltaSql('beneficiary')}`);
        await q.query(`INSERT INTO payment_monthly_colonia (colonia_id, month, amount, payments) ${paymentDeltaSql('payment')}`);
        for (const t of STATEMENT_TRIGGERS) {
            await q.query(`CREATE FUNCTION ${t.name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${t.body} RETURN NULL; END $$`);
            await q.query(`CREATE TRIGGER ${t.name} AFTER ${t.event} ON ${t.table} ${referencing[t.event]} FOR EACH STATEMENT EXECUTE FUNCTION ${t.name}()`);
        }
        await q.query(`
      CREATE FUNCTION beneficiary_payments_before_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE payment_monthly_colonia r SET amount = r.amount - o.amount, payments = r.payments - o.payments
          FROM (SELECT month, sum(amount) AS amount, count(*)::int AS payments FROM payment WHERE beneficiary_id = OLD.id GROUP BY month) o
         WHERE r.colonia_id = OLD.colonia_id AND r.month = o.month;
        DELETE FROM payment_monthly_colonia WHERE colonia_id = OLD.colonia_id AND payments = 0;
        RETURN OLD;
      END $$`);
        await q.query(`CREATE TRIGGER beneficiary_payments_before_delete BEFORE DELETE ON beneficiary FOR EACH ROW EXECUTE FUNCTION beneficiary_payments_before_delete()`);
        for (const [table, body] of TRUNCATE_TRIGGERS) {
            await q.query(`CREATE FUNCTION ${table}_rollups_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`);
            await q.query(`CREATE TRIGGER ${table}_rollups_after_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_rollups_after_truncate()`);
        }
        // One notification per writing transaction (same payload: PostgreSQL folds them), delivered at
        // commit; and a sequence bumped per statement, polled where notifications do not arrive (PGlite).
        await q.query(`CREATE SEQUENCE data_change_seq`);
        await q.query(`
      CREATE FUNCTION data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval('data_change_seq');
        PERFORM pg_notify('territorio_data_changed', txid_current()::text);
        RETURN NULL;
      END $$`);
        for (const table of DATA_CHANGE_TABLES) {
            await q.query(`CREATE TRIGGER ${table}_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION data_changed()`);
        }
    }
    async down(q) {
        for (const table of DATA_CHANGE_TABLES)
            await q.query(`DROP TRIGGER ${table}_data_changed ON ${table}`);
        await q.query(`DROP FUNCTION data_changed()`);
        await q.query(`DROP SEQUENCE data_change_seq`);
        for (const [table] of TRUNCATE_TRIGGERS) {
            await q.query(`DROP TRIGGER ${table}_rollups_after_truncate ON ${table}`);
            await q.query(`DROP FUNCTION ${table}_rollups_after_truncate()`);
        }
        await q.query(`DROP TRIGGER beneficiary_payments_before_delete ON beneficiary`);
        await q.query(`DROP FUNCTION beneficiary_payments_before_delete()`);
        for (const t of STATEMENT_TRIGGERS) {
            await q.query(`DROP TRIGGER ${t.name} ON ${t.table}`);
            await q.query(`DROP FUNCTION ${t.name}()`);
        }
        for (const table of [
            'payment_monthly_colonia',
            'beneficiary_colonia_year',
            'activity_total_colonia',
            'activity_monthly_colonia',
        ])
            await q.query(`DROP TABLE "${table}"`);
    }
}
