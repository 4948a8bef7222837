import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { logger } from '../common/logger';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';

export interface EmbeddedPostgis {
  /** postgres:// URL of the wire-protocol server (a Unix socket in a private folder). */
  url: string;
  /** The Unix socket's path. */
  socketPath: string;
  /** How the cluster came to be: an existing data folder, a new one (initdb), or a prepared database loaded. */
  origin: 'existing' | 'initdb' | 'prepared';
  /** The whole cluster as a tarball (PGlite's dumpDataDir), gzipped unless asked 'none': what `initialData` loads. */
  dumpDataDir(compression?: 'gzip' | 'none'): Promise<Buffer>;
  stop(): Promise<void>;
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
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) with its PostGIS extension and
 * serves it over the PostgreSQL wire protocol, so TypeORM and `pg` talk to it
 * exactly as to a server. `dataDir` persists the cluster; pass `memory://` for
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
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  const cleanUp = async () => {
    await server?.stop();
    await db?.close();
    rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
  };
  const isNewCluster = dataDir.startsWith('memory://') || !existsSync(path.join(dataDir, 'PG_VERSION'));
  const initialData = isNewCluster ? options.initialData?.() : undefined;
  try {
    db = await PGlite.create({
      dataDir,
      extensions: { postgis },
      ...(initialData ? { loadDataDir: new Blob([new Uint8Array(initialData)]) } : {}),
    });
    server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: options.maxConnections ?? 1 });
    await server.start();
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
  const pglite = db;
  let stopped = false;
  return {
    url: `postgres://postgres@${encodeURIComponent(socketDir)}/postgres`,
    socketPath,
    origin,
    async dumpDataDir(compression = 'gzip') {
      const blob = await pglite.dumpDataDir(compression);
      return Buffer.from(await blob.arrayBuffer());
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      await cleanUp();
    },
  };
}
