import { existsSync } from 'node:fs';
import { readConfig, reloadConfig } from '../../src/config/config';
import { encodeFeedCursor } from '../../src/feed/feed-cursor';
import { feedModule } from '../../src/feed/feed.module';
import { feedIdentity } from '../../src/feed/feed.service';
import { backoffMs } from '../../src/feed/webhook-worker';
import { authHeaders } from '../helpers/auth';
import { factories, uniqueKey } from '../helpers/factories';
import { freePort, SERVER_ENTRY, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { expectError, startTestServer, type GraphQLResult, type TestServer } from '../helpers/test-server';
import { WebhookReceiver, type ReceivedDelivery } from '../helpers/webhook-receiver';
import {
  FeedChangesCursorDocument,
  FeedDeleteMercomunaPointDocument,
  FeedRenameMercomunaPointDocument,
  HookCreateDocument,
  HookDeleteDocument,
  HookDeliveriesDocument,
  HookListDocument,
  HookUpdateDocument,
  type HookListQuery,
} from '../graphql/generated';

/**
 * Webhooks (src/feed/webhook*.ts) end to end: the built server process runs its module's worker
 * (the `workers` slot) against local receivers that answer at once, fail (500), hold the request past
 * the timeout, answer slowly, and refuse connections; the server is killed in the middle (kill -9)
 * and started again. Every change is delivered at least once, signed, in order per row, and nothing
 * is lost. Then, in this process through the same slot: a delivery given up after its last attempt
 * holds its row's later changes until an ADMIN retries it; and the bad inputs.
 */

const SECRET = 'test-webhook-secret-0123456789';
const ADMIN_SUBJECT = 'test:webhook-admin';
const embedded = process.env.TERRITORIO_TEST_DB === 'embedded';

let server: TestServer;
let admin: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await authHeaders('ADMIN', undefined, ADMIN_SUBJECT);
});
const make = factories(() => server, { headers: () => admin });
afterAll(async () => {
  await server.dataSource.query(`DELETE FROM webhook WHERE created_by = $1`, [ADMIN_SUBJECT]);
  await server.close();
});

type Change = ReceivedDelivery['change'];
const RANK: Record<string, number> = { CREATE: 0, UPDATE: 1, DELETE: 2 };
/** A row's history in order: CREATE v1 < UPDATE v2 < … < DELETE vN. */
const position = (c: Pick<Change, 'version' | 'operation'>) => c.version * 4 + RANK[c.operation];
const keyOf = (c: Pick<Change, 'id' | 'version' | 'operation'>) => `${c.id}:${c.version}:${c.operation}`;

async function until(what: string, condition: () => Promise<boolean> | boolean, context = () => ''): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function createPoint(): Promise<number> {
  const made = await make.api.mercomunaPoint({ nombre: uniqueKey('Punto webhook') });
  expect(made.errors).toBeUndefined();
  return Number(made.data.createMercomunaPoint.id);
}

async function rename(id: number, version: number): Promise<void> {
  const renamed = await server.gql(
    FeedRenameMercomunaPointDocument,
    { id: String(id), v: version, n: uniqueKey('Otro') },
    admin,
  );
  expect(renamed.errors).toBeUndefined();
}

async function createHook(url: string, tables: ('MERCOMUNA_POINT' | 'BENEFICIARY')[], after?: string) {
  const made = await server.gql(HookCreateDocument, { input: { url, secret: SECRET, tables, after } }, admin);
  expect(made.errors).toBeUndefined();
  return made.data.createWebhook;
}

