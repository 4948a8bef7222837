import { logger } from '../common/logger';
function positiveInteger(name, fallback) {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value <= 0)
        throw new Error(`${name} must be a positive whole number (ms)`);
    return value;
}
export function replicaSettingsFromEnv() {
    return {
        probeMs: positiveInteger('REPLICA_PROBE_MS', 500),
        maxLagMs: positiveInteger('REPLICA_MAX_LAG_MS', 5000),
    };
}
export class ReplicaMonitor {
    queries;
    probeMs;
    maxLagMs;
    lagMs = null;
    replayLsn = null;
    lastProbeOk = 0;
    downSince = null;
    lastError;
    timer;
    probing;
    stopped = false;
    constructor(queries, probeMs, maxLagMs) {
        this.queries = queries;
        this.probeMs = probeMs;
        this.maxLagMs = maxLagMs;
    }
    get stalenessBoundMs() {
        return this.maxLagMs + 2 * this.probeMs;
    }
    /** First probe (awaited, never throws), then one every probeMs. */
    async start() {
        await this.probe();
        this.timer = setInterval(() => void this.probe(), this.probeMs);
        this.timer.unref();
    }
    stop() {
        this.stopped = true;
        clearInterval(this.timer);
    }
    probe() {
        this.probing ??= this.runProbe().finally(() => (this.probing = undefined));
        return this.probing;
    }
    async runProbe() {
        let timer;
        const startedAt = Date.now();
        try {
            const measured = await Promise.race([
                (async () => {
                    const primaryLsn = await this.queries.primaryLsn();
                    return this.queries.replica(primaryLsn);
                })(),
                new Promise((_, reject) => {
                    timer = setTimeout(() => reject(new Error(`probe took over ${2 * this.probeMs} ms`)), 2 * this.probeMs);
                }),
            ]);
            if (this.stopped)
                return;
            // Not a standby (a promoted replica, or a second database in tests): nothing to lag behind.
            this.lagMs =
                !measured.inRecovery || measured.caughtUp ? 0 : Math.max(0, Math.round(measured.sinceLastReplayMs ?? Infinity));
            this.replayLsn = measured.replayLsn;
            // The measurement holds as of the probe's start: ages count from there.
            this.lastProbeOk = startedAt;
            this.lastError = undefined;
            if (this.downSince !== null)
                logger.info({ downMs: Date.now() - this.downSince }, 'read replica is back');
            this.downSince = null;
        }
        catch (error) {
            if (this.stopped)
                return;
            this.markDown(error);
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** A connection-level failure on the replica: no reads there until a probe succeeds. */
    markDown(error) {
        this.lastError = String(error?.message ?? error);
        this.lastProbeOk = 0;
        if (this.downSince === null) {
            this.downSince = Date.now();
            logger.warn({ err: this.lastError }, 'read replica unreachable: reads go to the primary');
        }
    }
    usable() {
        return (this.downSince === null &&
            Date.now() - this.lastProbeOk <= 2 * this.probeMs &&
            this.lagMs !== null &&
            this.lagMs <= this.maxLagMs);
    }
    status() {
        const probeAgeMs = this.lastProbeOk ? Date.now() - this.lastProbeOk : null;
        let state;
        if (this.downSince !== null)
            state = 'down';
        else if (probeAgeMs === null || probeAgeMs > 2 * this.probeMs)
            state = 'unknown';
        else if ((this.lagMs ?? Infinity) > this.maxLagMs)
            state = 'lagging';
        else
            state = 'up';
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
