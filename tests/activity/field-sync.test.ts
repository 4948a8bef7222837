import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { print } from 'graphql';
import { authHeaders } from '../helpers/auth';
import { signToken } from '../../src/auth/jwt';
import type { Role } from '../../src/auth/role';
import { runTokenCli } from '../../src/auth/token.cli';
import { factories } from '../helpers/factories';
import { expectError, startTestServer, type TestServer } from '../helpers/test-server';
import { places, writeState, type Places } from '../helpers/write-fixtures';
import {
  FacilitatorPublicFiguresDocument,
  FacilitatorReadsOthersDocument,
  MyActivitiesWithBeneficiaryDocument,
  MyActivitiesDocument,
  RecordActivitiesDocument,
  type ActivityKind,
  type RecordActivityInput,
} from '../graphql/generated';

/**
 * Field sync (recordActivities) as an offline app uses it: batches answered item by item,
 * resends (after a cut connection too) that create nothing twice, points placed in the most
 * specific colonia and stored, and bad items refused one by one while the rest commit.
 */

let server: TestServer;
let at: Places;
let facilitator: Record<string, string>;
let admin: Record<string, string>;
let beneficiaryId: number;

/** Activities written by recordActivities in this test: removed after it, with their audit entries (factories). */
async function forgetSynced(clientIds: string[]): Promise<void> {
  await make.sql.rows('activity', 'SELECT id FROM activity WHERE client_id = ANY($1::uuid[])', [clientIds]);
}

function activity(fields: Partial<RecordActivityInput> = {}): RecordActivityInput {
  return {
    clientId: randomUUID(),
    heldOn: '2020-07-01',
    kind: 'ENTREGA_INSUMOS_PREVENCION' as ActivityKind,
    peopleReached: 12,
    lon: at.ter03.point.coordinates[0],
    lat: at.ter03.point.coordinates[1],
    ...fields,
  };
}

const record = (activities: RecordActivityInput[], headers = facilitator) =>
  server.gql(RecordActivitiesDocument, { activities }, headers);

beforeAll(async () => {
  server = await startTestServer();
  at = await places(server.dataSource);
  admin = await authHeaders('ADMIN', undefined, 'test:field-sync-admin');
});
const make = factories(() => server, { checkWriteState: true });

beforeEach(async () => {
  const beneficiary = await make.sql.beneficiary({ coloniaId: at.ter03.coloniaId });
  beneficiaryId = beneficiary.id;
  facilitator = await authHeaders('FACILITATOR', undefined, 'test:facilitator', beneficiary.input.folio as string);
});

afterAll(async () => {
  await server.close();
});

