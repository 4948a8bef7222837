import { logger } from '../common/logger';
import { currentRequestScope } from '../common/request-context';
/** Process-wide count of statements sent through the DataSource (benchmarks, tests). */
let statementsTotal = 0;
export function sqlStatementsTotal() {
    return statementsTotal;
}
/**
 * TypeORM hands every statement to its logger before sending it, so this is
 * where statements are counted — per request (through AsyncLocalStorage) and
 * in total. Queries are logged at debug level only; failures and slow queries
 * at warn level without their parameters (they may hold personal data).
 */
export class SqlStatementLogger {
    logQuery(query) {
        statementsTotal += 1;
        const scope = currentRequestScope();
        if (scope)
            scope.sqlStatements += 1;
        if (logger.isLevelEnabled('debug'))
            logger.debug({ sql: query }, 'sql');
    }
    logQueryError(error, query) {
        logger.warn({ sql: query.slice(0, 500), err: String(error) }, 'sql failed');
    }
    logQuerySlow(time, query) {
        logger.warn({ sql: query.slice(0, 500), ms: time }, 'sql slow');
    }
    logSchemaBuild(message) {
        logger.debug(message);
    }
    logMigration(message) {
        logger.info(message);
    }
    log(level, message, _queryRunner) {
        if (level === 'warn')
            logger.warn(String(message));
        else
            logger.debug(String(message));
    }
}
