import pino from 'pino';

/** Structured JSON logs (pino). LOG_LEVEL overrides; tests are quiet by default. */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'territorio' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
  },
  pino.destination(process.env.LOG_DESTINATION === 'stderr' ? 2 : 1),
);
