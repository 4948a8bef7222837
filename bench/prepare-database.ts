import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSource as appDataSource } from '../src/app/ormconfig';
import { runDemoSeed } from '../seeds/demo.seed';
import { seedFinIndicator } from '../seeds/fin-indicator.seed';

/**
 * The benchmark's own database on the server of DATABASE_URL: created (or
 * dropped and created again) with a marker comment, migrated, seeded with the
 * demo data set and a full year of activities per year asked for, then
 * VACUUM ANALYZE so every run starts from the same state. A database without
 * the marker is never dropped.
 */

export const BENCH_MARKER = 'territorio benchmark database (dropped and recreated by npm run bench)';

export class BenchDatabaseError extends Error {}

export function benchDatabaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the bench database afresh (or keeps it with `reuse` when it already has `years` of activities). */
export async function createBenchDatabase(
  serverUrl: string,
  name: string,
  options: { reuse: boolean; years: number },
): Promise<{ url: string; reused: boolean }> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new BenchDatabaseError(
      `--bench-database must be a plain lower-case identifier (got ${JSON.stringify(name)})`,
    );
  const url = benchDatabaseUrl(serverUrl, name);
  const adminUrl =
    new URL(serverUrl).pathname.replace('/', '') === name ? benchDatabaseUrl(serverUrl, 'postgres') : serverUrl;
  const existing = await withClient(adminUrl, async (admin) => {
    const rows = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    return rows.rows[0];
  });
  if (existing && existing.comment !== BENCH_MARKER) {
    throw new BenchDatabaseError(
      `database "${name}" exists and was not created by the benchmark: refusing to drop it (choose another with --bench-database)`,
    );
  }
  if (existing && options.reuse && (await hasActivityYears(url, options.years))) return { url, reused: true };
  await withClient(adminUrl, async (admin) => {
    if (existing) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.query(`COMMENT ON DATABASE "${name}" IS '${BENCH_MARKER}'`);
  });
  return { url, reused: false };
}

async function hasActivityYears(url: string, years: number): Promise<boolean> {
  try {
    return await withClient(url, async (c) => {
      const [row] = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM activity`)).rows;
      return row.n === 307_200 * years;
    });
  } catch {
    return false;
  }
}

/** A DataSource like the app's, on the bench database (no replication: the benchmark writes). */
function benchDataSource(url: string): DataSource {
  const { replication: _replication, ...options } = appDataSource.options as DataSourceOptions & {
    replication?: unknown;
  };
  return new DataSource({ ...options, url } as DataSourceOptions);
}

/** Migrations, the demo seed with `years` full years of activities, VACUUM ANALYZE. Returns the activity count. */
export async function seedBenchDatabase(url: string, years: number): Promise<{ activities: number; ms: number }> {
  const started = Date.now();
  const ds = benchDataSource(url);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    await runDemoSeed(ds, { activities: 'year', activityYears: years });
    await seedFinIndicator(ds, 'all');
  } finally {
    await ds.destroy();
  }
  return withClient(url, async (c) => {
    await c.query('VACUUM ANALYZE');
    const [row] = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM activity`)).rows;
    return { activities: row.n, ms: Date.now() - started };
  });
}
