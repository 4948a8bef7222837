import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { Config } from '@jest/types';
import { Client } from 'pg';
import { databaseDigest, loadPreparedDemo } from '../../seeds/prepared-demo';
import { startEmbeddedPostgis, type EmbeddedPostgis } from '../../src/db/embedded-postgis';
import { reloadConfig } from '../../src/config/config';
import { ensureFeedIdentity } from '../../src/feed/feed-identity';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMBEDDED_DUMP, WORKER_DATABASES, type WorkerDatabase } from './worker-database';

/**
 * Prepares the test databases, once per run, one set per Jest worker (each worker runs its files one after the
 * other on its own, as the whole run did on one database before #26; tests/setup/test-environment.ts points
 * each file at its worker's):
 * - DATABASE_URL set (a real PostgreSQL/PostGIS; CI gives a fresh one): migrations, the demo seed and the
 *   Fin indicator's 2019–2020 data on it, as `npm run migrate && npm run seed` would; then one copy per
 *   worker, `CREATE DATABASE <name>_w<N> TEMPLATE <name>` (a file copy, no second seed). The seeded one
 *   stays untouched.
 * - otherwise: a throw-away in-memory embedded PostGIS seeded the same way, on this process's thread, and
 *   its dump (PGlite's dumpDataDir) in a temporary file: each worker loads its own copy in its own process.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  process.env.NODE_ENV = 'test';
  // One signing secret for the run: the app verifies with it, tests/helpers/auth.ts signs with it.
  process.env.JWT_SECRET ??= randomBytes(32).toString('hex');
  const workers = Math.max(1, globalConfig.maxWorkers);
  const embedded: EmbeddedPostgis[] = [];
  (globalThis as { __embedded?: EmbeddedPostgis[] }).__embedded = embedded;
  // Started while the seed runs: the prepared demo's digest (its own PGlite, in a worker thread).
  const prepared = preparedDemoDigest();
  let seeded: EmbeddedPostgis | undefined;
  if (!process.env.DATABASE_URL) {
    // The test files open their own DataSources, and a few a second client: more than the app's one
    // connection (see EmbeddedPostgisOptions.maxConnections).
    seeded = await startEmbeddedPostgis('memory://', { maxConnections: 16, thread: 'caller' });
    embedded.push(seeded);
    process.env.DATABASE_URL = seeded.url;
    process.env.TERRITORIO_TEST_DB = 'embedded';
    process.env.DB_POOL_SIZE = '1'; // see openDatabase: one connection per PGlite backend
  } else {
    process.env.TERRITORIO_TEST_DB ??= 'external';
  }
  // The settings were first read when src/ loaded above, before this run's environment was set.
  reloadConfig();

  // Imported after the environment is set: ormconfig reads it at load time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the environment is set (ormconfig reads it at load time)
  const { openDatabase } = require('../../src/app/database') as typeof import('../../src/app/database');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the environment is set (ormconfig reads it at load time)
  const { runDemoSeed } = require('../../seeds/demo.seed') as typeof import('../../seeds/demo.seed');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the environment is set (ormconfig reads it at load time)
  const fin = require('../../seeds/fin-indicator.seed') as typeof import('../../seeds/fin-indicator.seed');
  const db = await openDatabase({ migrate: true });
  try {
    await runDemoSeed(db.dataSource);
    // tests/seeds/prepared-demo.test.ts compares what the seed just built with the prepared database `npm start` loads.
    process.env.TERRITORIO_SEEDED_DIGEST = JSON.stringify(await databaseDigest(db.dataSource));
    // The IDS and the incidents of 2019–2020 (the report's year and the one before): what the tests ask about.
    // (A first `npm start` loads them in the background, after the prepared database: src/index.ts.)
    await fin.seedFinIndicator(db.dataSource, '2019-2020');
  } finally {
    await db.close();
  }

  if (seeded) {
    // A run in this process (one file, --runInBand) uses the seeded instance itself (test-environment.ts).
    (globalThis as { __territorioSeeded?: WorkerDatabase }).__territorioSeeded = { url: seeded.url };
    // The workers load this dump (uncompressed: it is read once per worker and deleted at teardown).
    const file = path.join(tmpdir(), `territorio-test-dump-${process.pid}.tar`);
    writeFileSync(file, await seeded.dumpDataDir('none'));
    process.env[EMBEDDED_DUMP] = file;
  } else {
    process.env[WORKER_DATABASES] = JSON.stringify(await copyPerWorker(process.env.DATABASE_URL as string, workers));
  }
  process.env.TERRITORIO_PREPARED_DIGEST = JSON.stringify(await prepared);
}

/** `CREATE DATABASE … TEMPLATE` the seeded one, once per worker (dropped first if a run left it behind). */
async function copyPerWorker(seededUrl: string, workers: number): Promise<WorkerDatabase[]> {
  const template = decodeURIComponent(new URL(seededUrl).pathname.slice(1));
  // A template may have no session while it is copied: the copies are made from the maintenance database.
  const maintenance = new URL(seededUrl);
  maintenance.pathname = '/postgres';
  const admin = new Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    const databases: WorkerDatabase[] = [];
    for (let worker = 1; worker <= workers; worker++) {
      const copy = `${template}_w${worker}`;
      await admin.query(`DROP DATABASE IF EXISTS "${copy}"`);
      await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${template}"`);
      const url = new URL(seededUrl);
      url.pathname = `/${copy}`;
      databases.push({ url: url.toString(), copy });
    }
    return databases;
  } finally {
    await admin.end();
  }
}

/**
 * The prepared demo database, loaded as a first `npm start` would, digested; its refusal reason if it does not fit.
 * Also its change-feed identities as shipped, and the one its first start makes (tests/feed/feed-identity.test.ts).
 */
async function preparedDemoDigest(): Promise<{
  reason?: string;
  digest?: unknown;
  feed?: { shipped: number; made: unknown };
}> {
  const { tarball, reason } = loadPreparedDemo();
  if (!tarball) return { reason };
  const prepared = await startEmbeddedPostgis('memory://', { initialData: () => tarball });
  const client = new Client({ connectionString: prepared.url });
  try {
    await client.connect();
    const query = async (sql: string, values?: unknown[]) => (await client.query(sql, values)).rows;
    const digest = await databaseDigest({ query });
    const [{ shipped }] = await query('SELECT count(*)::int AS shipped FROM change_feed_identity');
    return { digest, feed: { shipped, made: await ensureFeedIdentity({ query }) } };
  } finally {
    await client.end();
    await prepared.stop();
  }
}
