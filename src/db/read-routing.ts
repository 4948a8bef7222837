import type { ApolloServerPlugin } from '@apollo/server';
import { Client } from 'pg';
import { DataSource, type QueryRunner, type ReplicationMode } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { PostgresConnectionCredentialsOptions } from 'typeorm/driver/postgres/PostgresConnectionCredentialsOptions';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { currentRequestScope, type RequestScope } from '../common/request-context';
import { logger } from '../common/logger';
import { ReplicaMonitor, replicaSettingsFromEnv, type ReplicaStatus } from './replica-monitor';

/**
 * Reads to the replica, writes to the primary (DATABASE_READ_URL, see
 * src/app/ormconfig.ts). A request is read-only when it is a GET/HEAD (the GIS
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
export function isReplicaUnavailable(error: unknown): boolean {
  const e = ((error as { driverError?: unknown })?.driverError ?? error) as { code?: string; message?: string };
  if (!e) return false;
  if (typeof e.code === 'string' && (RETRY_ON_PRIMARY_CODES.has(e.code) || e.code.startsWith('08'))) return true;
  if (typeof e.code === 'string' && CONNECTION_ERRORS.has(e.code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|connection is closed/i.test(e.message ?? '');
}

/** One connection for the replica monitor's probes, opened again after any failure. */
class ProbeConnection {
  private client: Client | null = null;

  constructor(
    private readonly url: string | undefined,
    private readonly timeoutMs: number,
  ) {
    if (!url) throw new Error('the replica monitor needs DATABASE_URL and DATABASE_READ_URL as URLs');
  }

