import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { logger } from '../common/logger';
import { currentRequestScope } from '../common/request-context';
import { beforeStatement } from '../common/request-stop';

/** Process-wide count of statements sent through the DataSource (benchmarks, tests). */
let statementsTotal = 0;
export function sqlStatementsTotal(): number {
  return statementsTotal;
}

/**
 * Work whose failures or slowness the server expects (a capability probe, its own background load):
 * their statements' failures and slow runs are logged at info, not warn, so that an expected start
 * prints no warning.
 */
const expected = new AsyncLocalStorage<string>();
export function expectedSqlWork<T>(why: string, work: () => Promise<T>): Promise<T> {
  return expected.run(why, work);
}

/**
 * TypeORM hands every statement to its logger before sending it, so this is
 * where statements are counted — per request (through AsyncLocalStorage) and
 * in total. Queries are logged at debug level only; failures and slow queries
 * at warn level without their parameters (they may hold personal data).
 */
export class SqlStatementLogger implements TypeOrmLogger {
  logQuery(query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    // A stopped request (timeout, response cap) sends no further statement; its running ones can be cancelled.
    // Except ROLLBACK: a transaction left open would hold its locks on a pooled connection ("idle in transaction").
    if (!/^\s*ROLLBACK\b/i.test(query))
      beforeStatement((queryRunner as { databaseConnection?: unknown } | undefined)?.databaseConnection);
    statementsTotal += 1;
    const scope = currentRequestScope();
    if (scope) scope.sqlStatements += 1;
    if (logger.isLevelEnabled('debug')) logger.debug({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    const why = expected.getStore();
    if (why) logger.info({ sql: query.slice(0, 120), err: String(error), expected: why }, 'sql failed (expected)');
    else logger.warn({ sql: query.slice(0, 500), err: String(error) }, 'sql failed');
  }
  logQuerySlow(time: number, query: string): void {
    const why = expected.getStore();
    if (why) logger.info({ sql: query.slice(0, 120), ms: time, expected: why }, 'sql slow (expected)');
    else logger.warn({ sql: query.slice(0, 500), ms: time }, 'sql slow');
  }
  logSchemaBuild(message: string): void {
    logger.debug(message);
  }
  logMigration(message: string): void {
    logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown, _queryRunner?: QueryRunner): void {
    if (level === 'warn') logger.warn(String(message));
    else logger.debug(String(message));
  }
}
