import type { QueryRunner } from 'typeorm';
import { uniqueKey } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { CoverageRollupWindowDocument } from '../graphql/generated';
import { writeState } from '../helpers/write-fixtures';

/**
 * The coverage rollups of migration 1764400000000 (activity per colonia and
 * month and over all time, beneficiaries per colonia/year/baja with every
 * breakdown, payments per colonia and month) agree with the raw tables after
 * the seed and after inserts, updates and deletes — inside one transaction
 * that is rolled back, so the shared database is left as it was. And coverage
 * over windows that cut months agrees with counts over the raw tables.
 */

let server: TestServer;
let before: Record<string, string | number>;
beforeAll(async () => {
  server = await startTestServer({ role: 'ANALYST' });
  before = await writeState(server.dataSource);
});
afterAll(async () => {
  try {
    // Everything was written in the rolled-back transaction: every written table is as before the file.
    expect(await writeState(server.dataSource)).toEqual(before);
  } finally {
    await server.close();
  }
});

/** Rows on either side without an equal row on the other, per rollup. */
const MISMATCHES = {
  activityMonthly: `
    SELECT count(*)::int AS n FROM (
      SELECT colonia_id, date_trunc('month', held_on)::date AS month, count(*)::int AS activities, sum(people_reached)::int AS people_reached
        FROM activity GROUP BY 1, 2) raw
    FULL JOIN activity_monthly_colonia r USING (colonia_id, month)
   WHERE r.activities IS DISTINCT FROM raw.activities OR r.people_reached IS DISTINCT FROM raw.people_reached`,
  activityTotal: `
    SELECT count(*)::int AS n FROM (
      SELECT colonia_id, count(*) AS activities, sum(people_reached) AS people_reached FROM activity GROUP BY 1) raw
    FULL JOIN activity_total_colonia r USING (colonia_id)
   WHERE r.activities IS DISTINCT FROM raw.activities OR r.people_reached IS DISTINCT FROM raw.people_reached`,
  beneficiaries: `
    SELECT count(*)::int AS n FROM (
      SELECT b.colonia_id, b.program_year, COALESCE(b.baja_on, 'infinity'::date) AS baja_on,
             json_build_object('total', count(*), 'servidor', count(*) FILTER (WHERE b.role = 'SERVIDOR_DEL_PUEBLO'),
               'promotor', count(*) FILTER (WHERE b.role = 'PROMOTOR_COMUNITARIO'), 'mujer', count(*) FILTER (WHERE b.sex = 'MUJER'),
               'hombre', count(*) FILTER (WHERE b.sex = 'HOMBRE'),
               'young', count(*) FILTER (WHERE date_part('year', age(make_date(b.program_year, 1, 1), b.birth_date)) < 30),
               'old', count(*) FILTER (WHERE date_part('year', age(make_date(b.program_year, 1, 1), b.birth_date)) > 60),
               'primaria', count(*) FILTER (WHERE b.education = 'PRIMARIA'), 'licenciatura', count(*) FILTER (WHERE b.education = 'LICENCIATURA'),
               'hogar', count(*) FILTER (WHERE b.occupation = 'HOGAR'), 'pensionado', count(*) FILTER (WHERE b.occupation = 'PENSIONADO_JUBILADO'))::text AS figures
        FROM beneficiary b GROUP BY 1, 2, 3) raw
    FULL JOIN (
      SELECT colonia_id, program_year, baja_on,
             json_build_object('total', total, 'servidor', servidor_del_pueblo, 'promotor', promotor_comunitario, 'mujer', mujer, 'hombre', hombre,
               'young', age_18_29, 'old', age_over_60, 'primaria', primaria, 'licenciatura', licenciatura, 'hogar', hogar,
               'pensionado', pensionado_jubilado)::text AS figures
        FROM beneficiary_colonia_year) r USING (colonia_id, program_year, baja_on)
   WHERE r.figures IS DISTINCT FROM raw.figures`,
  payments: `
    SELECT count(*)::int AS n FROM (
      SELECT b.colonia_id, p.month, sum(p.amount) AS amount, count(*)::int AS payments
        FROM payment p JOIN beneficiary b ON b.id = p.beneficiary_id GROUP BY 1, 2) raw
    FULL JOIN payment_monthly_colonia r USING (colonia_id, month)
   WHERE r.amount IS DISTINCT FROM raw.amount OR r.payments IS DISTINCT FROM raw.payments`,
};

