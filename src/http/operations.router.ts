import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { RETRY_AFTER_SECONDS } from '../db/unavailable';

/**
 * Liveness and readiness for orchestrators:
 * - /healthz: the process is alive (no I/O);
 * - /readyz: the database answers and no migration is pending.
 */
export function operationsRouter(dataSource: DataSource): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
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
      // The pool drops broken connections and opens new ones on the next query: /readyz turns back to 200 by itself.
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  return router;
}
