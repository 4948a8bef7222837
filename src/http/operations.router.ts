import cluster from 'node:cluster';
import { Router } from 'express';
import type { DataSource } from 'typeorm';

/**
 * Liveness and readiness for orchestrators:
 * - /healthz: the process is alive (no I/O);
 * - /readyz: the database answers and no migration is pending.
 */
export function operationsRouter(dataSource: DataSource): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    // Under WEB_CONCURRENCY, which worker answered (1–N).
    res.json(cluster.isWorker ? { status: 'ok', worker: cluster.worker?.id } : { status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      const pending = await dataSource.showMigrations();
      if (pending) {
        res.status(503).json({ status: 'unavailable', database: 'ok', migrations: 'pending' });
        return;
      }
      res.json({ status: 'ok', database: 'ok', migrations: 'current' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  return router;
}
