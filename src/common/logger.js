import pino from 'pino';
/**
 * Structured JSON logs (pino). LOG_LEVEL overrides; tests are quiet by default.
 * Lines go to stdout (LOG_DESTINATION=stderr: stderr) through an asynchronous
 * destination: a request never waits for its log line to be written, and lines
 * written while a write is in flight are coalesced into the next one. pino
 * flushes what is buffered synchronously when the process exits.
 */
export const logger = pino({
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'territorio' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
}, pino.destination({ dest: process.env.LOG_DESTINATION === 'stderr' ? 2 : 1, sync: false }));
