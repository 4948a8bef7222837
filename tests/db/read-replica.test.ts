import { Client } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { dataSource } from '../../src/app/ormconfig';
import { runInRequestScope, type RequestScope } from '../../src/common/request-context';
import { RoutedDataSource } from '../../src/db/read-routing';

/**
 * DATABASE_READ_URL: reads of read-only requests go to the replica, writes,
 * transactions and everything outside a read-only request to the primary.
 * The "replica" here is a second database (a real server: a new database on
 * it; embedded: the second PGlite instance), told apart from the primary by
 * its name and its start time.
 */

const WHO = `SELECT current_database() || '@' || pg_postmaster_start_time()::text AS who`;

let primaryUrl: string;
let replicaUrl: string;
let dropReplica: (() => Promise<void>) | undefined;
let routed: RoutedDataSource;
let primary: string;
let replica: string;

async function identity(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(WHO)).rows[0].who;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  primaryUrl = process.env.DATABASE_URL as string;
  if (process.env.TERRITORIO_TEST_DB === 'embedded') {
    replicaUrl = process.env.SCRATCH_DATABASE_URL as string;
  } else {
    const name = `territorio_replica_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: primaryUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(primaryUrl);
    url.pathname = `/${name}`;
    replicaUrl = url.toString();
    dropReplica = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    };
  }
  const { url: _url, ...options } = dataSource.options as DataSourceOptions & { url?: string };
  routed = new RoutedDataSource({
    ...options,
    replication: { master: { url: primaryUrl }, slaves: [{ url: replicaUrl }] },
    extra: { ...(options as { extra?: object }).extra, max: 1 },
  } as DataSourceOptions);
  await routed.initialize();
  primary = await identity(primaryUrl);
  replica = await identity(replicaUrl);
});

afterAll(async () => {
  if (routed?.isInitialized) await routed.destroy();
  await dropReplica?.();
});

const scope = (readOnly: boolean): RequestScope => ({ requestId: 'test', sqlStatements: 0, readOnly });
const who = async (run: () => Promise<{ who: string }[] | { who: string } | undefined>) => {
  const result = await run();
  return Array.isArray(result) ? result[0].who : result?.who;
};

it('tells the two databases apart', () => {
  expect(primary).not.toBe(replica);
});

it('sends the reads of a read-only request to the replica: raw queries and query-builder reads', async () => {
  await runInRequestScope(scope(true), async () => {
    expect(await who(() => routed.query(WHO))).toBe(replica);
    expect(
      await who(() =>
        routed
          .createQueryBuilder()
          .select(`d.datname || '@' || pg_postmaster_start_time()::text`, 'who')
          .from('pg_database', 'd')
          .where('d.datname = current_database()')
          .getRawOne(),
      ),
    ).toBe(replica);
  });
});

it('sends transactions to the primary, even inside a read-only request', async () => {
  await runInRequestScope(scope(true), async () => {
    expect(await who(() => routed.transaction((manager) => manager.query(WHO)))).toBe(primary);
  });
});

it('sends every statement of a mutation (not read-only) and of work outside requests to the primary', async () => {
  await runInRequestScope(scope(false), async () => {
    expect(await who(() => routed.query(WHO))).toBe(primary);
    expect(
      await who(() =>
        routed
          .createQueryBuilder()
          .select(`d.datname || '@' || pg_postmaster_start_time()::text`, 'who')
          .from('pg_database', 'd')
          .where('d.datname = current_database()')
          .getRawOne(),
      ),
    ).toBe(primary);
  });
  expect(await who(() => routed.query(WHO))).toBe(primary);
});

it('writes land on the primary', async () => {
  await runInRequestScope(scope(false), async () => {
    await routed.transaction(async (manager) => {
      await manager.query(`CREATE TEMP TABLE replica_probe (x int) ON COMMIT DROP`);
      await manager.query(`INSERT INTO replica_probe VALUES (1)`);
      expect((await manager.query(`SELECT count(*)::int AS n, (${WHO}) AS who FROM replica_probe`))[0]).toEqual({
        n: 1,
        who: primary,
      });
    });
  });
});
