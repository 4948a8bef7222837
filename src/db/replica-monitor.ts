import { logger } from '../common/logger';
import { config } from '../config/config';

/**
 * Watches the read replica (DATABASE_READ_URL) so reads go there only while
 * it is up and close enough to the primary (docs/SCALING.md, "Read replicas
 * in practice"):
 *
 * - every REPLICA_PROBE_MS (default 500) it asks the primary for its WAL
 *   position, then the replica for what it has replayed. Caught up (replayed
 *   at least that position): lag 0. Behind: lag = now − the commit time of
 *   the last transaction it replayed, an upper bound of how old its data is.
 * - the replica is **usable** when the last probe succeeded, is younger than
 *   2 × REPLICA_PROBE_MS and measured a lag ≤ REPLICA_MAX_LAG_MS (default
 *   5000). So an answer served by the replica misses no commit older than
 *   REPLICA_MAX_LAG_MS + 2 × REPLICA_PROBE_MS: the staleness bound.
 * - a connection failure on the replica (seen by the router) marks it down at
 *   once; the next successful probe brings it back.
 */

export type ReplicaState = 'up' | 'lagging' | 'down' | 'unknown';

export interface ReplicaStatus {
  state: ReplicaState;
  /** Upper bound of the replica's staleness at the last probe (ms); null when unknown. */
  lagMs: number | null;
  /** The replica's last replayed WAL position (pg_last_wal_replay_lsn). */
  replayLsn: string | null;
  /** Reads go to the replica now. */
  usable: boolean;
  /** Age of the last successful probe (ms). */
  probeAgeMs: number | null;
  maxLagMs: number;
  /** Reads from the replica miss no commit older than this (ms). */
  stalenessBoundMs: number;
  error?: string;
}

export interface ReplicaProbeQueries {
  primaryLsn(): Promise<string>;
  replica(primaryLsn: string): Promise<{
    inRecovery: boolean;
    replayLsn: string | null;
    caughtUp: boolean | null;
    sinceLastReplayMs: number | null;
  }>;
}

export function replicaSettingsFromEnv() {
  return {
    probeMs: config().REPLICA_PROBE_MS,
    maxLagMs: config().REPLICA_MAX_LAG_MS,
  };
}

export class ReplicaMonitor {
  private lagMs: number | null = null;
  private replayLsn: string | null = null;
  private lastProbeOk = 0;
  private downSince: number | null = null;
  private lastError: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly queries: ReplicaProbeQueries,
    readonly probeMs: number,
    readonly maxLagMs: number,
  ) {}

  get stalenessBoundMs(): number {
    return this.maxLagMs + 2 * this.probeMs;
  }

  /** First probe (awaited, never throws), then one every probeMs. */
  async start(): Promise<void> {
    await this.probe();
    this.timer = setInterval(() => void this.probe(), this.probeMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  probe(): Promise<void> {
    this.probing ??= this.runProbe().finally(() => (this.probing = undefined));
    return this.probing;
  }

  private async runProbe(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const startedAt = Date.now();
    try {
      const measured = await Promise.race([
        (async () => {
          const primaryLsn = await this.queries.primaryLsn();
          return this.queries.replica(primaryLsn);
        })(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`probe took over ${2 * this.probeMs} ms`)), 2 * this.probeMs);
        }),
      ]);
      if (this.stopped) return;
      // Not a standby (a promoted replica, or a second database in tests): nothing to lag behind.
      this.lagMs =
        !measured.inRecovery || measured.caughtUp ? 0 : Math.max(0, Math.round(measured.sinceLastReplayMs ?? Infinity));
      this.replayLsn = measured.replayLsn;
      // The measurement holds as of the probe's start: ages count from there.
      this.lastProbeOk = startedAt;
      this.lastError = undefined;
      if (this.downSince !== null) logger.info({ downMs: Date.now() - this.downSince }, 'read replica is back');
      this.downSince = null;
    } catch (error) {
      if (this.stopped) return;
      this.markDown(error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A connection-level failure on the replica: no reads there until a probe succeeds. */
  markDown(error: unknown): void {
    this.lastError = String((error as Error)?.message ?? error);
    this.lastProbeOk = 0;
    if (this.downSince === null) {
      this.downSince = Date.now();
      logger.warn({ err: this.lastError }, 'read replica unreachable: reads go to the primary');
    }
  }

  usable(): boolean {
    return (
      this.downSince === null &&
      Date.now() - this.lastProbeOk <= 2 * this.probeMs &&
      this.lagMs !== null &&
      this.lagMs <= this.maxLagMs
    );
  }

  status(): ReplicaStatus {
    const probeAgeMs = this.lastProbeOk ? Date.now() - this.lastProbeOk : null;
    let state: ReplicaState;
    if (this.downSince !== null) state = 'down';
    else if (probeAgeMs === null || probeAgeMs > 2 * this.probeMs) state = 'unknown';
    else if ((this.lagMs ?? Infinity) > this.maxLagMs) state = 'lagging';
    else state = 'up';
    return {
      state,
      lagMs: state === 'down' ? null : this.lagMs,
      replayLsn: this.replayLsn,
      usable: this.usable(),
      probeAgeMs,
      maxLagMs: this.maxLagMs,
      stalenessBoundMs: this.stalenessBoundMs,
      ...(this.lastError ? { error: this.lastError } : {}),
    };
  }
}