describe('end to end: the server process delivers through failures and a crash', () => {
  beforeAll(() => {
    if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run npm run build before this test`);
  });

  it('delivers every change at least once, signed, in order per row; nothing is lost across kill -9 and a restart', async () => {
    const refusedPort = await freePort();
    const receivers = {
      ok: new WebhookReceiver('ok', SECRET, () => ({ status: 204 })),
      // 500 to the first two attempts of every delivery.
      failing: new WebhookReceiver('failing', SECRET, (m) => (m.attempt <= 2 ? { status: 500 } : { status: 200 })),
      // Every second delivery's first attempt is held past the sender's timeout.
      timeout: new WebhookReceiver('timeout', SECRET, (m) =>
        m.attempt === 1 && Number(m.delivery) % 2 === 0 ? 'hold' : { status: 202 },
      ),
      // Answers within the timeout, slowly.
      slow: new WebhookReceiver('slow', SECRET, () => ({ status: 200, afterMs: 300 })),
      // Nothing listens on its port until the restart: connection refused.
      refusing: new WebhookReceiver('refusing', SECRET, () => ({ status: 204 })),
    };
    const all = Object.values(receivers);
    for (const receiver of all) if (receiver !== receivers.refusing) await receiver.listen();
    receivers.refusing.port = refusedPort;
    const processEnv = {
      WEBHOOK_INTERVAL_MS: '100',
      WEBHOOK_TIMEOUT_MS: '1500',
      WEBHOOK_BACKOFF_BASE_MS: '100',
      WEBHOOK_BACKOFF_MAX_MS: '1000',
      WEBHOOK_MAX_ATTEMPTS: '1000',
      WEBHOOK_CONCURRENCY: '4',
    };
    let running: ServerProcess | undefined;
    const hooks: Record<string, string> = {};
    const ids: number[] = [];
    try {
      for (const receiver of all) hooks[receiver.name] = (await createHook(receiver.url, ['MERCOMUNA_POINT'])).id;

      // Changes before the server process starts: 8 points, each renamed twice, 2 of them deleted.
      for (let i = 0; i < 8; i++) ids.push(await createPoint());
      for (const id of ids) await rename(id, 1);
      for (const id of ids) await rename(id, 2);
      for (const id of ids.slice(0, 2))
        expect(
          (await server.gql(FeedDeleteMercomunaPointDocument, { id: String(id), v: 3 }, admin)).errors,
        ).toBeUndefined();

      // The first server process: it delivers a part, then dies (kill -9) with deliveries in flight.
      running = await startServerProcess(processEnv);
      const snapshot = () =>
        Object.fromEntries(
          all.map((r) => [r.name, { requests: r.requests, accepted: r.accepted.length, held: r.held }]),
        );
      const progress = () => JSON.stringify(snapshot());
      await until(
        'a part of the deliveries',
        () =>
          new Set(receivers.ok.accepted.map((m) => keyOf(m.change))).size >= 8 &&
          receivers.failing.requests >= 4 &&
          receivers.timeout.held >= 1,
        () => `${progress()}\n${running!.output()}`,
      );
      const beforeTheCrash = snapshot();
      expect(await running.stop('SIGKILL')).toBeNull();
      running = undefined;

      // While no server runs: more changes (SQL straight to the database, role SYSTEM; and through an API).
      await server.dataSource.query(
        `UPDATE mercomuna_point SET nombre = nombre || ' (SQL)', version = version + 1 WHERE id = ANY($1::int[])`,
        [ids.slice(2, 5)],
      );
      for (let i = 0; i < 2; i++) {
        const id = await createPoint();
        ids.push(id);
        await rename(id, 1);
      }
      // The refusing receiver comes up; the second server process (two of them sharing the queue on PostgreSQL).
      await receivers.refusing.listen(refusedPort);
      const perHook = 8 + 16 + 2 + 3 + 4;
      running = await startServerProcess({ ...processEnv, ...(embedded ? {} : { WEB_CONCURRENCY: '2' }) });
      const second = running;
      let last: HookListQuery['webhooks'] = [];
      await until(
        'every change delivered',
        async () => {
          const list = await second.gql(HookListDocument, {}, admin);
          last = (list.data?.webhooks ?? []).filter((w) => Object.values(hooks).includes(w.id));
          return (
            last.length === all.length &&
            last.every((w) => w.deliveries.pending === 0 && w.deliveries.delivered >= perHook)
          );
        },
        () => `${progress()}\n${JSON.stringify(last)}\n${second.output()}`,
      );
      expect(await running.stop('SIGTERM')).toBe(0);
      expect(second.output()).toMatch(/webhook deliveries stopped/);
      running = undefined;

      // What the database holds: every change of our rows, one delivery per webhook, all DELIVERED, and
      // delivered in order per row.
      const expected: Change[] = await server.dataSource.query(
        `SELECT upper(table_name) AS "table", row_id::text AS id, version, operation FROM change_log
          WHERE table_name = 'mercomuna_point' AND row_id = ANY($1::int[]) ORDER BY seq`,
        [ids],
      );
      expect(expected).toHaveLength(perHook);
      const rows: {
        webhook_id: string;
        id: string;
        version: number;
        operation: string;
        status: string;
        attempts: number;
        last_error: string | null;
        delivered_at: Date;
      }[] = await server.dataSource.query(
        `SELECT webhook_id::text, row_id::text AS id, version, operation, status, attempts, last_error, delivered_at
           FROM webhook_delivery WHERE webhook_id = ANY($1::int[]) ORDER BY webhook_id, seq`,
        [Object.values(hooks)],
      );
      for (const receiver of all) {
        const mine = rows.filter((r) => r.webhook_id === hooks[receiver.name]);
        expect([receiver.name, mine.map(keyOf)]).toEqual([receiver.name, expected.map(keyOf)]);
        expect([receiver.name, mine.filter((r) => r.status !== 'DELIVERED')]).toEqual([receiver.name, []]);
        for (const id of ids) {
          const times = mine.filter((r) => Number(r.id) === id).map((r) => r.delivered_at.getTime());
          expect([receiver.name, id, times]).toEqual([receiver.name, id, [...times].sort((a, b) => a - b)]);
        }
      }

      // What the receivers got: signed, each expected change at least once, in order per row.
      const lost: string[] = [];
      let duplicates = 0;
      for (const receiver of all) {
        expect([receiver.name, receiver.badSignatures]).toEqual([receiver.name, 0]);
        const got = new Set(receiver.accepted.map((m) => keyOf(m.change)));
        lost.push(...expected.filter((c) => !got.has(keyOf(c))).map((c) => `${receiver.name} ${keyOf(c)}`));
        duplicates += receiver.accepted.length - got.size;
        for (const id of ids) {
          const order = receiver.accepted.filter((m) => Number(m.change.id) === id).map((m) => position(m.change));
          expect([receiver.name, id, order]).toEqual([receiver.name, id, [...order].sort((a, b) => a - b)]);
        }
        // The body is the feed's entry and nothing else.
        for (const m of receiver.received) {
          expect(Object.keys(m).sort()).toEqual(['attempt', 'change', 'delivery', 'sentAt', 'webhook']);
          expect(Object.keys(m.change).sort()).toEqual(['at', 'id', 'operation', 'role', 'table', 'version']);
        }
      }
      expect(lost).toEqual([]);

      // Each kind of failure was met, and retried until delivered.
      const ofHook = (name: string) => rows.filter((r) => r.webhook_id === hooks[name]);
      expect(ofHook('failing').every((r) => r.attempts >= 3 && r.last_error === 'answered HTTP 500')).toBe(true);
      expect(ofHook('timeout').some((r) => r.last_error === 'no answer within 1500 ms')).toBe(true);
      expect(ofHook('refusing').some((r) => /connection refused/.test(r.last_error ?? ''))).toBe(true);
      expect(receivers.slow.accepted.length).toBeGreaterThanOrEqual(perHook);

      const counts = {
        changes: expected.length,
        webhooks: all.length,
        sent: rows.reduce((n, r) => n + r.attempts, 0),
        retried: rows.reduce((n, r) => n + r.attempts - 1, 0),
        delivered: rows.filter((r) => r.status === 'DELIVERED').length,
        lost: lost.length,
        duplicates,
        receiverRequests: all.reduce((n, r) => n + r.requests, 0),
        perReceiver: snapshot(),
        beforeTheCrash,
        mode: embedded ? 'embedded' : 'PostgreSQL (2 server processes after the restart)',
      };
      console.log(`webhook deliveries: ${JSON.stringify(counts)}`);
      expect(counts.delivered).toBe(all.length * perHook);
      expect(counts.retried).toBeGreaterThan(0);

      // The ADMIN's view: counts per webhook, and the deliveries of one, by status.
      const list = await server.gql(HookListDocument, {}, admin);
      for (const w of list.data.webhooks.filter((h) => Object.values(hooks).includes(h.id)))
        expect(w.deliveries).toEqual({ pending: 0, delivered: perHook, failed: 0 });
      const delivered = await server.gql(
        HookDeliveriesDocument,
        { webhookId: hooks.failing, status: 'DELIVERED', first: 100 },
        admin,
      );
      expect(delivered.data.webhookDeliveries.totalCount).toBe(perHook);
      expect(delivered.data.webhookDeliveries.edges.map((e) => keyOf(e.node.change))).toEqual(expected.map(keyOf));
      expect(delivered.data.webhookDeliveries.edges.every((e) => e.node.lastError === 'answered HTTP 500')).toBe(true);
      const failed = await server.gql(HookDeliveriesDocument, { webhookId: hooks.failing, status: 'FAILED' }, admin);
      expect(failed.data.webhookDeliveries.totalCount).toBe(0);
    } finally {
      await running?.stop('SIGKILL');
      for (const id of Object.values(hooks)) await server.gql(HookDeleteDocument, { id }, admin);
      for (const receiver of all) await receiver.close();
    }
  }, 600_000);
});

describe('in this process, through the module’s workers slot', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (name.startsWith('WEBHOOK_')) delete process.env[name];
    Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([k]) => k.startsWith('WEBHOOK_'))));
    reloadConfig();
  });

  it('gives a delivery up after its last attempt, holds the row’s later changes, and sends them in order on retry', async () => {
    const { changesCursor } = (await server.gql(FeedChangesCursorDocument, {}, admin)).data;
    const id = await createPoint();
    await rename(id, 1);
    let broken = true;
    const receiver = await new WebhookReceiver('down', SECRET, () =>
      broken ? { status: 503 } : { status: 204 },
    ).listen();
    // Starts from a cursor taken before the writes: the changes before its creation are delivered too.
    const hook = await createHook(receiver.url, ['MERCOMUNA_POINT', 'BENEFICIARY'], changesCursor);
    Object.assign(process.env, {
      WEBHOOK_INTERVAL_MS: '50',
      WEBHOOK_TIMEOUT_MS: '2000',
      WEBHOOK_BACKOFF_BASE_MS: '50',
      WEBHOOK_BACKOFF_MAX_MS: '100',
      WEBHOOK_MAX_ATTEMPTS: '2',
    });
    reloadConfig();
    const worker = feedModule.workers![0]({ dataSource: server.dataSource });
    const state = async () =>
      (await server.gql(HookListDocument, {}, admin)).data.webhooks.find((w) => w.id === hook.id)!;
    try {
      await until('the first change to fail for good', async () => (await state()).deliveries.failed === 1);
      const held = await server.gql(HookDeliveriesDocument, { webhookId: hook.id }, admin);
      const nodes = held.data.webhookDeliveries.edges.map((e) => e.node);
      expect(nodes.map((n) => [keyOf(n.change), n.status, n.attempts, n.lastStatus, n.lastError])).toEqual([
        [`${id}:1:CREATE`, 'FAILED', 2, 503, 'answered HTTP 503'],
        [`${id}:2:UPDATE`, 'PENDING', 0, null, null],
      ]);
      // The row's update was never sent: only the create's two attempts.
      expect(receiver.received.map((m) => [keyOf(m.change), m.attempt])).toEqual([
        [`${id}:1:CREATE`, 1],
        [`${id}:1:CREATE`, 2],
      ]);
      expect((await state()).lastError).toBe('answered HTTP 503');

      broken = false;
      const retried = await server.gql(HookUpdateDocument, { id: hook.id, input: { retryFailed: true } }, admin);
      expect(retried.errors).toBeUndefined();
      expect(retried.data.updateWebhook.deliveries).toEqual({ pending: 2, delivered: 0, failed: 0 });
      // A person's row: its change goes out as the feed's entry, never with the row's personal fields.
      const person = await make.api.beneficiary({});
      expect(person.errors).toBeUndefined();
      const personId = person.data.createBeneficiary.id;
      await until('every change delivered', async () => (await state()).deliveries.delivered === 3);
      expect(receiver.accepted.map((m) => keyOf(m.change))).toEqual([
        `${id}:1:CREATE`,
        `${id}:2:UPDATE`,
        `${personId}:1:CREATE`,
      ]);
      const [row]: { full_name: string; curp: string; phone: string; address: string }[] =
        await server.dataSource.query(`SELECT full_name, curp, phone, address FROM beneficiary WHERE id = $1`, [
          personId,
        ]);
      const bodies = receiver.raw.join('\n');
      for (const value of Object.values(row)) expect(bodies).not.toContain(value);
    } finally {
      await worker.stop();
      await receiver.close();
      await server.gql(HookDeleteDocument, { id: hook.id }, admin);
    }
  });

  it('backs off exponentially up to the maximum, and refuses bad settings naming them', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, { backoffBaseMs: 100, backoffMaxMs: 1000 }))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect(readConfig({}).WEBHOOK_MAX_ATTEMPTS).toBe(20);
    expect(() => readConfig({ WEBHOOK_TIMEOUT_MS: '0' })).toThrow(/WEBHOOK_TIMEOUT_MS must be a whole number/);
    expect(() => readConfig({ WEBHOOK_MAX_ATTEMPTS: 'many' })).toThrow(/WEBHOOK_MAX_ATTEMPTS/);
    expect(() => readConfig({ WEBHOOK_DELIVERY: 'maybe' })).toThrow(/WEBHOOK_DELIVERY must be one of on, off/);
  });
});

describe('bad input and access', () => {
  const input = { url: 'https://receiver.example.org/hooks', secret: SECRET, tables: ['MERCOMUNA_POINT' as const] };
  const count = async () =>
    Number((await server.dataSource.query(`SELECT count(*)::int AS n FROM webhook`))[0].n as number);

  it('refuses a URL that is not http(s), an empty or short secret, no or unknown tables, a foreign cursor', async () => {
    const before = await count();
    const refused = async (changes: Partial<typeof input> & { after?: string }, argument: string) => {
      const result: GraphQLResult<unknown> = await server.gql(
        HookCreateDocument,
        { input: { ...input, ...changes } },
        admin,
      );
      expectError(result, 'BAD_USER_INPUT', argument);
      return result.errors![0].message;
    };
    for (const url of [
      'ftp://receiver.example.org/hooks',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'mailto:admin@example.org',
      'ws://receiver.example.org/hooks',
      '/hooks/relative',
      'not a url',
      '',
      `https://receiver.example.org/${'x'.repeat(2000)}`,
      'https://receiver.example.org/\u0000',
    ])
      await refused({ url }, 'url');
    expect(await refused({ url: 'ftp://receiver.example.org/hooks' }, 'url')).toMatch(
      /http:\/\/ or https:\/\/ URL, not ftp/,
    );
    expect(await refused({ url: 'https://user:pass@receiver.example.org/hooks' }, 'url')).toMatch(/credentials/);
    expect(await refused({ url: 'https://receiver.example.org/hooks#part' }, 'url')).toMatch(/fragment/);
    expect(await refused({ secret: '' }, 'secret')).toMatch(/must not be empty/);
    expect(await refused({ secret: ' '.repeat(20) }, 'secret')).toMatch(/blank/);
    expect(await refused({ secret: 'short' }, 'secret')).toMatch(/at least 16/);
    expect(await refused({ secret: 'x'.repeat(201) }, 'secret')).toMatch(/at most 200/);
    await refused({ tables: [] }, 'tables');
    const unknown = await server.gql(HookCreateDocument, { input: { ...input, tables: ['PERSONS' as never] } }, admin);
    expectError(unknown, 'BAD_USER_INPUT');
    expect(unknown.errors![0].message).toMatch(/PERSONS/);

    // A cursor of another database, an altered one, something else.
    const { changesCursor } = (await server.gql(FeedChangesCursorDocument, {}, admin)).data;
    const identity = await feedIdentity(server.dataSource);
    const foreign = encodeFeedCursor(
      { databaseId: '00000000-0000-4000-8000-000000000000', cursorKey: identity.cursorKey },
      { xid: '1', seq: '1' },
    );
    expect(await refused({ after: foreign }, 'after')).toMatch(/another database/);
    const [, payload] = changesCursor.split('.');
    expect(await refused({ after: `f1.${payload}.${'A'.repeat(22)}` }, 'after')).toMatch(/altered/);
    await refused({ after: 'yesterday' }, 'after');
    expect(await count()).toBe(before);
  });

  it('is for ADMIN only; update, delete and the deliveries list refuse what does not exist', async () => {
    expectError(await server.gql(HookCreateDocument, { input }, await authHeaders('OPERATOR', 'TER-03')), 'FORBIDDEN');
    expectError(await server.gql(HookCreateDocument, { input }, await authHeaders('ANALYST')), 'FORBIDDEN');
    expectError(await server.gql(HookCreateDocument, { input }), 'UNAUTHENTICATED');
    expectError(await server.gql(HookListDocument, {}, await authHeaders('ANALYST')), 'FORBIDDEN');
    expectError(await server.gql(HookListDocument, {}), 'UNAUTHENTICATED');
    expectError(await server.gql(HookDeliveriesDocument, {}, await authHeaders('OPERATOR', 'TER-03')), 'FORBIDDEN');

    const hook = await createHook(input.url, ['MERCOMUNA_POINT']);
    try {
      expect(hook).toMatchObject({ url: input.url, tables: ['MERCOMUNA_POINT'], createdBy: ADMIN_SUBJECT });
      expect(JSON.stringify(hook)).not.toContain(SECRET);
      expectError(
        await server.gql(HookUpdateDocument, { id: hook.id, input: { url: 'gopher://x.example.org/' } }, admin),
        'BAD_USER_INPUT',
        'url',
      );
      expectError(
        await server.gql(HookUpdateDocument, { id: hook.id, input: { secret: '' } }, admin),
        'BAD_USER_INPUT',
        'secret',
      );
      expectError(
        await server.gql(HookUpdateDocument, { id: hook.id, input: { tables: [] } }, admin),
        'BAD_USER_INPUT',
        'tables',
      );
      const moved = await server.gql(
        HookUpdateDocument,
        { id: hook.id, input: { url: 'http://other.example.org/in', tables: ['BENEFICIARY', 'BENEFICIARY'] } },
        admin,
      );
      expect(moved.data.updateWebhook).toMatchObject({ url: 'http://other.example.org/in', tables: ['BENEFICIARY'] });
      expectError(await server.gql(HookUpdateDocument, { id: '999999', input: {} }, admin), 'NOT_FOUND');
      expectError(await server.gql(HookUpdateDocument, { id: 'abc', input: {} }, admin), 'BAD_USER_INPUT', 'id');
      expectError(await server.gql(HookDeleteDocument, { id: '999999' }, admin), 'NOT_FOUND');
      expectError(
        await server.gql(HookDeliveriesDocument, { webhookId: '999999' }, admin),
        'BAD_USER_INPUT',
        'webhookId',
      );
      expectError(await server.gql(HookDeliveriesDocument, { first: 0 }, admin), 'BAD_USER_INPUT', 'first');
      expectError(await server.gql(HookDeliveriesDocument, { after: 'nope' }, admin), 'BAD_USER_INPUT', 'after');
    } finally {
      expect((await server.gql(HookDeleteDocument, { id: hook.id }, admin)).data.deleteWebhook).toBe(hook.id);
    }
  });
});
