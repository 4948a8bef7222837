import 'reflect-metadata';
import type { DataSourceOptions } from 'typeorm';
import { RoutedDataSource } from './src/db/read-routing';
import { entities } from './src/registry';
import { SqlStatementLogger } from './src/db/sql-statement-logger';
import { migrations } from './migrations';

/**
 * With DATABASE_READ_URL (a streaming replica), TypeORM replication: writes and
 * transactions on DATABASE_URL, reads of read-only requests on the replica
 * (src/db/read-routing.ts).
 */
function connection(): Pick<DataSourceOptions & { type: 'postgres' }, 'url' | 'replication'> {
  const readUrl = process.env.DATABASE_READ_URL;
  if (!readUrl) return { url: process.env.DATABASE_URL };
  if (!process.env.DATABASE_URL)
    throw new Error('DATABASE_READ_URL needs DATABASE_URL (the primary); the embedded mode has no replicas');
  return { replication: { master: { url: process.env.DATABASE_URL }, slaves: [{ url: readUrl }] } };
}

/**
 * The one DataSource of the app, the CLI and the tests.
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
    max: Number(process.env.DB_POOL_SIZE ?? 10),
    // Server-side guard against runaway statements (milliseconds). No JIT: the API's statements run in
    // milliseconds, and one the planner prices high (locateMany's 10,000 lateral lookups) spent 580 ms
    // compiling for a 560 ms execution (docs/PERFORMANCE.md, batch locate).
    options: `-c statement_timeout=${Number(process.env.DB_STATEMENT_TIMEOUT_MS ?? 15000)} -c jit=off`,
  },
});

export default dataSource;
