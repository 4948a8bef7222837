import 'reflect-metadata';
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { logger } from './common/logger';
import { openDatabase } from './db/database';
import { RoutedDataSource } from './db/read-routing';
import { MAX_REQUEST_HEADER_BYTES } from './http/gis-response';
import { createApp } from './server';
// eslint-disable-next-line no-restricted-imports -- the entry point seeds an empty embedded database on first start; moving it out of src/ is pending (issue 16 notes)
import { hasTerritorialData, runDemoSeed } from '../seeds/demo.seed';
// eslint-disable-next-line no-restricted-imports -- as above: the prepared demo database lives with the seed
import { loadPreparedDemo } from '../seeds/prepared-demo';
import { processCount, runPrimary } from './cluster';
// eslint-disable-next-line no-restricted-imports -- as above: the embedded demo loads the Fin indicator data after the first start
import { beginFinIndicatorBackgroundLoad, type CrimeVolume } from '../seeds/fin-indicator.seed';

const SHUTDOWN_TIMEOUT_MS = 10_000;

function preparedDemoTarball(): Buffer | undefined {
  const { tarball, reason } = loadPreparedDemo();
  if (reason)
    logger.info({ reason }, 'prepared demo database not used: building the database (initdb, migrations, seed)');
  return tarball;
}

async function main(): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '0.0.0.0';

  // A new embedded data folder starts from the prepared demo database when it fits this checkout.
  const db = await openDatabase({ initialData: preparedDemoTarball });
  if (db.mode === 'embedded' && !(await hasTerritorialData(db.dataSource))) {
    logger.info('embedded database is empty: loading the demo seed');
    await runDemoSeed(db.dataSource);
  }

  // DATABASE_READ_URL: watch the replica's reachability and lag (reads go there only while it is usable).
  if (db.dataSource instanceof RoutedDataSource) await db.dataSource.startReplicaMonitor();

  const httpServer = createServer({ maxHeaderSize: MAX_REQUEST_HEADER_BYTES });
  const { app, apollo, close: closeApp } = await createApp({ dataSource: db.dataSource, httpServer });
  httpServer.on('request', app);
  // The Fin indicator's real data (191k incidents) loads after the server answers, so the cold start stays short:
  // the IDS, then a year at a time (2020 and 2019 first), each step its own short transaction. Every step is marked
  // loading before the server listens: until it commits, the figures that depend on it are refused
  // (SERVICE_UNAVAILABLE naming it), never answered from a part. DEMO_CRIME=all (default) | 2019-2020 | none.
  const crimeVolume: CrimeVolume =
    process.env.DEMO_CRIME === '2019-2020' || process.env.DEMO_CRIME === 'none' ? process.env.DEMO_CRIME : 'all';
  const finLoad = db.mode === 'embedded' ? beginFinIndicatorBackgroundLoad(crimeVolume) : undefined;
  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  logger.info(
    {
      url: `http://localhost:${port}/graphql`,
      mode: db.mode,
      ms: Date.now() - started,
      ...(cluster.isWorker ? { worker: cluster.worker?.id } : {}),
    },
    'territorio ready',
  );
  finLoad?.run(db.dataSource).then(
    (loaded) => loaded && logger.info(loaded, 'Fin indicator data loaded in the background'),
    (error) => logger.error({ err: error }, 'loading the Fin indicator data failed (start again to retry)'),
  );

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

function start(): void {
  // WEB_CONCURRENCY=N: a primary that forks N workers, each running main() (src/cluster.ts).
  if (cluster.isPrimary) {
    const count = processCount();
    if (count > 1) {
      runPrimary(count);
      return;
    }
  }
  main().catch((error) => {
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  });
}

try {
  start();
} catch (error) {
  logger.fatal({ err: error instanceof Error ? error.message : String(error) }, 'failed to start');
  process.exit(1);
}
