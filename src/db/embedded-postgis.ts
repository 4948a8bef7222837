import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Extension } from '@electric-sql/pglite';
import { logger } from '../common/logger';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import { config } from '../config/config';

export interface EmbeddedPostgis {
  /** postgres:// URL of the wire-protocol server (a Unix socket in a private folder). */
  url: string;
  /** The Unix socket's path. */
  socketPath: string;
  /** How the cluster came to be: an existing data folder, a new one (initdb), or a prepared database loaded. */
  origin: 'existing' | 'initdb' | 'prepared';
  /** The whole cluster as a tarball (PGlite's dumpDataDir), gzipped unless asked 'none': what `initialData` loads. */
  dumpDataDir(compression?: 'gzip' | 'none'): Promise<Buffer>;
  /**
   * Stops the statement PGlite is running, the only way it can be stopped: PGlite executes SQL
   * synchronously in WebAssembly, ignores CancelRequest and never fires statement_timeout (no
   * signals), so its thread is terminated and a new one opens the same data folder (crash
   * recovery, as after kill -9: committed data stays, the open transaction is rolled back).
   * The wire connection drops (its statement fails as a database outage, 503) and the pool
   * reconnects. Resolves once the new engine serves. Not available for `memory://` (the data
   * would be lost) or on the caller's thread: there it resolves false and does nothing.
   */
  interrupt(reason: string): Promise<boolean>;
  /** Times the engine was interrupted (restarted) since it started. */
  interruptions(): number;
  stop(): Promise<void>;
}

/** Where the embedded cluster lives: DATA_DIR/pglite (DATA_DIR defaults to .data). */
export function embeddedDataDir(): string {
  return path.resolve(config().DATA_DIR, 'pglite');
}

export interface EmbeddedPostgisOptions {
  /**
   * Concurrent wire-protocol clients. PGlite is one backend: pglite-socket multiplexes
   * clients per message, so two clients' extended-protocol messages can interleave and one
   * client can receive another's rows. The app uses exactly one pooled connection, so the
   * default is 1: any further connection is refused while it is held. Only the test harness
   * (many test files, each with its own DataSource, in other processes) raises it.
   */
  maxConnections?: number;
  /**
   * A prepared cluster (a gzipped tarball from `dumpDataDir`) to start from when the data
   * folder is new, instead of initdb + CREATE EXTENSION postgis + migrations + seed. Ignored
   * when the folder already holds a cluster.
   */
  initialData?: () => Buffer | undefined;
  /**
   * Where PGlite runs: its own worker thread (the default: no statement holds the caller's event
   * loop), or the calling thread. The test harness keeps it on its thread: with its 16 clients,
   * pglite-socket's per-message multiplexing interleaves one client's extended-protocol messages
   * with another's far more often once the server answers from another thread.
   */
  thread?: 'worker' | 'caller';
}

