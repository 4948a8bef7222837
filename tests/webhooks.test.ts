import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { reloadConfig } from '../src/config/config';
import { claimDue } from '../src/webhook/webhook-queue';
import { SIGNATURE_HEADER, verifySignature } from '../src/webhook/webhook-signature';
import { WebhookWorker, retryDelayMs, type WebhookWorkerOptions } from '../src/webhook/webhook-worker';
import { authHeaders } from './helpers/auth';
import { factories, uniqueKey } from './helpers/factories';
import { expectError, startTestServer, type TestServer } from './helpers/test-server';
import {
  FeedRenameMercomunaPointDocument,
  HookCreateDocument,
  HookDeleteDocument,
  HookDeliveriesDocument,
  HookListDocument,
} from './graphql/generated';

/**
 * Webhooks end to end against a local receiver that fails, times out and answers slowly: every change
 * POSTed at least once, signed, in order per row, retried from the durable queue; a worker stopped in the
 * middle (and a claim left by a process that died mid-send) loses nothing to the next worker.
 */

const SECRET = 'test-webhook-secret-0123456789';
const OPTIONS: WebhookWorkerOptions = {
  pollMs: 50,
  timeoutMs: 300,
  retryBaseMs: 50,
  retryMaxMs: 400,
  maxAttempts: 30,
  allowPrivateTargets: true,
  batch: 20,
};

interface Received {
  delivery: string;
  change: { table: string; id: string; version: number; operation: string };
}

let server: TestServer;
let admin: Record<string, string>;
let receiver: Server;
let receiverUrl: string;
/** Changes the receiver accepted (answered 2xx in time), in the order it accepted them. */
const accepted: Received[] = [];
let badSignatures = 0;
let requests = 0;

/** Fails the first attempt of every 3rd delivery (500), lets every 4th time out, answers every 5th slowly. */
function receive(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    requests += 1;
    const body = Buffer.concat(chunks).toString('utf8');
    if (!verifySignature(SECRET, body, String(req.headers[SIGNATURE_HEADER.toLowerCase()] ?? ''))) {
      badSignatures += 1;
      res.writeHead(401).end();
      return;
    }
    const message = JSON.parse(body) as Received & { attempt: number };
    const n = Number(message.delivery);
    const accept = () => {
      accepted.push({ delivery: message.delivery, change: message.change });
      res.writeHead(204).end();
    };
    if (message.attempt === 1 && n % 3 === 0) res.writeHead(500).end('boom');
    else if (message.attempt === 1 && n % 4 === 0) setTimeout(() => res.destroy(), 1000);
    else if (n % 5 === 0) setTimeout(accept, 150);
    else accept();
  });
}

