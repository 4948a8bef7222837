import { authHeaders } from '../helpers/auth';
import { factories, uniqueKey, type FactoryTable } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { places, type Places } from '../helpers/write-fixtures';
import { allKinds, moduleKinds } from '../helpers/factory-kinds';
import { MODULES } from '../../src/app/modules';

/**
 * The test-data factories themselves (tests/helpers/factories.ts): a row made
 * in a test is gone after it with its audit entries, a row made in a
 * `beforeAll` after the file, a touched seeded row is as it was, a kind's
 * tracked flag comes back. Hooks declared after `factories()` run after its
 * own (Jest runs after-hooks in declaration order): they check.
 */

let server: TestServer;
let at: Places;
let operator: Record<string, string>;
let fromBeforeAll: { id: number; clave: string };

const q = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);
const count = async (table: FactoryTable, id: number) => {
  const [row] = await q(
    `SELECT (SELECT count(*) FROM "${table}" WHERE id = $1)::int AS rows,
            (SELECT count(*) FROM audit_log WHERE entity = $2 AND entity_id = $1)::int AS audit`,
    [id, table],
  );
  return row as { rows: number; audit: number };
};

beforeAll(async () => {
  server = await startTestServer();
  at = await places(server.dataSource);
  operator = await authHeaders('OPERATOR', 'TER-03', 'test:factories');
  const row = await make.sql.mercomunaPoint();
  fromBeforeAll = { id: row.id, clave: row.input.clave as string };
});
const make = factories(() => server, { headers: () => operator, checkWriteState: true });

/** Rows a test made, and checks of its own: after the factory's afterEach, none of the rows nor their audit entries is left. */
let madeInTest: [FactoryTable, number][] = [];
let checksAfterTest: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const [table, id] of madeInTest)
    expect({ table, id, ...(await count(table, id)) }).toEqual({ table, id, rows: 0, audit: 0 });
  for (const check of checksAfterTest) await check();
  madeInTest = [];
  checksAfterTest = [];
});
afterAll(async () => {
  try {
    expect(await count('mercomuna_point', fromBeforeAll.id)).toEqual({ rows: 0, audit: 0 });
  } finally {
    await server.close();
  }
});

it('generates keys no other call makes, valid as claves and folios', () => {
  const keys = Array.from({ length: 50 }, () => uniqueKey('ECOS'));
  expect(new Set(keys).size).toBe(50);
  for (const key of keys) {
    expect(key).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
    expect(key.length).toBeLessThanOrEqual(20);
  }
});

it('keeps a row made in beforeAll for the whole file', async () => {
  expect(await q('SELECT clave FROM mercomuna_point WHERE id = $1', [fromBeforeAll.id])).toEqual([
    { clave: fromBeforeAll.clave },
  ]);
});

it('removes what a test made through the API after it, audit entries included', async () => {
  const beneficiary = await make.api.beneficiary();
  expect(beneficiary.errors).toBeUndefined();
  const beneficiaryId = Number(beneficiary.data.createBeneficiary.id);
  const payment = await make.api.payment({ beneficiaryId: String(beneficiaryId) });
  const activity = await make.api.activity({ beneficiaryId: String(beneficiaryId) });
  const agenda = await make.api.agenda({ projects: ['Alumbrado'] });
  const ecos = await make.api.ecosSchool({ facilitatorIds: [String(beneficiaryId)] });
  const workshop = await make.api.workshop();
  for (const result of [payment, activity, agenda, ecos, workshop]) expect(result.errors).toBeUndefined();
  madeInTest = [
    ['beneficiary', beneficiaryId],
    ['payment', Number(payment.data.createPayment.id)],
    ['activity', Number(activity.data.createActivity.id)],
    ['agenda', Number(agenda.data.createAgenda.id)],
    ['ecos_school', Number(ecos.data.createEcosSchool.id)],
    ['workshop', Number(workshop.data.createWorkshop.id)],
  ];
  for (const [table, id] of madeInTest) expect(await count(table, id)).toEqual({ rows: 1, audit: 1 });
});