/**
 * The worker thread's code: PGlite, its PostGIS, pg_trgm and unaccent extensions and the wire server. PGlite executes
 * SQL synchronously in WebAssembly on the thread that owns it; on the main thread a 2-second
 * statement (a vector tile, an import's overlap check) would stall every other request for
 * 2 seconds. In a worker the main thread only exchanges wire-protocol bytes over the socket.
 * Plain CommonJS evaluated by the worker, so it runs the same from dist/ and under ts-jest.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const load = require('node:module').createRequire(workerData.from);
(async () => {
  let db;
  let server;
  try {
    const { PGlite } = load('@electric-sql/pglite');
    const { postgis } = load('@electric-sql/pglite-postgis');
    const { pg_trgm } = load('@electric-sql/pglite/contrib/pg_trgm');
    const { unaccent } = load('@electric-sql/pglite/contrib/unaccent');
    const { PGLiteSocketServer } = load('@electric-sql/pglite-socket');
    db = await PGlite.create({
      dataDir: workerData.dataDir,
      extensions: { postgis, pg_trgm, unaccent },
      ...(workerData.initialData ? { loadDataDir: new Blob([workerData.initialData]) } : {}),
    });
    server = new PGLiteSocketServer({ db, path: workerData.socketPath, maxConnections: workerData.maxConnections });
    await server.start();
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    parentPort.postMessage({ failed: String((error && error.stack) || error) });
    return;
  }
  parentPort.on('message', async (message) => {
    if (message && message.dump) {
      try {
        const tarball = await (await db.dumpDataDir(message.dump)).arrayBuffer();
        parentPort.postMessage({ dumped: tarball }, [tarball]);
      } catch (error) {
        parentPort.postMessage({ dumpFailed: String((error && error.stack) || error) });
      }
      return;
    }
    if (message !== 'stop') return;
    try {
      await server.stop();
      await db.close();
      parentPort.postMessage({ stopped: true });
    } catch (error) {
      parentPort.postMessage({ stopped: true, failed: String((error && error.stack) || error) });
    }
  });
  parentPort.postMessage({ ready: true });
})();
`;

interface WorkerMessage {
  ready?: boolean;
  stopped?: boolean;
  failed?: string;
  dumped?: ArrayBuffer;
  dumpFailed?: string;
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) with its PostGIS extension in a
 * worker thread and serves it over the PostgreSQL wire protocol, so TypeORM and
 * `pg` talk to it exactly as to a server, and no statement blocks the main
 * thread's event loop. `dataDir` persists the cluster; pass `memory://` for
 * a throw-away database.
 *
 * - A persistent `dataDir` is locked (`<dataDir>.lock`, src/db/data-dir-lock.ts)
 *   before PGlite opens it: a second process refuses at once, naming the owner.
 * - The wire server listens on a Unix socket inside a fresh folder of mode 0700
 *   (no TCP port): no other user can reach it, and it takes one client at a time.
 *   PGlite does not authenticate, so the socket's folder permissions are the guard.
 */
export async function startEmbeddedPostgis(
  dataDir: string,
  options: EmbeddedPostgisOptions = {},
): Promise<EmbeddedPostgis> {
  const started = Date.now();
  let lock: DataDirLock | undefined;
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    lock = acquireDataDirLock(dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const socketDir = mkdtempSync(path.join(tmpdir(), 'territorio-pg-'));
  chmodSync(socketDir, 0o700);
  const socketPath = path.join(socketDir, '.s.PGSQL.5432');
  let engine: Engine | undefined;
  const cleanUp = async () => {
    await engine?.stop();
    rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
  };
  const isNewCluster = dataDir.startsWith('memory://') || !existsSync(path.join(dataDir, 'PG_VERSION'));
  const initialData = isNewCluster ? options.initialData?.() : undefined;
  try {
    const start = options.thread === 'caller' ? startOnThisThread : startInWorker;
    engine = await start(dataDir, socketPath, options.maxConnections ?? 1, initialData);
  } catch (error) {
    await cleanUp().catch(() => undefined);
    throw error;
  }
  // A crash between here and stop() leaves the lock to stale-lock recovery and the socket folder in tmp.
  const onExit = () => {
    rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
  };
  process.once('exit', onExit);
  const origin = initialData ? 'prepared' : isNewCluster ? 'initdb' : 'existing';
  logger.info({ dataDir, socket: socketPath, origin, ms: Date.now() - started }, 'embedded PostGIS started');
  let running = engine;
  let stopped = false;
  let restarting: Promise<boolean> | undefined;
  let interruptions = 0;
  const interrupt = async (reason: string): Promise<boolean> => {
    if (stopped || dataDir.startsWith('memory://') || options.thread === 'caller') return false;
    if (restarting) return restarting;
    restarting = (async () => {
      const from = Date.now();
      interruptions += 1;
      await running.kill();
      rmSync(socketPath, { force: true });
      for (let attempt = 1; ; attempt += 1) {
        try {
          running = await startInWorker(dataDir, socketPath, options.maxConnections ?? 1);
          engine = running;
          break;
        } catch (error) {
          // The data folder could not be opened again: the database is gone, as when its thread crashed.
          if (attempt >= 2) {
            logger.fatal({ err: error }, 'embedded PostGIS did not restart after an interrupt');
            process.exit(1);
          }
        }
      }
      logger.warn({ reason, ms: Date.now() - from, interruptions }, 'embedded PostGIS interrupted and restarted');
      return true;
    })().finally(() => (restarting = undefined));
    return restarting;
  };
  return {
    url: `postgres://postgres@${encodeURIComponent(socketDir)}/postgres`,
    socketPath,
    origin,
    dumpDataDir: (compression = 'gzip') => running.dump(compression),
    interrupt,
    interruptions: () => interruptions,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      await restarting;
      await cleanUp();
    },
  };
}

