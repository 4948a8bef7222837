import 'reflect-metadata';
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { logger } from '../common/logger';
import { openDatabase, type OpenDatabase } from './database';
import type { EmbeddedPostgis } from '../db/embedded-postgis';
import { RoutedDataSource } from '../db/read-routing';
import { MAX_REQUEST_HEADER_BYTES } from '../http/gis-response';
import { createApp } from './server';
import { processCount, runPrimary } from './cluster';
import { config } from '../config/config';
import { startModuleWorkers } from './registry';

const SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * What a process entry adds to the server's start: `src/index.ts` adds nothing (the database is
 * what it is); the demo (`npm start`, seeds/demo-server.ts) starts a new embedded database from the
 * prepared demo and loads the Fin indicator's data once the server answers.
 */
export interface ServerStartHooks {
  /** The embedded server, already starting (see OpenDatabaseOptions.embedded). */
  embedded?: Promise<EmbeddedPostgis>;
  /**
   * After the migrations, before the server listens. What it returns runs once the server answers.
   * Everything it marks as loading (src/common/background-load.ts) is refused until done, never answered from a part.
   */
  beforeListen?: (db: OpenDatabase) => Promise<(() => void) | void>;
}

async function main(hooks: ServerStartHooks): Promise<void> {
  const started = Date.now();
  const { PORT: port, HOST: host } = config();

  const db = await openDatabase({ embedded: hooks.embedded });
  const afterListen = await hooks.beforeListen?.(db);

  // DATABASE_READ_URL: watch the replica's reachability and lag (reads go there only while it is usable).
  if (db.dataSource instanceof RoutedDataSource) await db.dataSource.startReplicaMonitor();

  const httpServer = createServer({ maxHeaderSize: MAX_REQUEST_HEADER_BYTES });
  const { app, apollo, close: closeApp } = await createApp({ dataSource: db.dataSource, httpServer });
  httpServer.on('request', app);
  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  logger.info(
    {
      map: `http://localhost:${port}/`,
      graphql: `http://localhost:${port}/graphql`,
      mode: db.mode,
      ms: Date.now() - started,
      ...(cluster.isWorker ? { worker: cluster.worker?.id } : {}),
    },
    'territorio ready',
  );
  afterListen?.();
  // The modules' background workers (none yet): short statements, no transaction held.
  const stopWorkers = startModuleWorkers({ dataSource: db.dataSource });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    try {
      await apollo.stop(); // drains the HTTP server: in-flight requests finish
      await stopWorkers();
      await closeApp();
      await db.close();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * Runs the server process: the database, the HTTP server, a clean shutdown on SIGTERM/SIGINT.
 * WEB_CONCURRENCY=N: a primary that forks N workers, each running the same entry (src/app/cluster.ts).
 */
export function runServerProcess(hooks: ServerStartHooks = {}): void {
  try {
    start(hooks);
  } catch (error) {
    logger.fatal({ err: error instanceof Error ? error.message : String(error) }, 'failed to start');
    process.exit(1);
  }
}

function start(hooks: ServerStartHooks): void {
  if (cluster.isPrimary) {
    const count = processCount();
    if (count > 1) {
      runPrimary(count);
      return;
    }
  }
  main(hooks).catch((error) => {
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  });
}
