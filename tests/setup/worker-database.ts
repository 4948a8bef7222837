/** What tests/setup/global-setup.ts hands to tests/setup/test-environment.ts through the environment. */

/** Real PostgreSQL: the per-worker copies of the seeded database (JSON, WorkerDatabase[], worker N at N−1). */
export const WORKER_DATABASES = 'TERRITORIO_WORKER_DATABASES';
/** Embedded: the file holding the dump of the seeded PGlite (each worker loads its own copy). */
export const EMBEDDED_DUMP = 'TERRITORIO_EMBEDDED_DUMP';

export interface WorkerDatabase {
  /** The seeded database (DATABASE_URL of the worker's files). */
  url: string;
  /** Embedded: the worker's empty PGlite (SCRATCH_DATABASE_URL). */
  scratchUrl?: string;
  /** Real PostgreSQL: the copy's name (dropped by the global teardown). */
  copy?: string;
}