it('removes what a test made with SQL after it, in any order of dependence', async () => {
  const beneficiary = await make.sql.beneficiary();
  const payment = await make.sql.payment({ beneficiaryId: beneficiary.id });
  const activity = await make.sql.activity({ beneficiaryId: beneficiary.id });
  const ecos = await make.sql.ecosSchool({ facilitatorIds: [beneficiary.id] });
  const ids = await make.sql.rows(
    'activity',
    `INSERT INTO activity (held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached)
     SELECT '2020-07-01'::date + d, 1, b.id, b.colonia_id, b.territorial_id, 'SANITIZACION', 1 FROM beneficiary b, generate_series(0, 2) d
      WHERE b.id = $1 RETURNING id`,
    [beneficiary.id],
  );
  expect(ids).toHaveLength(3);
  madeInTest = [
    ['beneficiary', beneficiary.id],
    ['payment', payment.id],
    ['activity', activity.id],
    ['ecos_school', ecos.id],
    ...ids.map((id): [FactoryTable, number] => ['activity', id]),
  ];
  expect(await q('SELECT beneficiary_id FROM ecos_school_facilitator WHERE ecos_school_id = $1', [ecos.id])).toEqual([
    { beneficiary_id: beneficiary.id },
  ]);
});

it('registers nothing for a refused create', async () => {
  const refused = await make.api.mercomunaPoint({ location: at.ter04.point });
  expect(refused.errors).toHaveLength(1);
  expect(refused.data).toBeNull();
});

it('cleanUp() removes what the test made at once', async () => {
  const point = await make.sql.mercomunaPoint({ location: at.ter03b.point });
  expect(await count('mercomuna_point', point.id)).toEqual({ rows: 1, audit: 0 });
  await make.cleanUp();
  expect(await count('mercomuna_point', point.id)).toEqual({ rows: 0, audit: 0 });
});

describe('what a row changes besides itself', () => {
  it('an improvement of an untracked kind: tracked while it exists, untracked again after', async () => {
    const tracked = async () => (await q(`SELECT tracked FROM public_space_kind WHERE kind = 'LAVAMANOS'`))[0].tracked;
    expect(await tracked()).toBe(false);
    const lavamanos = await make.sql.improvement({ kind: 'LAVAMANOS', coloniaId: at.ter03.coloniaId });
    madeInTest = [['public_space_improvement', lavamanos.id]];
    expect(await tracked()).toBe(true);
    checksAfterTest.push(async () => expect(await tracked()).toBe(false));
  });

  it('a touched seeded row: its columns and version come back, the audit entries about it go', async () => {
    const id = at.ter03b.coloniaId;
    const [colonia] = await q('SELECT nombre, version FROM colonia WHERE id = $1', [id]);
    const [{ mark }] = await q('SELECT COALESCE(max(id), 0)::int AS mark FROM audit_log');
    const auditSinceMark = () =>
      q(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'colonia' AND entity_id = $1 AND id > $2`, [id, mark]);
    await make.touch('colonia', id, ['nombre']);
    const renamed = await server.gql(
      `mutation($id: ID!, $v: Int!) { updateColonia(id: $id, version: $v, input: { nombre: "Nombre de prueba" }) { nombre version } }`,
      { id: String(id), v: colonia.version },
      await authHeaders('ADMIN', undefined, 'test:factories-admin'),
    );
    expect(renamed.data.updateColonia).toEqual({ nombre: 'Nombre de prueba', version: colonia.version + 1 });
    expect(await auditSinceMark()).toEqual([{ n: 1 }]);
    checksAfterTest.push(async () => {
      expect(await q('SELECT nombre, version FROM colonia WHERE id = $1', [id])).toEqual([colonia]);
      expect(await auditSinceMark()).toEqual([{ n: 0 }]);
    });
  });
});

describe('the kinds follow the module list', () => {
  it('every table a module audits has a kind in that module’s own kinds file, or is written there without one', () => {
    const kindsFiles = moduleKinds();
    for (const { module, kinds } of kindsFiles) {
      const audited = MODULES.find((m) => m.name === module)!.audited ?? [];
      const own = [...Object.values(kinds.factoryKinds ?? {}).map((k) => k.table), ...(kinds.factoryTables ?? [])];
      expect([module, own.filter((t) => !audited.includes(t))]).toEqual([module, []]);
    }
    const covered = kindsFiles.flatMap(({ kinds }) => [
      ...Object.values(kinds.factoryKinds ?? {}).map((k) => k.table),
      ...(kinds.factoryTables ?? []),
    ]);
    const audited = MODULES.flatMap((m) => m.audited ?? []);
    expect([...new Set(covered)].sort()).toEqual([...new Set(audited)].sort());
    expect(Object.keys(allKinds()).length).toBeGreaterThanOrEqual(8);
  });
});
