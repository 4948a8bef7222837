import cluster from 'node:cluster';
import { logger } from '../src/common/logger';
import { embeddedDataDir, startEmbeddedPostgis, type EmbeddedPostgis } from '../src/db/embedded-postgis';
import { loadPreparedDemo } from './prepared-demo';
import { config } from '../src/config/config';

/**
 * The demo's embedded database, started as the process's first act: PGlite boots on its worker
 * thread (seconds of WebAssembly) while the main thread loads the app's modules, instead of after.
 * Only in embedded mode (no DATABASE_URL, the rule of databaseMode()), in the process that serves.
 */
function preparedDemoTarball(): Buffer | undefined {
  const { tarball, reason } = loadPreparedDemo();
  if (reason) logger.info({ reason }, 'prepared demo database not used: building it (initdb, migrations, seed)');
  return tarball;
}

export const embeddedStarting: Promise<EmbeddedPostgis> | undefined =
  !config().DATABASE_URL && cluster.isPrimary
    ? startEmbeddedPostgis(embeddedDataDir(), { initialData: preparedDemoTarball })
    : undefined;
// Awaited by openDatabase; until then a failure (the data folder's lock held) must not count as unhandled.
embeddedStarting?.catch(() => undefined);
