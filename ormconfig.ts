import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from './src/db/entities';
import { SqlStatementLogger } from './src/db/sql-statement-logger';
import { migrations } from './migrations';

/**
 * The one DataSource of the app, the CLI and the tests.
 *
 * With DATABASE_URL it points at that PostgreSQL/PostGIS server. Without it,
 * `openDatabase()` (src/db/database.ts) starts the embedded PGlite + PostGIS
 * server on a loopback port and points this DataSource at it with
 * `setOptions` before initializing, so both modes share one code path.
 */
export const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities,
  migrations,
  migrationsTableName: 'typeorm_migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  logger: new SqlStatementLogger(),
  maxQueryExecutionTime: 1000,
  extra: {
    max: Number(process.env.DB_POOL_SIZE ?? 10),
    // Server-side guard against runaway statements (milliseconds).
    options: `-c statement_timeout=${Number(process.env.DB_STATEMENT_TIMEOUT_MS ?? 15000)}`,
  },
});

export default dataSource;
