import { DataSource } from 'typeorm';
import { currentRequestScope } from '../common/request-context';
import { logger } from '../common/logger';
import { ReplicaMonitor, replicaSettingsFromEnv } from './replica-monitor';
/**
 * Reads to the replica, writes to the primary (DATABASE_READ_URL, see
 * ormconfig.ts). A request is read-only when it is a GET/HEAD (the GIS
 * endpoints) or a GraphQL query operation (readRoutingPlugin): its
 * statements outside transactions — raw `query()` and query-builder reads —
 * go to the replica. Everything else goes to the primary: mutations (with the
 * reads they make, so they read their own writes), transactions, migrations,
 * seeds and the CLI. Without DATABASE_READ_URL nothing changes.
 *
 * Once `startReplicaMonitor()` runs (the server does), reads go to the
 * replica only while it is usable (src/db/replica-monitor.ts: reachable,
 * lag within REPLICA_MAX_LAG_MS). A read that fails on the replica for a
 * connection-level reason (replica stopped, restarting, unreachable) or a
 * recovery conflict is run again on the primary, and the replica is marked
 * down: a stopped replica costs no failed request.
 *
 * Read-your-writes (src/db/read-your-writes.ts) narrows a request further:
 * a read carrying the LSN of the client's last write goes to the replica only
 * once the replica has replayed it.
 */
/** Errors after which the statement is safe to run again on the primary. */
const RETRY_ON_PRIMARY_CODES = new Set([
    '57P01', // admin_shutdown: the replica is stopping
    '57P02', // crash_shutdown
    '57P03', // cannot_connect_now: starting up or shutting down
    '40001', // on a standby: canceled by a conflict with recovery
    '53300', // too_many_connections
]);
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** Whether an error from the replica means "try the primary" (the replica is unavailable, not the query wrong). */
export function isReplicaUnavailable(error) {
    const e = (error?.driverError ?? error);
    if (!e)
        return false;
    if (typeof e.code === 'string' && (RETRY_ON_PRIMARY_CODES.has(e.code) || e.code.startsWith('08')))
        return true;
    if (typeof e.code === 'string' && CONNECTION_ERRORS.has(e.code))
        return true;
    return /Connection terminated|timeout exceeded when trying to connect|connection is closed/i.test(e.message ?? '');
}
export class RoutedDataSource extends DataSource {
    monitor;
    get replicated() {
        return 'replication' in this.options && !!this.options.replication;
    }
    readsGoToReplica() {
        const scope = currentRequestScope();
        return !!scope && this.readsWouldGoToReplica(scope);
    }
    /** Whether the reads of a request in this scope go to the replica now. */
    readsWouldGoToReplica(scope) {
        return this.replicated && scope.readOnly === true && (this.monitor?.usable() ?? true);
    }
    /** A runner on the replica, without the fallback to the primary (the caller handles failures). */
    replicaQueryRunner() {
        return super.createQueryRunner('slave');
    }
    fellBack(error) {
        this.monitor?.markDown(error);
        const scope = currentRequestScope();
        if (scope)
            scope.replicaFellBack = true;
    }
    /** Starts watching the replica's reachability and lag (no-op without DATABASE_READ_URL). */
    async startReplicaMonitor(settings = replicaSettingsFromEnv()) {
        if (!this.replicated || this.monitor)
            return;
        this.monitor = new ReplicaMonitor({
            primaryLsn: async () => {
                const runner = super.createQueryRunner('master');
                try {
                    return (await runner.query('SELECT pg_current_wal_lsn()::text AS lsn'))[0].lsn;
                }
                finally {
                    await runner.release();
                }
            },
            replica: async (primaryLsn) => {
                const runner = super.createQueryRunner('slave');
                try {
                    const [row] = await runner.query(`SELECT pg_is_in_recovery() AS "inRecovery", pg_last_wal_replay_lsn()::text AS "replayLsn",
                      pg_last_wal_replay_lsn() >= $1::pg_lsn AS "caughtUp",
                      (extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS "sinceLastReplayMs"`, [primaryLsn]);
                    return row;
                }
                finally {
                    await runner.release();
                }
            },
        }, settings.probeMs, settings.maxLagMs);
        await this.monitor.start();
        logger.info({ replica: this.monitor.status() }, 'read replica monitor started');
    }
    replicaStatus() {
        return this.monitor?.status() ?? null;
    }
    async destroy() {
        this.monitor?.stop();
        await super.destroy();
    }
    /** Runs a read on the replica, or on the primary when the replica turns out to be unavailable. */
    async onReplicaElsePrimary(replica, primary) {
        try {
            return await replica(super.createQueryRunner('slave'));
        }
        catch (error) {
            if (!isReplicaUnavailable(error))
                throw error;
            this.fellBack(error);
            return primary();
        }
    }
    async query(query, parameters, queryRunner) {
        if (queryRunner || !this.readsGoToReplica())
            return super.query(query, parameters, queryRunner);
        return this.onReplicaElsePrimary(async (replica) => {
            try {
                return await replica.query(query, parameters);
            }
            finally {
                await replica.release();
            }
        }, () => super.query(query, parameters));
    }
    /**
     * Query-builder and repository reads ask for a 'slave' runner: it falls back to
     * the primary statement by statement, like `query()`.
     */
    createQueryRunner(mode = 'master') {
        if (mode !== 'slave' || !this.replicated)
            return super.createQueryRunner(mode);
        if (this.monitor && !this.monitor.usable())
            return super.createQueryRunner('master');
        const runner = super.createQueryRunner('slave');
        const replicaQuery = runner.query.bind(runner);
        runner.query = async (...args) => {
            try {
                return await replicaQuery(...args);
            }
            catch (error) {
                if (runner.isTransactionActive || !isReplicaUnavailable(error))
                    throw error;
                this.fellBack(error);
                const primary = super.createQueryRunner('master');
                try {
                    return await primary.query.apply(primary, args);
                }
                finally {
                    await primary.release();
                }
            }
        };
        return runner;
    }
    defaultReplicationModeForReads() {
        return this.readsGoToReplica() ? 'slave' : 'master';
    }
}
/** Marks a GraphQL request read-only once its operation is known to be a query. */
export function readRoutingPlugin() {
    return {
        async requestDidStart() {
            return {
                async didResolveOperation({ operation }) {
                    const scope = currentRequestScope();
                    if (scope)
                        scope.readOnly = operation?.operation === 'query';
                },
            };
        },
    };
}
