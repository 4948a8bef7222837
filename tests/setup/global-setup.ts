import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseDigest, loadPreparedDemo } from '../../seeds/prepared-demo';
import { startEmbeddedPostgis, type EmbeddedPostgis } from '../../src/db/embedded-postgis';
import { reloadConfig } from '../../src/config/config';
import { ensureFeedIdentity } from '../../src/feed/feed-identity';

/**
 * Prepares the one database every test file shares, once per run:
 * - DATABASE_URL set: that real PostgreSQL/PostGIS (CI gives a fresh one);
 * - otherwise: a throw-away in-memory embedded PostGIS served on loopback.
 * Then migrations and the demo seed, as `npm run migrate && npm run seed` would.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  // One signing secret for the run: the app verifies with it, tests/helpers/auth.ts signs with it.
  process.env.JWT_SECRET ??= randomBytes(32).toString('hex');
  let embedded: EmbeddedPostgis | undefined;
  let scratch: EmbeddedPostgis | undefined;
  if (!process.env.DATABASE_URL) {
    // The harness's test files run in Jest workers (other processes), each with its own DataSource, and a few
    // open a second client: more than the app's one connection (see EmbeddedPostgisOptions.maxConnections).
    embedded = await startEmbeddedPostgis('memory://', { maxConnections: 16, thread: 'caller' });
    process.env.DATABASE_URL = embedded.url;
    // PGlite cannot start inside Jest's module sandbox (it needs dynamic import):
    // tests that need an empty database get this second instance.
    scratch = await startEmbeddedPostgis('memory://', { maxConnections: 16, thread: 'caller' });
    process.env.SCRATCH_DATABASE_URL = scratch.url;
    process.env.TERRITORIO_TEST_DB = 'embedded';
    process.env.DB_POOL_SIZE = '1'; // see openDatabase: one connection per PGlite backend
  } else {
    process.env.TERRITORIO_TEST_DB ??= 'external';
  }
  // The settings were first read when src/ loaded above, before this run's environment was set.
  reloadConfig();
  (globalThis as { __embedded?: EmbeddedPostgis[] }).__embedded = [embedded, scratch].filter(
    (e): e is EmbeddedPostgis => !!e,
  );

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
    // tests/prepared-demo.test.ts compares what the seed just built with the prepared database `npm start` loads.
    process.env.TERRITORIO_SEEDED_DIGEST = JSON.stringify(await databaseDigest(db.dataSource));
    // The IDS and the incidents of 2019–2020 (the report's year and the one before): what the tests ask about.
    // (A first `npm start` loads them in the background, after the prepared database: src/index.ts.)
    await fin.seedFinIndicator(db.dataSource, '2019-2020');
  } finally {
    await db.close();
  }
  process.env.TERRITORIO_PREPARED_DIGEST = JSON.stringify(await preparedDemoDigest());
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
