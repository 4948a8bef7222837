import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSource } from '../../src/app/ormconfig';

export interface ScratchDatabase {
  dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * An empty database with the app's DataSource options, for tests that must not
 * touch the shared seeded one (migrations down/up). On a real server: a new
 * database on it; embedded: the second in-memory PGlite of the global setup.
 */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  if (process.env.TERRITORIO_TEST_DB === 'embedded') {
    // The second embedded instance started by the global setup (see there why).
    const scratch = new DataSource({
      ...dataSource.options,
      url: process.env.SCRATCH_DATABASE_URL,
      extra: { max: 1 },
    } as any);
    await scratch.initialize();
    return {
      dataSource: scratch,
      async drop() {
        await scratch.destroy();
      },
    };
  }
  const base = new URL(process.env.DATABASE_URL as string);
  const name = `territorio_scratch_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const scratch = new DataSource({ ...dataSource.options, url: url.toString() } as any);
  await scratch.initialize();
  return {
    dataSource: scratch,
    async drop() {
      await scratch.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}