it('records a batch by point and by colonia, stores the point, and follows with audit and rollup in constant statements', async () => {
  const byPoint = activity();
  const byColonia = activity({ lon: null, lat: null, coloniaId: String(at.ter03b.coloniaId), peopleReached: 0 });
  const [rollupBefore] = await server.dataSource.query(
    `SELECT COALESCE(sum(activities), 0)::int AS n FROM activity_daily_colonia WHERE day = '2020-07-01' AND colonia_id = $1`,
    [at.ter03.coloniaId],
  );
  const small = await record([byPoint, byColonia]);
  await forgetSynced([byPoint.clientId, byColonia.clientId]);
  expect(small.errors).toBeUndefined();
  expect(small.data.recordActivities.map((r) => [r.clientId, r.status, r.code])).toEqual([
    [byPoint.clientId, 'CREATED', null],
    [byColonia.clientId, 'CREATED', null],
  ]);
  const rows = await server.dataSource.query(
    `SELECT id::text, client_id::text, beneficiary_id, colonia_id, seq, ST_X(location) AS lon, ST_Y(location) AS lat
       FROM activity WHERE client_id = ANY($1::uuid[]) ORDER BY seq`,
    [[byPoint.clientId, byColonia.clientId]],
  );
  expect(rows).toEqual([
    {
      id: small.data.recordActivities[0].id,
      client_id: byPoint.clientId,
      beneficiary_id: beneficiaryId,
      colonia_id: at.ter03.coloniaId,
      seq: 1,
      lon: byPoint.lon,
      lat: byPoint.lat,
    },
    expect.objectContaining({ colonia_id: at.ter03b.coloniaId, seq: 2, lon: null, lat: null }),
  ]);
  const [rollupAfter] = await server.dataSource.query(
    `SELECT sum(activities)::int AS n FROM activity_daily_colonia WHERE day = '2020-07-01' AND colonia_id = $1`,
    [at.ter03.coloniaId],
  );
  expect(rollupAfter.n).toBe(rollupBefore.n + 1);
  const audit = await server.dataSource.query(
    `SELECT actor, operation, changes->'clientId'->>'after' AS client_id FROM audit_log WHERE entity = 'activity' AND entity_id = ANY($1::int[]) ORDER BY entity_id`,
    [rows.map((r: { id: string }) => Number(r.id))],
  );
  expect(audit).toEqual([
    { actor: 'test:facilitator', operation: 'CREATE', client_id: byPoint.clientId },
    { actor: 'test:facilitator', operation: 'CREATE', client_id: byColonia.clientId },
  ]);

  // Forty items cost the statements two did.
  const many = Array.from({ length: 40 }, () => activity());
  const large = await record(many);
  await forgetSynced(many.map((a) => a.clientId));
  expect(large.data.recordActivities.every((r) => r.status === 'CREATED')).toBe(true);
  expect(large.sqlStatements).toBe(small.sqlStatements);
});

it('answers a resent batch with DUPLICATE and the same ids, and refuses a clientId resent with other content', async () => {
  const batch = [activity(), activity({ kind: 'SANITIZACION' as ActivityKind })];
  const first = await record(batch);
  await forgetSynced(batch.map((a) => a.clientId));
  const state = await writeState(server.dataSource);
  const again = await record(batch);
  expect(again.data.recordActivities).toEqual(first.data.recordActivities.map((r) => ({ ...r, status: 'DUPLICATE' })));
  const changed = await record([
    { ...batch[0], peopleReached: 13 },
    { ...batch[1], lon: at.ter03b.point.coordinates[0], lat: at.ter03b.point.coordinates[1] },
  ]);
  expect(changed.data.recordActivities.map((r) => [r.status, r.code, r.argument, r.id])).toEqual([
    ['REFUSED', 'CONFLICT', 'clientId', null],
    ['REFUSED', 'CONFLICT', 'clientId', null],
  ]);
  expect(changed.data.recordActivities[0].message).toMatch(/already recorded with other content/);
  // The same clientId twice in one call: the second answers as the first, or CONFLICT when it differs.
  const twice = activity();
  const inOneCall = await record([twice, twice, { ...twice, peopleReached: 99 }]);
  await forgetSynced([twice.clientId]);
  expect(inOneCall.data.recordActivities.map((r) => r.status)).toEqual(['CREATED', 'DUPLICATE', 'REFUSED']);
  expect(inOneCall.data.recordActivities[1].id).toBe(inOneCall.data.recordActivities[0].id);
  expect(inOneCall.data.recordActivities[2].code).toBe('CONFLICT');
  const after = await writeState(server.dataSource);
  expect(after.activity).toBe((state.activity as number) + 1);
});

