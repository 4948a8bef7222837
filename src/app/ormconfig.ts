import 'reflect-metadata';
import type { DataSourceOptions } from 'typeorm';
import { RoutedDataSource } from '../db/read-routing';
import { entities } from './registry';
import { SqlStatementLogger } from '../db/sql-statement-logger';
import { migrations } from '../../migrations';
import { config } from '../config/config';

/**
 * With DATABASE_READ_URL (a streaming replica), TypeORM replication: writes and
 * transactions on DATABASE_URL, reads of read-only requests on the replica
 * (src/db/read-routing.ts).
 */
function connection(): Pick<DataSourceOptions & { type: 'postgres' }, 'url' | 'replication'> {
  const { DATABASE_READ_URL: readUrl, DATABASE_URL: url } = config();
  if (!readUrl) return { url };
  if (!url) throw new Error('DATABASE_READ_URL needs DATABASE_URL (the primary); the embedded mode has no replicas');
  return { replication: { master: { url }, slaves: [{ url: readUrl }] } };
}

/**
 * The one DataSource of the app, the CLI and the tests (and of the TypeORM CLI:
 * `npx typeorm -d dist/src/app/ormconfig.js migration:show`, after `node build.mjs`; one export only).
 *
 * With DATABASE_URL it points at that PostgreSQL/PostGIS server. Without it,
 * `openDatabase()` (src/db/database.ts) starts the embedded PGlite + PostGIS
 * server on a loopback port and points this DataSource at it with
 * `setOptions` before initializing, so both modes share one code path.
 */
export const dataSource = new RoutedDataSource({
  type: 'postgres',
  ...connection(),
  entities,
  migrations,
  migrationsTableName: 'typeorm_migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  logger: new SqlStatementLogger(),
  maxQueryExecutionTime: 1000,
  extra: {
    max: config().DB_POOL_SIZE,
    // Server-side guard against runaway statements (milliseconds). No JIT: the API's statements run in
    // milliseconds, and one the planner prices high (locateMany's 10,000 lateral lookups) spent 580 ms
    // compiling for a 560 ms execution (docs/PERFORMANCE.md, batch locate).
    options: `-c statement_timeout=${config().DB_STATEMENT_TIMEOUT_MS} -c jit=off`,
  },
});
