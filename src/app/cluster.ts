import cluster, { type Worker } from 'node:cluster';
import { logger } from '../common/logger';
import { databaseMode } from '../db/database';
import { loadAuthConfig } from '../auth/auth-config';
import { config } from '../config/config';

/**
 * WEB_CONCURRENCY=N: N worker processes (node:cluster) answering on one port;
 * the primary only forks, watches and stops them. Each worker is the whole app
 * with its own pool of DB_POOL_SIZE connections. State that must be shared
 * between workers lives in Redis when REDIS_URL is set (rate-limit counters,
 * the response cache); without it each worker keeps its own (a client's rate
 * limit is then per worker), which the primary says at start.
 *
 * The embedded database (no DATABASE_URL) is one in-process PGlite: it cannot
 * be shared by processes, so WEB_CONCURRENCY > 1 is ignored there, with a
 * warning, and the server runs as one process.
 */

export const MAX_WEB_CONCURRENCY = 64;
const SHUTDOWN_TIMEOUT_MS = 15_000;
/** A worker that dies sooner than this after it started is not replaced (a crash loop stops the server). */
const MIN_WORKER_LIFETIME_MS = 5_000;

/** WEB_CONCURRENCY as a number of processes (1 when unset); anything but 1–64 is refused. */
export function webConcurrency(): number {
  return config().WEB_CONCURRENCY;
}

/** How many processes to run: WEB_CONCURRENCY, or 1 in embedded mode (with a warning). */
export function processCount(): number {
  const wanted = webConcurrency();
  if (wanted > 1 && databaseMode() === 'embedded') {
    logger.warn(
      { WEB_CONCURRENCY: wanted },
      'WEB_CONCURRENCY ignored: the embedded database (no DATABASE_URL) is single-process; running one process',
    );
    return 1;
  }
  return wanted;
}

/** The primary: forks `count` workers, replaces one that dies, stops them all on SIGTERM/SIGINT. */
export function runPrimary(count: number): void {
  // Fail before forking on a configuration every worker would refuse (e.g. production without a JWT secret);
  // outside production this also creates the development secret once, not in N racing workers.
  loadAuthConfig();
  if (!config().REDIS_URL)
    logger.warn(
      { workers: count },
      'no REDIS_URL: each worker keeps its own rate-limit counters and response cache (the per-client limit applies per worker)',
    );
  const started = new Map<number, number>();
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    const worker = cluster.fork();
    started.set(worker.id, Date.now());
  };
  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    if (stopping) {
      if (code !== 0) exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info({ exitCode }, 'all workers stopped');
        process.exit(exitCode);
      }
      return;
    }
    logger.error({ worker: worker.id, pid: worker.process.pid, code, signal, ms: lived }, 'worker died');
    if (lived < MIN_WORKER_LIFETIME_MS) {
      logger.fatal('a worker died right after it started: stopping the server');
      void stop('worker crash', 1);
      return;
    }
    fork();
  });

  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    logger.info({ reason, workers: Object.keys(cluster.workers ?? {}).length }, 'stopping workers');
    const timer = setTimeout(() => {
      logger.error('workers did not stop in time');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (alive.length === 0) process.exit(exitCode);
    for (const worker of alive) worker.process.kill('SIGTERM');
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  logger.info({ workers: count, pid: process.pid }, 'starting workers');
  for (let i = 0; i < count; i++) fork();
}
