/**
 * Runs before each test file (jest.config.js setupFiles): points it at its Jest worker's own databases,
 * prepared by tests/setup/global-setup.ts. Each worker runs its files one after the other, so a file has
 * its database to itself, as it had the one shared database when the run used a single worker.
 */

/** The environment variable that carries the per-worker databases from the global setup to the workers. */
export const WORKER_DATABASES = 'TERRITORIO_WORKER_DATABASES';

export interface WorkerDatabase {
  /** The seeded database (DATABASE_URL of the worker's files). */
  url: string;
  /** Embedded: the worker's empty PGlite (SCRATCH_DATABASE_URL). */
  scratchUrl?: string;
  /** Real PostgreSQL: the copy's name (dropped by the global teardown). */
  copy?: string;
}

const databases = process.env[WORKER_DATABASES];
if (databases) {
  const all = JSON.parse(databases) as WorkerDatabase[];
  // 1 when Jest runs the files in its own process (one file, or --runInBand).
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  const mine = all[worker - 1];
  if (!mine) throw new Error(`no test database for Jest worker ${worker} (${all.length} prepared)`);
  process.env.DATABASE_URL = mine.url;
  if (mine.scratchUrl) process.env.SCRATCH_DATABASE_URL = mine.scratchUrl;
}