it('creates nothing twice when the connection is cut mid-batch and the batch is sent again', async () => {
  const batch = Array.from({ length: 1000 }, (_, i) =>
    activity({ heldOn: `2020-08-${String((i % 28) + 1).padStart(2, '0')}`, peopleReached: i % 50 }),
  );
  const ids = batch.map((a) => a.clientId);
  const body = JSON.stringify({ query: print(RecordActivitiesDocument), variables: { activities: batch } });
  // The whole request goes out, then the client drops the socket without reading an answer.
  await new Promise<void>((resolve) => {
    const req = request(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...facilitator },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.end(body, () => req.destroy());
  });
  const resent = await record(batch);
  await forgetSynced(ids);
  expect(resent.errors).toBeUndefined();
  const statuses = new Set(resent.data.recordActivities.map((r) => r.status));
  expect([...statuses].every((s) => s === 'CREATED' || s === 'DUPLICATE')).toBe(true);
  // A third send finds every one of them, whatever became of the cut request.
  const third = await record(batch);
  expect(third.data.recordActivities.map((r) => r.status)).toEqual(batch.map(() => 'DUPLICATE'));
  expect(third.data.recordActivities.map((r) => r.id)).toEqual(resent.data.recordActivities.map((r) => r.id));
  const [stored] = await server.dataSource.query(
    `SELECT count(*)::int AS n, count(DISTINCT client_id)::int AS distinct_ids,
            count(DISTINCT (held_on, seq))::int AS distinct_seq FROM activity WHERE client_id = ANY($1::uuid[])`,
    [ids],
  );
  expect(stored).toEqual({ n: 1000, distinct_ids: 1000, distinct_seq: 1000 });
});

it('places a point in a unidad habitacional nested in a barrio in the unidad, the most specific unit', async () => {
  const [nested] = await server.dataSource.query(
    `SELECT i.id AS inner_id, o.id AS outer_id, ST_AsGeoJSON(ST_PointOnSurface(i.geom), 9)::json AS p,
            (SELECT b.id FROM beneficiary b WHERE b.territorial_id = i.territorial_id ORDER BY b.id LIMIT 1)::text AS beneficiary
       FROM colonia i JOIN colonia o ON o.id = i.contained_in_id ORDER BY i.id LIMIT 1`,
  );
  expect(nested).toBeDefined();
  const item = activity({
    lon: nested.p.coordinates[0],
    lat: nested.p.coordinates[1],
    beneficiaryId: nested.beneficiary,
  });
  const result = await record([item], admin);
  await forgetSynced([item.clientId]);
  expect(result.data.recordActivities[0].status).toBe('CREATED');
  const [row] = await server.dataSource.query(`SELECT colonia_id FROM activity WHERE client_id = $1`, [item.clientId]);
  expect(row.colonia_id).toBe(nested.inner_id);
  expect(row.colonia_id).not.toBe(nested.outer_id);
});

