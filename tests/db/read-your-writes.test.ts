import { createServer, type Server } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { AddressInfo } from 'node:net';
import type { DataSourceOptions } from 'typeorm';
import { dataSource } from '../../src/app/ormconfig';
import { runInRequestScope, type RequestScope } from '../../src/common/request-context';
import { RoutedDataSource, isReplicaUnavailable } from '../../src/db/read-routing';
import { MemoryRateLimitStore } from '../../src/http/rate-limit';
import { freePort } from '../../bench/processes';
import { createApp } from '../../src/app/server';
import { RywOwnActivitiesDocument } from '../graphql/generated';
import { authHeaders } from '../helpers/auth';
import { factories } from '../helpers/factories';
import { places, writeState, type Places } from '../helpers/write-fixtures';

/**
 * Read replicas in the app, with real databases (the streaming replica itself,
 * its lag and its faults are `npm run test:scale`'s):
 * - a replica that cannot be reached costs no failed read: raw and
 *   query-builder reads run on the primary, and the monitor marks it down;
 * - read-your-writes: a mutation answers with the primary's WAL position
 *   (Territorio-LSN header and cookie); a read that sends it back is routed
 *   after `replica_wait_for_lsn`; a malformed position is a 400 naming it and
 *   writes nothing.
 */

const primaryUrl = process.env.DATABASE_URL as string;
const { url: _url, ...baseOptions } = dataSource.options as DataSourceOptions & { url?: string };

function routedTo(replicaUrl: string): RoutedDataSource {
  return new RoutedDataSource({
    ...baseOptions,
    replication: { master: { url: primaryUrl }, slaves: [{ url: replicaUrl }] },
    extra: { ...(baseOptions as { extra?: object }).extra, max: 1 },
  } as DataSourceOptions);
}

const readOnly = (): RequestScope => ({ requestId: 'test', sqlStatements: 0, readOnly: true });

