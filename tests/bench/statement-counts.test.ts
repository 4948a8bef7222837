import { benchCases, loadCaseInputs, type BenchCase, type BenchRequest, type CaseId } from '../../bench/cases';
import { signToken } from '../../src/auth/jwt';
import { Role } from '../../src/auth/role';
import { factories, uniqueKey } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * The benchmark's cases (bench/cases.ts) cost a constant number of SQL
 * statements per request: the same on the demo data as after adding more
 * activities, beneficiaries and payments. Not timed: speed is the benchmark's
 * business (docs/PERFORMANCE.md). The extra rows come from the factories,
 * which delete exactly them afterwards.
 */

/** Statements per request of each case (X-SQL-Statements). */
const EXPECTED: Record<CaseId, number> = {
  Q1: 1, // the FeatureCollection, built by PostGIS
  Q1t: 2, // the colonias page with its geometry (no count: totalCount not asked), then the page's territoriales
  Q2: 1, // locate
  Q3: 2, // territoriales + every coverage figure of the 13 in one statement
  Q4: 4, // the page, its count, the colonias, the territoriales
  Q5: 1, // the tile
  Q6: 1, // the items page with its count
  Q7: 2, // territoriales + every crime figure of the 13 (and their previous windows) in one statement
  Q8: 1, // locateMany: 10,000 points in one statement
  Q8c: 1, // POST /locate: the same as a CSV
};

let server: TestServer;
let cases: BenchCase[];

beforeAll(async () => {
  server = await startTestServer();
  const token = await signToken({ sub: 'test:statement-counts', role: Role.ANALYST }, '10m');
  const db = {
    query: async (sql: string, values?: unknown[]) => ({ rows: await server.dataSource.query(sql, values) }),
  };
  cases = benchCases(await loadCaseInputs(db, token, 20));
});

const make = factories(() => server, { checkWriteState: true });
afterAll(async () => {
  await server.close();
});

async function statementsOf(request: BenchRequest): Promise<number> {
  const response = await fetch(`${server.url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  expect({ status: response.status, errors: text.startsWith('{') ? JSON.parse(text).errors : undefined }).toEqual({
    status: 200,
    errors: undefined,
  });
  return Number(response.headers.get('x-sql-statements'));
}

/** Statements of a few variants of each case (points, pages, tiles), by case. */
async function countAll(): Promise<Record<string, number[]>> {
  const counts: Record<string, number[]> = {};
  for (const c of cases) {
    counts[c.id] = [];
    for (let i = 0; i < Math.min(c.variants, 5); i++) counts[c.id].push(await statementsOf(c.apiRequest(i)));
  }
  return counts;
}

/** More of everything the cases read: 200 beneficiaries with payments, 40 weeks of their activities, more activities of the others. */
async function addExtraRows(): Promise<void> {
  const beneficiaries = await make.sql.rows(
    'beneficiary',
    `INSERT INTO beneficiary (folio, program_year, role, sex, birth_date, education, occupation, territorial_id, colonia_id, status, full_name, curp, phone, address)
     SELECT $1 || '-' || g, 2021, 'PROMOTOR_COMUNITARIO', 'MUJER', '1990-01-01', 'SECUNDARIA', 'HOGAR',
            c.territorial_id, c.id, 'ACTIVE', 'Persona Prueba ' || g, 'TEST' || lpad(g::text, 14, '0'), '5500009999', 'Calle de prueba'
       FROM generate_series(1, 200) g JOIN colonia c ON c.id = (SELECT min(id) FROM colonia) + g % 50
     RETURNING id`,
    [uniqueKey('BEN')],
  );
  await make.sql.rows(
    'payment',
    `INSERT INTO payment (beneficiary_id, payment_row, month, amount)
     SELECT b, r, make_date(2021, 1 + (r - 1) % 12, 1), 6000 FROM unnest($1::int[]) b, generate_series(1, 13) r
     RETURNING id`,
    [beneficiaries],
  );
  await make.sql.rows(
    'activity',
    `INSERT INTO activity (held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached)
     SELECT '2021-02-01'::date + d, 1, b.id, b.colonia_id, b.territorial_id, 'SANITIZACION', 5
       FROM beneficiary b, generate_series(0, 279) d WHERE b.id = ANY($1::int[])
     RETURNING id`,
    [beneficiaries],
  );
  await make.sql.rows(
    'activity',
    `INSERT INTO activity (held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached)
     SELECT '2020-03-02'::date + d, 2, b.id, b.colonia_id, b.territorial_id, 'ASAMBLEA_COMUNITARIA', 3
       FROM beneficiary b, generate_series(0, 20) d WHERE b.id <> ALL($1::int[])
     RETURNING id`,
    [beneficiaries],
  );
}

it('every benchmark case costs the same statements on the demo data and on much more data', async () => {
  const small = await countAll();
  const [{ activities: before }] = await server.dataSource.query(`SELECT count(*)::int AS activities FROM activity`);
  try {
    await addExtraRows();
    const [{ activities: after }] = await server.dataSource.query(`SELECT count(*)::int AS activities FROM activity`);
    expect(after).toBeGreaterThan(before + 50_000);
    const large = await countAll();
    expect(large).toEqual(small);
  } finally {
    await make.cleanUp(); // now: the counts below are of the demo data again
  }
  for (const c of cases)
    expect({ case: c.id, statements: small[c.id] }).toEqual({
      case: c.id,
      statements: small[c.id].map(() => EXPECTED[c.id]),
    });
  const [{ activities: restored }] = await server.dataSource.query(`SELECT count(*)::int AS activities FROM activity`);
  expect(restored).toBe(before);
  // Bounded: every case twice, plus inserting and deleting the extra rows (slow on the embedded PGlite under load).
}, 300_000);