/** A running PGlite and its wire server. */
interface Engine {
  dump(compression: 'gzip' | 'none'): Promise<Buffer>;
  stop(): Promise<void>;
  /** Ends the engine at once, mid-statement if need be (its thread terminated; caller's thread: stop). */
  kill(): Promise<void>;
}

async function startInWorker(
  dataDir: string,
  socketPath: string,
  maxConnections: number,
  initialData?: Buffer,
): Promise<Engine> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      from: __filename,
      dataDir,
      socketPath,
      maxConnections,
      initialData: initialData && new Uint8Array(initialData),
    },
  });
  let exited = false;
  let stopping = false;
  worker.once('exit', () => (exited = true));
  const stop = async () => {
    stopping = true;
    if (exited) return;
    const stopped = new Promise<WorkerMessage>((resolve) => {
      worker.on('message', (message: WorkerMessage) => message.stopped && resolve(message));
      worker.once('exit', () => resolve({ stopped: true }));
    });
    worker.postMessage('stop');
    const outcome = await stopped;
    await worker.terminate();
    if (outcome.failed) logger.warn({ error: outcome.failed }, 'embedded PostGIS did not stop cleanly');
  };
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.ready) resolve();
        else if (message.failed && !message.stopped) reject(new Error(message.failed));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the embedded PostGIS worker exited (${code}) while starting`)));
    });
  } catch (error) {
    await stop();
    throw error;
  }
  // The database is gone if its thread dies: stop the process, as a crash of PGlite on the main thread did.
  worker.on('error', (error) => {
    if (stopping) return;
    logger.fatal({ err: error }, 'embedded PostGIS crashed');
    process.exit(1);
  });
  worker.on('exit', (code) => {
    if (stopping) return;
    logger.fatal({ code }, 'embedded PostGIS stopped unexpectedly');
    process.exit(1);
  });
  const dump = (compression: 'gzip' | 'none') =>
    new Promise<Buffer>((resolve, reject) => {
      const onMessage = (message: WorkerMessage) => {
        if (!message.dumped && !message.dumpFailed) return;
        worker.off('message', onMessage);
        if (message.dumped) resolve(Buffer.from(message.dumped));
        else reject(new Error(message.dumpFailed));
      };
      worker.on('message', onMessage);
      worker.postMessage({ dump: compression });
    });
  const kill = async () => {
    stopping = true;
    if (!exited) await worker.terminate();
  };
  return { dump, stop, kill };
}

async function startOnThisThread(
  dataDir: string,
  socketPath: string,
  maxConnections: number,
  initialData?: Buffer,
): Promise<Engine> {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when PGlite runs on this thread */
  const { PGlite } = require('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
  const { postgis } = require('@electric-sql/pglite-postgis') as typeof import('@electric-sql/pglite-postgis');
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket') as typeof import('@electric-sql/pglite-socket');
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
  const { unaccent } = require('@electric-sql/pglite/contrib/unaccent') as { unaccent: Extension };
  /* eslint-enable @typescript-eslint/no-require-imports */
  let db: InstanceType<typeof PGlite> | undefined;
  let server: InstanceType<typeof PGLiteSocketServer> | undefined;
  const stop = async () => {
    await server?.stop();
    await db?.close();
  };
  try {
    db = await PGlite.create({
      dataDir,
      extensions: { postgis, pg_trgm, unaccent },
      ...(initialData ? { loadDataDir: new Blob([new Uint8Array(initialData)]) } : {}),
    });
    server = new PGLiteSocketServer({ db, path: socketPath, maxConnections });
    await server.start();
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  const pglite = db;
  const dump = async (compression: 'gzip' | 'none') =>
    Buffer.from(await (await pglite.dumpDataDir(compression)).arrayBuffer());
  return { dump, stop, kill: stop };
}
