import pino from 'pino';

/**
 * Structured JSON logs (pino). LOG_LEVEL overrides; tests are quiet by default.
 * Lines go to stdout (LOG_DESTINATION=stderr: stderr) through an asynchronous
 * destination: a request never waits for its log line to be written. Lines are
 * gathered up to LOG_BUFFER_BYTES and written together, or after at most
 * LOG_FLUSH_MS: under load one write (a trip through libuv's thread pool and a
 * wake-up of the event loop) carries ~20 access-log lines instead of one. pino
 * flushes what is buffered synchronously when the process exits.
 */
const LOG_BUFFER_BYTES = 4096;
const LOG_FLUSH_MS = 200;

const destination = pino.destination({
  dest: process.env.LOG_DESTINATION === 'stderr' ? 2 : 1,
  sync: false,
  minLength: LOG_BUFFER_BYTES,
});
setInterval(() => {
  try {
    destination.flush();
  } catch {
    // Destroyed: the process is exiting and pino has flushed what was buffered.
  }
}, LOG_FLUSH_MS).unref();

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'territorio' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
  },
  destination,
);