beforeAll(async () => {
  process.env.WEBHOOK_PRIVATE_TARGETS = 'on';
  server = await startTestServer();
  admin = await authHeaders('ADMIN', undefined, 'test:webhook-admin');
  receiver = createServer(receive);
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
const make = factories(() => server, { headers: () => admin });
afterAll(async () => {
  await server.dataSource.query(`DELETE FROM webhook_subscription WHERE created_by = 'test:webhook-admin'`);
  await new Promise((resolve) => receiver.close(resolve));
  await server.close();
  delete process.env.WEBHOOK_PRIVATE_TARGETS;
  reloadConfig();
});

async function until(what: string, condition: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + 100_000;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      const queue = await server.dataSource.query(
        `SELECT status, count(*)::int AS n, max(attempts) AS attempts FROM webhook_delivery GROUP BY status`,
      );
      const [log] = await server.dataSource.query(`SELECT count(*)::int AS n FROM change_log`);
      throw new Error(
        `timed out waiting for ${what}: ${JSON.stringify({ requests, accepted: accepted.length, queue, changeLog: log.n })}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('delivers every change at least once, signed, in order per row, through failures and a restart', async () => {
  const hook = await server.gql(
    HookCreateDocument,
    { input: { url: receiverUrl, secret: SECRET, tables: ['MERCOMUNA_POINT'] } },
    admin,
  );
  expect(hook.errors).toBeUndefined();
  const webhookId = hook.data.createWebhook.id;

  const ids: number[] = [];
  for (let i = 0; i < 10; i++) {
    const made = await make.api.mercomunaPoint({ nombre: uniqueKey('Punto webhook') });
    ids.push(Number(made.data.createMercomunaPoint.id));
  }
  for (const id of ids)
    expect(
      (await server.gql(FeedRenameMercomunaPointDocument, { id: String(id), v: 1, n: uniqueKey('Otro') }, admin))
        .errors,
    ).toBeUndefined();
  const expected = ids.flatMap((id) => [`${id}:1:CREATE`, `${id}:2:UPDATE`]);
  const keyOf = (r: Received) => `${r.change.id}:${r.change.version}:${r.change.operation}`;
  const ours = () => accepted.filter((r) => ids.includes(Number(r.change.id)));

  // A first worker, stopped in the middle.
  const first = new WebhookWorker(server.dataSource, OPTIONS).start();
  await until('a few deliveries', () => ours().length >= 4);
  await first.stop();
  // A process that died mid-send: its claim (a lease) is left behind, never recorded.
  const abandoned = await claimDue(server.dataSource, 2, 2 * OPTIONS.timeoutMs + 1000);
  // A new worker picks everything up, the abandoned claims once their lease runs out.
  const second = new WebhookWorker(server.dataSource, OPTIONS).start();
  await until('every change', () => new Set(ours().map(keyOf)).size === expected.length);
  await until('the queue to settle', async () => {
    const list = await server.gql(HookListDocument, {}, admin);
    const mine = list.data.webhooks.find((w) => w.id === webhookId)!;
    return mine.deliveries.pending === 0;
  });
  await second.stop();

  const got = new Set(ours().map(keyOf));
  const lost = expected.filter((k) => !got.has(k));
  expect(lost).toEqual([]);
  expect(badSignatures).toBe(0);
  // In order per row: each row's CREATE accepted before its UPDATE, never after it.
  for (const id of ids) {
    const versions = ours()
      .filter((r) => Number(r.change.id) === id)
      .map((r) => r.change.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  }
  const counts = {
    sent: first.counts.sent + second.counts.sent,
    retried: first.counts.retried + second.counts.retried,
    delivered: first.counts.delivered + second.counts.delivered,
    receiverRequests: requests,
    duplicates: ours().length - got.size,
    abandonedClaims: abandoned.length,
    lost: lost.length,
  };
  console.log(`webhook deliveries: ${JSON.stringify(counts)}`);
  expect(counts.delivered).toBe(expected.length);
  expect(counts.retried).toBeGreaterThan(0);

  // The ADMIN sees every delivery, the failures' last error and the counts.
  const deliveries = await server.gql(HookDeliveriesDocument, { webhookId, first: 1000 }, admin);
  expect(deliveries.data.webhookDeliveries).toHaveLength(expected.length);
  expect(deliveries.data.webhookDeliveries.every((d) => d.status === 'DELIVERED')).toBe(true);
  const retried = deliveries.data.webhookDeliveries.filter((d) => d.attempts > 1);
  expect(retried.length).toBeGreaterThan(0);
  expect(retried.map((d) => d.lastError).join(' ')).toMatch(/HTTP 500|no answer within 300 ms/);
  const list = await server.gql(HookListDocument, {}, admin);
  expect(list.data.webhooks.find((w) => w.id === webhookId)!.deliveries).toEqual({
    pending: 0,
    delivered: expected.length,
    failed: 0,
  });
  expect((await server.gql(HookDeleteDocument, { id: webhookId }, admin)).data.deleteWebhook).toBe(true);
}, 300_000);

it('backs off exponentially up to the maximum', () => {
  expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, { retryBaseMs: 50, retryMaxMs: 400 }))).toEqual([
    50, 100, 200, 400, 400,
  ]);
});

it('is for ADMIN only, and refuses URLs that are not http(s), carry credentials or point inside', async () => {
  const input = { url: receiverUrl, secret: SECRET, tables: ['MERCOMUNA_POINT' as const] };
  expectError(await server.gql(HookCreateDocument, { input }, await authHeaders('ANALYST')), 'FORBIDDEN');
  expectError(await server.gql(HookListDocument, {}), 'UNAUTHENTICATED');
  for (const url of ['ftp://example.org/hook', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url', '']) {
    expectError(await server.gql(HookCreateDocument, { input: { ...input, url } }, admin), 'BAD_USER_INPUT', 'url');
  }
  const withCredentials = await server.gql(
    HookCreateDocument,
    { input: { ...input, url: 'https://user:pass@example.org/hook' } },
    admin,
  );
  expectError(withCredentials, 'BAD_USER_INPUT', 'url');
  expect(withCredentials.errors![0].message).toMatch(/credentials/);
  expectError(
    await server.gql(HookCreateDocument, { input: { ...input, secret: 'short' } }, admin),
    'BAD_USER_INPUT',
    'secret',
  );
  expectError(
    await server.gql(HookCreateDocument, { input: { ...input, tables: [] } }, admin),
    'BAD_USER_INPUT',
    'tables',
  );
  expectError(
    await server.gql(HookCreateDocument, { input: { ...input, tables: ['NOPE' as never] } }, admin),
    'BAD_USER_INPUT',
  );
  expectError(await server.gql(HookDeliveriesDocument, { first: 0 }, admin), 'BAD_USER_INPUT', 'first');

  // Private targets: refused unless WEBHOOK_PRIVATE_TARGETS=on.
  process.env.WEBHOOK_PRIVATE_TARGETS = 'off';
  reloadConfig();
  try {
    for (const url of [receiverUrl, 'http://10.1.2.3/hook', 'http://[::1]/hook', 'http://169.254.169.254/latest']) {
      const inside = await server.gql(HookCreateDocument, { input: { ...input, url } }, admin);
      expectError(inside, 'BAD_USER_INPUT', 'url');
      expect(inside.errors![0].message).toMatch(/private or loopback/);
    }
  } finally {
    process.env.WEBHOOK_PRIVATE_TARGETS = 'on';
    reloadConfig();
  }
});
