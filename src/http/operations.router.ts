import cluster from 'node:cluster';
import { config } from '../config/config';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { runOutsideRequestScope } from '../common/request-context';
import { RoutedDataSource } from '../db/read-routing';
import { RETRY_AFTER_SECONDS } from '../db/unavailable';

/** How long /readyz waits for the database's answer (READYZ_TIMEOUT_MS, default 100 ms) before it says not ready. */
export function readyzTimeoutMs(): number {
  return config().READYZ_TIMEOUT_MS;
}

/** How long the database may leave a probe unanswered before /healthz says the process is stuck (HEALTHZ_STUCK_MS, default 60 s). */
export function healthzStuckMs(): number {
  return config().HEALTHZ_STUCK_MS;
}

type ProbeOutcome = { ok: true; migrationsCurrent: boolean } | { ok: false };

/**
 * One database probe at a time (SELECT 1, and the migrations until they are current), shared by
 * every /readyz and /healthz meanwhile: a stuck database (the embedded engine's one connection
 * held by a long statement) meets one queued probe, not one per balancer check.
 */
class DatabaseProbe {
  private pending?: Promise<ProbeOutcome>;
  private pendingSince = 0;
  private migrationsCurrent = false;

  constructor(private readonly dataSource: DataSource) {}

  run(): Promise<ProbeOutcome> {
    if (this.pending) return this.pending;
    this.pendingSince = Date.now();
    // Outside the request's scope: the probe outlives the request that started it, and is never stopped with it.
    this.pending = runOutsideRequestScope(async (): Promise<ProbeOutcome> => {
      try {
        await this.dataSource.query('SELECT 1');
        // Applied migrations stay applied: once current, only the database is checked (a cheap probe for balancers).
        this.migrationsCurrent ||= !(await this.dataSource.showMigrations());
        return { ok: true, migrationsCurrent: this.migrationsCurrent };
      } catch {
        return { ok: false };
      } finally {
        this.pending = undefined;
      }
    });
    return this.pending;
  }

  /** Milliseconds the probe in flight has waited for the database (0 when none is). */
  waitingMs(): number {
    return this.pending ? Date.now() - this.pendingSince : 0;
  }
}

/**
 * Liveness and readiness for orchestrators:
 * - /healthz: the process is alive. No I/O of its own: it answers 503 only when the database
 *   probe has gone unanswered for HEALTHZ_STUCK_MS (the process is wedged: restart it);
 * - /readyz: the database answers within READYZ_TIMEOUT_MS and no migration is pending; a
 *   database that is busy past that bound (a long statement holding the embedded engine) or
 *   unreachable answers 503 at once. With a read replica it also reports the replica
 *   (`replica`: state up/lagging/down/unknown, lagMs, replayLsn, whether reads go there, the
 *   staleness bound). A replica that is down or lagging does not make the process unready:
 *   reads go to the primary meanwhile.
 */
export function operationsRouter(dataSource: DataSource): Router {
  const router = Router();
  const probe = new DatabaseProbe(dataSource);
  // The first probe (with the migrations check) starts with the server, not with the first /readyz.
  void probe.run();
  router.get('/healthz', (_req, res) => {
    const worker = cluster.isWorker ? { worker: cluster.worker?.id } : {};
    void probe.run();
    const waitingMs = probe.waitingMs();
    if (waitingMs > healthzStuckMs()) {
      res.status(503).json({ status: 'stuck', database: 'not answering', waitingMs, ...worker });
      return;
    }
    // Under WEB_CONCURRENCY, which worker answered (1–N).
    res.json({ status: 'ok', ...worker });
  });
  router.get('/readyz', async (_req, res) => {
    const replica = dataSource instanceof RoutedDataSource ? dataSource.replicaStatus() : null;
    const extra = replica ? { replica } : {};
    const bound = readyzTimeoutMs();
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      probe.run(),
      new Promise<'busy'>((resolve) => (timer = setTimeout(() => resolve('busy'), bound))),
    ]);
    clearTimeout(timer);
    if (outcome === 'busy' || !outcome.ok) {
      // The pool drops broken connections and opens new ones on the next query: /readyz turns back to 200 by itself.
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res
        .status(503)
        .json(
          outcome === 'busy'
            ? { status: 'unavailable', database: 'busy', waitingMs: probe.waitingMs(), boundMs: bound, ...extra }
            : { status: 'unavailable', database: 'unreachable', ...extra },
        );
      return;
    }
    if (!outcome.migrationsCurrent) {
      res.status(503).json({ status: 'unavailable', database: 'ok', migrations: 'pending', ...extra });
      return;
    }
    res.json({ status: 'ok', database: 'ok', migrations: 'current', ...extra });
  });
  return router;
}
