import cluster from 'node:cluster';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { RoutedDataSource } from '../db/read-routing';
import { RETRY_AFTER_SECONDS } from '../db/unavailable';

/**
 * Liveness and readiness for orchestrators:
 * - /healthz: the process is alive (no I/O);
 * - /readyz: the database answers and no migration is pending. With a read
 *   replica it also reports the replica (`replica`: state up/lagging/down/unknown,
 *   lagMs, replayLsn, whether reads go there, the staleness bound). A replica
 *   that is down or lagging does not make the process unready: reads go to the
 *   primary meanwhile.
 */
export function operationsRouter(dataSource: DataSource): Router {
  const router = Router();
  let migrationsCurrent = false;
  router.get('/healthz', (_req, res) => {
    // Under WEB_CONCURRENCY, which worker answered (1–N).
    res.json(cluster.isWorker ? { status: 'ok', worker: cluster.worker?.id } : { status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    // Readiness is the primary's: writes need it, and reads fall back to it.
    if (res.locals.scope) res.locals.scope.readOnly = false;
    const replica = dataSource instanceof RoutedDataSource ? dataSource.replicaStatus() : null;
    const extra = replica ? { replica } : {};
    try {
      await dataSource.query('SELECT 1');
      // Applied migrations stay applied: once current, only the database is checked (a cheap probe for balancers).
      migrationsCurrent ||= !(await dataSource.showMigrations());
      if (!migrationsCurrent) {
        res.status(503).json({ status: 'unavailable', database: 'ok', migrations: 'pending', ...extra });
        return;
      }
      res.json({ status: 'ok', database: 'ok', migrations: 'current', ...extra });
    } catch {
      // The pool drops broken connections and opens new ones on the next query: /readyz turns back to 200 by itself.
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({ status: 'unavailable', database: 'unreachable', ...extra });
    }
  });
  return router;
}