describe('bad input', () => {
  it('refuses 1,001 activities in one call, naming the limit, and writes nothing', async () => {
    const state = await writeState(server.dataSource);
    const result = await record(Array.from({ length: 1001 }, () => activity()));
    expectError(result, 'BAD_USER_INPUT', 'activities');
    expect(result.errors![0].message).toMatch(/1001 items: at most 1000 per call/);
    expect(await writeState(server.dataSource)).toEqual(state);
  });

  it('refuses each bad item on its own, naming the field, while the valid ones commit', async () => {
    const good = activity();
    const [px, py] = at.ter03.point.coordinates;
    const cases: [RecordActivityInput, string, string][] = [
      [activity({ clientId: 'not-a-uuid' }), 'BAD_USER_INPUT', 'clientId'],
      [activity({ clientId: `${randomUUID()}0` }), 'BAD_USER_INPUT', 'clientId'],
      [activity({ peopleReached: -1 }), 'BAD_USER_INPUT', 'peopleReached'],
      [activity({ heldOn: '2020-02-30' }), 'BAD_USER_INPUT', 'heldOn'],
      [activity({ lon: -99.5, lat: 19.0 }), 'BAD_USER_INPUT', 'lon'],
      [activity({ lon: 200, lat: py }), 'BAD_USER_INPUT', 'lon'],
      [activity({ lon: px, lat: null }), 'BAD_USER_INPUT', 'lat'],
      [activity({ coloniaId: String(at.ter03.coloniaId) }), 'BAD_USER_INPUT', 'coloniaId'],
      [activity({ lon: null, lat: null }), 'BAD_USER_INPUT', 'coloniaId'],
      [activity({ lon: null, lat: null, coloniaId: '999999' }), 'BAD_USER_INPUT', 'coloniaId'],
      [activity({ lon: null, lat: null, coloniaId: 'x' }), 'BAD_USER_INPUT', 'coloniaId'],
      // Inside the alcaldía but outside the beneficiary's territorial: by point and by colonia.
      [activity({ lon: at.ter04.point.coordinates[0], lat: at.ter04.point.coordinates[1] }), 'FORBIDDEN', 'lon'],
      [activity({ lon: null, lat: null, coloniaId: String(at.ter04.coloniaId) }), 'FORBIDDEN', 'coloniaId'],
      [activity({ beneficiaryId: String(at.beneficiary03) }), 'FORBIDDEN', 'beneficiaryId'],
    ];
    const before = await writeState(server.dataSource);
    const result = await record([good, ...cases.map(([input]) => input)]);
    await forgetSynced([good.clientId]);
    expect(result.errors).toBeUndefined();
    const [created, ...refused] = result.data.recordActivities;
    expect(created.status).toBe('CREATED');
    expect(refused.map((r) => [r.clientId, r.status, r.code, r.argument, r.id])).toEqual(
      cases.map(([input, code, argument]) => [input.clientId, 'REFUSED', code, argument, null]),
    );
    for (const r of refused) expect(r.message).toContain(r.argument);
    expect(refused[4].message).toMatch(/outside the alcaldía/);
    const after = await writeState(server.dataSource);
    expect(after.activity).toBe((before.activity as number) + 1);
  });

  it('refuses the whole call to ANALYST and to nobody, and an item naming no beneficiary for ADMIN', async () => {
    const analyst = await record([activity()], await authHeaders('ANALYST'));
    expectError(analyst, 'FORBIDDEN');
    const anonymous = await record([activity()], {});
    expectError(anonymous, 'UNAUTHENTICATED');
    const result = await record([activity()], admin);
    expect(result.data.recordActivities[0]).toMatchObject({ status: 'REFUSED', argument: 'beneficiaryId' });
  });

  it('an OPERATOR records for its own territorial only', async () => {
    const operator = await authHeaders('OPERATOR', 'TER-03', 'test:field-sync-operator');
    const own = activity({ beneficiaryId: String(beneficiaryId) });
    const other = activity({ beneficiaryId: String(at.beneficiary04) });
    const result = await record([own, other], operator);
    await forgetSynced([own.clientId]);
    expect(result.data.recordActivities.map((r) => [r.status, r.code, r.argument])).toEqual([
      ['CREATED', null, null],
      ['REFUSED', 'FORBIDDEN', 'beneficiaryId'],
    ]);
  });
});

