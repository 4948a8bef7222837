import NodeEnvironment from 'jest-environment-node';
import { startEmbeddedPostgis, type EmbeddedPostgis } from '../../src/db/embedded-postgis';
import { EMBEDDED_DUMP, WORKER_DATABASES, type WorkerDatabase } from './worker-database';

/**
 * Jest's Node environment, plus each test file's databases (jest.config.js testEnvironment): its Jest
 * worker's own, prepared by tests/setup/global-setup.ts. A worker runs its files one after the other, so a
 * file has its databases to itself, as it had the one shared database when the run used a single worker.
 * - Real PostgreSQL: the worker's copy of the seeded database (`<name>_w<N>`).
 * - Embedded: a PGlite in the worker's own process, on its main thread as the tests (as the whole run had
 *   before: pglite-socket serves its clients message by message, and with the engine on another thread a
 *   client's statement interleaved with another's), loaded from the dump of the seeded one; plus an empty
 *   one (SCRATCH_DATABASE_URL). Started with the worker's first file, kept for its next ones. A run in Jest's
 *   own process (one file, --runInBand) uses the seeded one itself.
 * The environment runs outside the files' module sandbox, where PGlite can start (it needs dynamic import).
 */
let embedded: Promise<WorkerDatabase> | undefined;

async function embeddedDatabases(): Promise<WorkerDatabase> {
  const seeded = (globalThis as { __territorioSeeded?: WorkerDatabase }).__territorioSeeded;
  const dumpFile = process.env[EMBEDDED_DUMP];
  const { readFileSync } = await import('node:fs');
  const options = { maxConnections: 16, thread: 'caller' } as const;
  const [main, scratch]: (EmbeddedPostgis | undefined)[] = await Promise.all([
    seeded ? undefined : startEmbeddedPostgis('memory://', { ...options, initialData: () => readFileSync(dumpFile!) }),
    startEmbeddedPostgis('memory://', options),
  ]);
  return { url: seeded?.url ?? main!.url, scratchUrl: scratch!.url };
}

export default class TerritorioEnvironment extends NodeEnvironment {
  override async setup(): Promise<void> {
    await super.setup();
    const env = this.global.process.env;
    let mine: WorkerDatabase;
    if (env[EMBEDDED_DUMP]) {
      embedded ??= embeddedDatabases();
      mine = await embedded;
    } else {
      const all = JSON.parse(env[WORKER_DATABASES] ?? '[]') as WorkerDatabase[];
      // 1 when Jest runs the files in its own process (one file, or --runInBand).
      const worker = Number(env.JEST_WORKER_ID ?? '1');
      if (!all[worker - 1]) throw new Error(`no test database for Jest worker ${worker} (${all.length} prepared)`);
      mine = all[worker - 1];
    }
    env.DATABASE_URL = mine.url;
    if (mine.scratchUrl) env.SCRATCH_DATABASE_URL = mine.scratchUrl;
  }
}
