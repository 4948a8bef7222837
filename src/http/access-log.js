import { randomUUID } from 'node:crypto';
import { logger } from '../common/logger';
import { runInRequestScope } from '../common/request-context';
const REQUEST_ID = /^[\w.-]{1,64}$/;
/**
 * The first middleware: a request id (the caller's X-Request-Id when sane,
 * else a UUID; echoed in the response), the request scope that counts the SQL
 * statements of this request (AsyncLocalStorage, see sql-statement-logger.ts),
 * and one compact access-log line when the response is finished or the
 * connection closes first:
 *
 *   {"level":30,…,"reqId":"…","method":"POST","url":"/graphql","status":200,"ms":1.4,"sqlStatements":1,"msg":"request"}
 *
 * No headers are logged (they were most of the bytes of a line, and credentials
 * live there). /healthz is not logged.
 */
export function requestScopeAndLog() {
    const enabled = logger.isLevelEnabled('info');
    return (req, res, next) => {
        const incoming = req.headers['x-request-id'];
        const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', requestId);
        // GET/HEAD are read-only (their reads may go to a replica); GraphQL decides per operation.
        const scope = {
            requestId,
            sqlStatements: 0,
            readOnly: req.method === 'GET' || req.method === 'HEAD',
        };
        res.locals.scope = scope;
        if (enabled && req.url !== '/healthz') {
            const started = performance.now();
            const done = () => {
                res.removeListener('finish', done);
                res.removeListener('close', done);
                const line = {
                    reqId: requestId,
                    method: req.method,
                    url: req.originalUrl,
                    status: res.writableFinished ? res.statusCode : undefined,
                    ms: Math.round((performance.now() - started) * 10) / 10,
                    sqlStatements: scope.sqlStatements,
                };
                if (line.status === undefined)
                    logger.warn(line, 'request aborted');
                else if (line.status >= 500)
                    logger.error(line, 'request failed');
                else
                    logger.info(line, 'request');
            };
            res.on('finish', done);
            res.on('close', done);
        }
        runInRequestScope(scope, () => next());
    };
}