  async query(sql: string, params: unknown[] = []): Promise<any[]> {
    try {
      if (!this.client) {
        const client = new Client({
          connectionString: this.url,
          connectionTimeoutMillis: this.timeoutMs,
          application_name: 'territorio-replica-probe',
          statement_timeout: this.timeoutMs,
        });
        client.on('error', () => undefined); // surfaces as the next query's failure
        this.client = client;
        await client.connect();
      }
      return (await this.client.query(sql, params)).rows;
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}

export class RoutedDataSource extends DataSource {
  monitor: ReplicaMonitor | undefined;
  private probeConnections: ProbeConnection[] = [];

  get replicated(): boolean {
    return 'replication' in this.options && !!this.options.replication;
  }

  private readsGoToReplica(): boolean {
    const scope = currentRequestScope();
    return !!scope && this.readsWouldGoToReplica(scope);
  }

  /** Whether the reads of a request in this scope go to the replica now. */
  readsWouldGoToReplica(scope: RequestScope): boolean {
    return this.replicated && scope.readOnly === true && (this.monitor?.usable() ?? true);
  }

  /** A runner on the replica, without the fallback to the primary (the caller handles failures). */
  replicaQueryRunner(): QueryRunner {
    return super.createQueryRunner('slave');
  }

  private fellBack(error: unknown): void {
    this.monitor?.markDown(error);
    const scope = currentRequestScope();
    if (scope) scope.replicaFellBack = true;
  }

  /** Starts watching the replica's reachability and lag (no-op without DATABASE_READ_URL). */
  async startReplicaMonitor(settings = replicaSettingsFromEnv()): Promise<void> {
    if (!this.replicated || this.monitor) return;
    const { master, slaves } = (
      this.options as { replication: { master: { url?: string }; slaves: { url?: string }[] } }
    ).replication;
    // Connections of its own: a probe must not queue behind the requests for a pooled connection.
    const primary = new ProbeConnection(master.url, 2 * settings.probeMs);
    const replica = new ProbeConnection(slaves[0].url, 2 * settings.probeMs);
    this.probeConnections = [primary, replica];
    this.monitor = new ReplicaMonitor(
      {
        primaryLsn: async () => (await primary.query('SELECT pg_current_wal_insert_lsn()::text AS lsn'))[0].lsn,
        replica: async (primaryLsn) =>
          (
            await replica.query(
              `SELECT pg_is_in_recovery() AS "inRecovery", pg_last_wal_replay_lsn()::text AS "replayLsn",
                      pg_last_wal_replay_lsn() >= $1::pg_lsn AS "caughtUp",
                      (extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS "sinceLastReplayMs"`,
              [primaryLsn],
            )
          )[0],
      },
      settings.probeMs,
      settings.maxLagMs,
    );
    await this.monitor.start();
    logger.info({ replica: this.monitor.status() }, 'read replica monitor started');
  }

  /**
   * TypeORM opens one connection to every replica at start and fails when one is
   * down. A replica that is unreachable at start should not keep the API from
   * starting: its pool is created without that first connection (it connects on
   * use), and the monitor finds it down until it answers.
   */
  override async initialize(): Promise<this> {
    if (this.replicated && !this.isInitialized) {
      type Credentials = PostgresConnectionCredentialsOptions;
      type Pool = { on(event: 'error', listener: (e: Error) => void): void };
      // A replicated DataSource is a PostgreSQL one; createPool is protected, hence the element access.
      const driver = this.driver as PostgresDriver;
      const createPool = driver['createPool'].bind(driver);
      const replicas = (this.options as { replication: { slaves: Credentials[] } }).replication.slaves;
      driver['createPool'] = async (options: PostgresConnectionOptions, credentials: Credentials) => {
        try {
          return await createPool(options, credentials);
        } catch (error) {
          if (!replicas.includes(credentials) || !isReplicaUnavailable(error)) throw error;
          logger.warn({ err: String(error) }, 'read replica unreachable at start: reads go to the primary meanwhile');
          const PgPool: new (config: object) => Pool = driver.postgres.Pool;
          const pool = new PgPool({
            connectionString: credentials.url,
            connectionTimeoutMillis: options.connectTimeoutMS,
            application_name: options.applicationName,
            max: options.poolSize,
            ...options.extra,
          });
          pool.on('error', (e) => logger.warn({ err: String(e) }, 'read replica pool error'));
          return pool;
        }
      };
    }
    return super.initialize();
  }

  replicaStatus(): ReplicaStatus | null {
    return this.monitor?.status() ?? null;
  }

  override async destroy(): Promise<void> {
    this.monitor?.stop();
    await Promise.all(this.probeConnections.map((c) => c.close()));
    await super.destroy();
  }

  /** Runs a read on the replica, or on the primary when the replica turns out to be unavailable. */
  private async onReplicaElsePrimary<T>(
    replica: (runner: QueryRunner) => Promise<T>,
    primary: () => Promise<T>,
  ): Promise<T> {
    try {
      return await replica(super.createQueryRunner('slave'));
    } catch (error) {
      if (!isReplicaUnavailable(error)) throw error;
      this.fellBack(error);
      return primary();
    }
  }

  override async query<T = any>(query: string, parameters?: any[], queryRunner?: QueryRunner): Promise<T> {
    if (queryRunner || !this.readsGoToReplica()) return super.query<T>(query, parameters, queryRunner);
    return this.onReplicaElsePrimary(
      async (replica) => {
        try {
          return await replica.query(query, parameters);
        } finally {
          await replica.release();
        }
      },
      () => super.query<T>(query, parameters),
    );
  }

  /**
   * Query-builder and repository reads ask for a 'slave' runner: it falls back to
   * the primary statement by statement, like `query()`.
   */
  override createQueryRunner(mode: ReplicationMode = 'master'): QueryRunner {
    if (mode !== 'slave' || !this.replicated) return super.createQueryRunner(mode);
    if (this.monitor && !this.monitor.usable()) return super.createQueryRunner('master');
    const runner = super.createQueryRunner('slave');
    const replicaQuery = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
      try {
        return await replicaQuery(...args);
      } catch (error) {
        if (runner.isTransactionActive || !isReplicaUnavailable(error)) throw error;
        this.fellBack(error);
        const primary = super.createQueryRunner('master');
        try {
          return await (primary.query as (...a: unknown[]) => Promise<unknown>).apply(primary, args);
        } finally {
          await primary.release();
        }
      }
    };
    return runner;
  }

  override defaultReplicationModeForReads(): ReplicationMode {
    return this.readsGoToReplica() ? 'slave' : 'master';
  }
}

/** Marks a GraphQL request read-only once its operation is known to be a query. */
export function readRoutingPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const scope = currentRequestScope();
          if (scope) scope.readOnly = operation?.operation === 'query';
        },
      };
    },
  };
}