describe('a replica that cannot be reached', () => {
  let routed: RoutedDataSource;
  beforeAll(async () => {
    // A loopback port nothing listens on: connections are refused, as with a stopped replica.
    routed = routedTo(`postgres://postgres@127.0.0.1:${await freePort()}/territorio`);
    await routed.initialize();
  });
  afterAll(async () => {
    if (routed.isInitialized) await routed.destroy();
  });

  it('reads of a read-only request fall back to the primary, raw and query-builder alike', async () => {
    const scope = readOnly();
    await runInRequestScope(scope, async () => {
      expect(await routed.query('SELECT count(*)::int AS n FROM territorial')).toEqual([{ n: 13 }]);
      const row = await routed.createQueryBuilder().select('count(*)::int', 'n').from('colonia', 'c').getRawOne();
      expect(row).toEqual({ n: 293 });
    });
    expect(scope.replicaFellBack).toBe(true);
  });

  it('the monitor reports it down, and reads then go straight to the primary', async () => {
    await routed.startReplicaMonitor({ probeMs: 200, maxLagMs: 1000 });
    expect(routed.replicaStatus()).toMatchObject({ state: 'down', usable: false, lagMs: null });
    const scope = readOnly();
    expect(routed.readsWouldGoToReplica(scope)).toBe(false);
    await runInRequestScope(scope, async () => {
      expect(await routed.query('SELECT count(*)::int AS n FROM territorial')).toEqual([{ n: 13 }]);
    });
    expect(scope.replicaFellBack).toBeUndefined();
  });

  it('tells connection failures (retry on the primary) from query errors (do not)', () => {
    expect(isReplicaUnavailable({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isReplicaUnavailable({ driverError: { code: '57P01' } })).toBe(true);
    expect(isReplicaUnavailable({ code: '08006' })).toBe(true);
    expect(isReplicaUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isReplicaUnavailable({ code: '42P01', message: 'relation "x" does not exist' })).toBe(false);
    expect(isReplicaUnavailable({ code: '22P02' })).toBe(false);
  });
});

describe('read-your-writes over HTTP', () => {
  // The "replica" is the primary itself: not a standby, so replica_wait_for_lsn has nothing to wait for.
  let routed: RoutedDataSource;
  let httpServer: Server;
  let url: string;
  let close: () => Promise<void>;
  let at: Places;
  let operator: Record<string, string>;

  beforeAll(async () => {
    routed = routedTo(primaryUrl);
    await routed.initialize();
    // A probe every 30 s: the first one (done at start) stays fresh for the whole file, whatever the machine's load.
    await routed.startReplicaMonitor({ probeMs: 30_000, maxLagMs: 1000 });
    httpServer = createServer();
    const app = await createApp({
      dataSource: routed,
      httpServer,
      rateLimit: { limit: 0, windowMs: 60_000, store: new MemoryRateLimitStore() },
    });
    httpServer.on('request', app.app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    close = async () => {
      await app.apollo.stop();
      await app.close();
    };
    at = await places(routed);
    operator = await authHeaders('OPERATOR', 'TER-03', 'test:ryw-operator');
  });
  // The activities the mutations create (and their audit entries) are removed after each test.
  const make = factories(() => ({ dataSource: routed, gql: send }), { checkWriteState: true });
  afterAll(async () => {
    await close();
    if (routed.isInitialized) await routed.destroy();
  });

  // Raw fetch, not TestServer.gql: these tests read the response's headers and cookies.
  const post = (query: string | TypedDocumentNode, variables: object, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...operator, ...headers },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
  /** A GraphQL request and what came back: status, headers, the body (`data` and `errors` for the factories). */
  const send = async (query: string | TypedDocumentNode, variables: object, headers: Record<string, string> = {}) => {
    const response = await post(query, variables, headers);
    const body: any = await response.json();
    return { status: response.status, headers: response.headers, body, data: body.data, errors: body.errors };
  };
  const create = (headers: Record<string, string> = {}) =>
    make.api.activity(
      {
        heldOn: '2021-03-16',
        beneficiaryId: String(at.beneficiary03),
        coloniaId: String(at.ter03.coloniaId),
        kind: 'ASAMBLEA_COMUNITARIA',
        peopleReached: 23,
      },
      { headers },
    );
  const own = RywOwnActivitiesDocument;

  it('a mutation answers with the WAL position of its commit, as a header and a cookie', async () => {
    const response = await create();
    expect(response.errors).toBeUndefined();
    const lsn = response.headers.get('territorio-lsn');
    expect(lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    expect(response.headers.get('set-cookie')).toMatch(
      new RegExp(`^territorio_lsn=${lsn!.replace('/', '\\/')}; Path=/; Max-Age=300; HttpOnly; SameSite=Lax$`),
    );

    // Sent back as a header, or as the cookie: the read waits for the replica (nothing to wait for here) and sees the write.
    const sentBack: Record<string, string>[] = [
      { 'territorio-lsn': lsn! },
      { cookie: `other=1; territorio_lsn=${lsn}` },
    ];
    for (const headers of sentBack) {
      const read = await post(own, { b: String(at.beneficiary03), d: '2021-03-16' }, headers);
      const data: any = await read.json();
      expect(read.status).toBe(200);
      expect(read.headers.get('territorio-read-from')).toBe('replica');
      expect(data.data.activities.edges.map((e: any) => e.node.id)).toContain(response.data.createActivity.id);
    }
  });

  it('the wait for the replica is one statement, whatever it waits', async () => {
    const [{ lsn }] = await routed.query('SELECT pg_current_wal_lsn()::text AS lsn');
    const plain = await post(own, { b: String(at.beneficiary03), d: '2021-03-16' });
    const waited = await post(own, { b: String(at.beneficiary03), d: '2021-03-16' }, { 'territorio-lsn': lsn });
    expect(Number(waited.headers.get('x-sql-statements'))).toBe(Number(plain.headers.get('x-sql-statements')) + 1);
    const [{ replayed }] = await routed.query('SELECT replica_wait_for_lsn($1::pg_lsn, 100) AS replayed', [lsn]);
    expect(replayed).toBe(true);
  });

  it('GET endpoints take the position too and say where they read', async () => {
    const [{ lsn }] = await routed.query('SELECT pg_current_wal_lsn()::text AS lsn');
    const response = await fetch(`${url}/geojson/territoriales`, { headers: { 'territorio-lsn': lsn } });
    expect(response.status).toBe(200);
    expect(response.headers.get('territorio-read-from')).toBe('replica');
  });

  it('/readyz reports the replica and its lag', async () => {
    const body: any = await (await fetch(`${url}/readyz`)).json();
    expect(body).toMatchObject({ status: 'ok', replica: { state: 'up', lagMs: 0, usable: true, maxLagMs: 1000 } });
    expect(body.replica.stalenessBoundMs).toBe(61_000);
  });

  it.each([
    ['the header', { 'territorio-lsn': 'yesterday' }, 'Territorio-LSN'],
    ['the header', { 'territorio-lsn': '0/1; DROP TABLE activity' }, 'Territorio-LSN'],
    ['the cookie', { cookie: 'territorio_lsn=0/ZZ' }, 'territorio_lsn'],
  ])('a malformed position in %s is a 400 naming it, and writes nothing', async (_where, headers, name) => {
    const before = await writeState(routed);
    const response = await create(headers);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('BAD_USER_INPUT');
    expect(response.body.description).toContain(name);
    expect(await writeState(routed)).toEqual(before);
    const read = await post(own, { b: String(at.beneficiary03), d: '2021-03-16' }, headers);
    expect(read.status).toBe(400);
  });
});
