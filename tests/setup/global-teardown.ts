import { Client } from 'pg';
import type { EmbeddedPostgis } from '../../src/db/embedded-postgis';
import { rmSync } from 'node:fs';
import { EMBEDDED_DUMP, WORKER_DATABASES, type WorkerDatabase } from './worker-database';

export default async function globalTeardown(): Promise<void> {
  for (const embedded of (globalThis as { __embedded?: EmbeddedPostgis[] }).__embedded ?? []) await embedded.stop();
  if (process.env[EMBEDDED_DUMP]) rmSync(process.env[EMBEDDED_DUMP], { force: true });
  // Real PostgreSQL: the workers' copies of the seeded database.
  const copies = (JSON.parse(process.env[WORKER_DATABASES] ?? '[]') as WorkerDatabase[]).filter((d) => d.copy);
  if (copies.length === 0) return;
  const maintenance = new URL(copies[0].url);
  maintenance.pathname = '/postgres';
  const admin = new Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    for (const { copy } of copies) await admin.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