async function mismatches(runner: QueryRunner | undefined = undefined): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [name, sql] of Object.entries(MISMATCHES))
    result[name] = (await server.dataSource.query(sql, [], runner))[0].n;
  return result;
}

const NONE = { activityMonthly: 0, activityTotal: 0, beneficiaries: 0, payments: 0 };

it('agree with the raw tables after the seed', async () => {
  expect(await mismatches()).toEqual(NONE);
  const [{ rows }] = await server.dataSource.query(
    `SELECT (SELECT count(*) FROM activity_monthly_colonia) + (SELECT count(*) FROM beneficiary_colonia_year) + (SELECT count(*) FROM payment_monthly_colonia) AS rows`,
  );
  expect(Number(rows)).toBeGreaterThan(0);
});

it('follow inserts, updates and deletes of activities, beneficiaries and payments in the writing transaction', async () => {
  let beneficiaryId: number | undefined;
  const runner = server.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  const q = (sql: string, params: unknown[] = []) => runner.query(sql, params);
  try {
    const [c1, c2] = await q(`SELECT id, territorial_id FROM colonia ORDER BY id LIMIT 2 OFFSET 5`);
    const [b] = await q(
      `INSERT INTO beneficiary (folio, program_year, role, sex, birth_date, education, occupation, territorial_id, colonia_id, status, full_name, curp, phone, address)
       VALUES ($3, 2019, 'SERVIDOR_DEL_PUEBLO', 'HOMBRE', '1950-06-01', 'PRIMARIA', 'PENSIONADO_JUBILADO', $1, $2, 'ACTIVE', 'Persona Prueba', 'TESTROLLUP00000001', '5500000000', 'Calle')
       RETURNING id`,
      [c1.territorial_id, c1.id, uniqueKey('BEN')],
    );
    beneficiaryId = b.id;
    expect(await mismatches(runner)).toEqual(NONE);
    await q(
      `INSERT INTO payment (beneficiary_id, payment_row, month, amount) SELECT $1, r, make_date(2019, r, 1), 1000 + r FROM generate_series(1, 12) r`,
      [b.id],
    );
    // Activities on both sides of a month boundary, two per day.
    await q(
      `INSERT INTO activity (held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached)
       SELECT '2019-05-27'::date + d, s, $1, $2, $3, 'SANITIZACION', 4 FROM generate_series(0, 9) d, generate_series(1, 2) s`,
      [b.id, c1.id, c1.territorial_id],
    );
    expect(await mismatches(runner)).toEqual(NONE);
    await q(`UPDATE activity SET people_reached = 9 WHERE beneficiary_id = $1 AND seq = 2`, [b.id]);
    await q(`UPDATE activity SET held_on = held_on + 40 WHERE beneficiary_id = $1 AND held_on = '2019-05-31'`, [b.id]);
    await q(
      `UPDATE activity SET colonia_id = $2, territorial_id = $3 WHERE beneficiary_id = $1 AND held_on > '2019-06-02'`,
      [b.id, c2.id, c2.territorial_id],
    );
    expect(await mismatches(runner)).toEqual(NONE);
    await q(`DELETE FROM activity WHERE beneficiary_id = $1 AND held_on < '2019-05-30'`, [b.id]);
    expect(await mismatches(runner)).toEqual(NONE);
    // Beneficiary changes: breakdown, baja, colonia (its payments follow).
    await q(
      `UPDATE beneficiary SET sex = 'MUJER', education = 'LICENCIATURA', occupation = 'HOGAR', birth_date = '1995-01-01' WHERE id = $1`,
      [b.id],
    );
    expect(await mismatches(runner)).toEqual(NONE);
    await q(`UPDATE beneficiary SET status = 'BAJA', baja_on = '2019-08-15' WHERE id = $1`, [b.id]);
    await q(`UPDATE beneficiary SET colonia_id = $2, territorial_id = $3 WHERE id = $1`, [
      b.id,
      c2.id,
      c2.territorial_id,
    ]);
    expect(await mismatches(runner)).toEqual(NONE);
    await q(
      `UPDATE payment SET amount = amount * 2, month = '2019-12-01' WHERE beneficiary_id = $1 AND payment_row <= 3`,
      [b.id],
    );
    await q(`DELETE FROM payment WHERE beneficiary_id = $1 AND payment_row = 12`, [b.id]);
    expect(await mismatches(runner)).toEqual(NONE);
    // A failed statement changes neither side.
    await q('SAVEPOINT bad');
    await expect(q(`UPDATE activity SET people_reached = -1 WHERE beneficiary_id = $1`, [b.id])).rejects.toThrow(
      /activity_counts_check/,
    );
    await q('ROLLBACK TO SAVEPOINT bad');
    expect(await mismatches(runner)).toEqual(NONE);
    // Deleting the beneficiary deletes its payments (ON DELETE CASCADE): counted once.
    await q(`DELETE FROM activity WHERE beneficiary_id = $1`, [b.id]);
    await q(`DELETE FROM beneficiary WHERE id = $1`, [b.id]);
    expect(await mismatches(runner)).toEqual(NONE);
    await q(`TRUNCATE payment`);
    expect(await mismatches(runner)).toEqual(NONE);
    expect((await q(`SELECT count(*)::int AS n FROM payment_monthly_colonia`))[0].n).toBe(0);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
  expect(await mismatches()).toEqual(NONE);
  expect(beneficiaryId).toBeDefined();
  expect(
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM beneficiary WHERE id = $1`, [beneficiaryId]))[0].n,
  ).toBe(0);
});

describe('windows that cut months agree with the raw tables', () => {
  const windows: [string | null, string | null][] = [
    ['2020-02-05', '2020-02-11'], // inside one month
    ['2020-02-10', '2020-03-04'], // two partial months
    ['2020-01-31', '2020-04-01'], // partial, whole, whole, partial
    ['2020-02-01', '2020-02-29'], // exactly one month
    [null, '2020-02-12'], // open start
    ['2020-02-12', null], // open end
  ];
  it.each(windows)('from %s to %s', async (from, to) => {
    const result = await server.gql(CoverageRollupWindowDocument, { from, to });
    expect(result.errors).toBeUndefined();
    const [raw] = await server.dataSource.query(
      `SELECT count(*)::int AS activities, COALESCE(sum(people_reached), 0)::int AS people
         FROM activity WHERE ($1::date IS NULL OR held_on >= $1) AND ($2::date IS NULL OR held_on <= $2)`,
      [from, to],
    );
    const [payments] = await server.dataSource.query(
      `SELECT COALESCE(sum(amount), 0)::float8 AS total FROM payment
        WHERE ($1::date IS NULL OR month >= date_trunc('month', $1::date)) AND ($2::date IS NULL OR month <= $2)`,
      [from, to],
    );
    const perTerritorial = await server.dataSource.query(
      `SELECT t.clave, count(a.id)::int AS activities, COALESCE(sum(a.people_reached), 0)::int AS people
         FROM territorial t LEFT JOIN activity a ON a.territorial_id = t.id AND ($1::date IS NULL OR a.held_on >= $1) AND ($2::date IS NULL OR a.held_on <= $2)
        GROUP BY t.clave ORDER BY t.clave`,
      [from, to],
    );
    expect(raw.activities).toBeGreaterThan(0);
    expect({
      activities: result.data.coverage.activities,
      people: result.data.coverage.peopleReached,
      payments: result.data.coverage.paymentsTotal,
    }).toEqual({
      activities: raw.activities,
      people: raw.people,
      payments: payments.total,
    });
    expect(
      result.data.territoriales.map((t) => ({
        clave: t.clave,
        activities: t.coverage.activities,
        people: t.coverage.peopleReached,
      })),
    ).toEqual(perTerritorial);
  });
});