describe('FACILITATOR', () => {
  it('reads its own activities, a page at a time, and no one else', async () => {
    const mine = [
      activity({ heldOn: '2020-09-01' }),
      activity({ heldOn: '2020-09-02' }),
      activity({ heldOn: '2020-09-03' }),
    ];
    await record(mine);
    await forgetSynced(mine.map((a) => a.clientId));
    await make.sql.activity({ beneficiaryId, heldOn: '2020-09-04' });
    await make.sql.activity({ beneficiaryId: at.beneficiary03, heldOn: '2020-09-02' });
    const page1 = await server.gql(
      MyActivitiesDocument,
      { first: 2, from: '2020-09-01', to: '2020-09-03' },
      facilitator,
    );
    expect(page1.errors).toBeUndefined();
    expect(page1.data.myActivities.totalCount).toBe(3);
    const page2 = await server.gql(
      MyActivitiesDocument,
      { first: 2, after: page1.data.myActivities.pageInfo.endCursor, from: '2020-09-01', to: '2020-09-03' },
      facilitator,
    );
    const seen = [...page1.data.myActivities.edges, ...page2.data.myActivities.edges].map((e) => e.node.clientId);
    expect(seen).toEqual(mine.map((a) => a.clientId));
    const all = await server.gql(MyActivitiesDocument, {}, facilitator);
    expect(all.data.myActivities.totalCount).toBe(4);
    // Not the Beneficiary behind its activities, not `activities` or anyone's beneficiary record.
    const withBeneficiary = await server.gql(MyActivitiesWithBeneficiaryDocument, {}, facilitator);
    expect(withBeneficiary.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const others = await server.gql(
      FacilitatorReadsOthersDocument,
      { beneficiaryId: String(beneficiaryId) },
      facilitator,
    );
    // activities is non-null: its refusal nulls the whole answer, so one FORBIDDEN may stand for both.
    expect(new Set(others.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    expect(others.data).toBeNull();
    // The public figures, as PUBLIC sees them: small cells suppressed.
    const figures = await server.gql(FacilitatorPublicFiguresDocument, {}, facilitator);
    const publicFigures = await server.gql(FacilitatorPublicFiguresDocument, {}, {});
    expect(figures.errors).toBeUndefined();
    expect(figures.data).toEqual(publicFigures.data);
    const cells = figures.data.territorial!.colonias.flatMap((c) => c.coverage.beneficiaries.bySex.map((x) => x.count));
    expect(cells).toContain(null);
    // Other roles have `activities`; myActivities is a FACILITATOR's.
    expectError(await server.gql(MyActivitiesDocument, {}, admin), 'FORBIDDEN');
    expectError(await server.gql(MyActivitiesDocument, {}, {}), 'UNAUTHENTICATED');
  });

  it('can no longer write once given BAJA, checked when the token is used; its own records stay readable', async () => {
    const before = activity();
    const ok = await record([before]);
    await forgetSynced([before.clientId]);
    expect(ok.data.recordActivities[0].status).toBe('CREATED');
    await make.touch('beneficiary', beneficiaryId, ['status', 'baja_on']);
    await server.dataSource.query(`UPDATE beneficiary SET status = 'BAJA', baja_on = '2020-07-15' WHERE id = $1`, [
      beneficiaryId,
    ]);
    const state = await writeState(server.dataSource);
    const refused = await record([activity()]);
    expectError(refused, 'FORBIDDEN');
    expect(refused.errors![0].message).toMatch(/BAJA/);
    expect(await writeState(server.dataSource)).toEqual(state);
    const read = await server.gql(MyActivitiesDocument, {}, facilitator);
    expect(read.data.myActivities.totalCount).toBe(1);
  });

  it('gets its token from the token command, which checks its arguments', async () => {
    const [folio] = await server.dataSource.query('SELECT folio FROM beneficiary WHERE id = $1', [beneficiaryId]);
    const minted = await runTokenCli(['--role', 'FACILITATOR', '--beneficiary', folio.folio, '--expires', '5m']);
    expect(minted).toMatchObject({ code: 0, stderr: '' });
    const headers = { authorization: `Bearer ${minted.stdout.trim()}` };
    const read = await server.gql(MyActivitiesDocument, {}, headers);
    expect(read.errors).toBeUndefined();
    for (const [args, problem] of [
      [['--role', 'FACILITATOR'], /needs --beneficiary <folio>/],
      [['--role', 'FACILITATOR', '--beneficiary', folio.folio, '--territorial', 'TER-03'], /leave --territorial out/],
      [['--role', 'ANALYST', '--beneficiary', folio.folio], /--beneficiary is for a FACILITATOR token only/],
      [['--role', 'FACILITATOR', '--beneficiary', 'BEN 1;DROP'], /--beneficiary must be a folio/],
    ] as const) {
      const refused = await runTokenCli([...args]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(problem);
    }
    // A FACILITATOR token without its beneficiary (not from the command) is refused when used.
    const bare = await signToken({ sub: 'x', role: 'FACILITATOR' as Role }, '5m');
    const refused = await server.gql(MyActivitiesDocument, {}, { authorization: `Bearer ${bare}` });
    expect(refused.status).toBe(401);
  });

  it('a token naming an unknown folio is refused', async () => {
    const result = await server.gql(
      MyActivitiesDocument,
      {},
      await authHeaders('FACILITATOR', undefined, 'x', 'BEN-NONE-1'),
    );
    expect(result.status).toBe(401);
    expect(result.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
