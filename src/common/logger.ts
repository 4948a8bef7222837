import { Writable } from 'node:stream';
import pino from 'pino';
import { config } from '../config/config';

/**
 * Logs (pino). LOG_LEVEL overrides the level; tests are quiet by default.
 *
 * Format (LOG_FORMAT): on a terminal, readable lines (`13:20:01 INFO  territorio ready  map=… `);
 * otherwise — a file, a pipe, a log collector — one JSON object per line, as `LOG_FORMAT=json` asks
 * anywhere. JSON lines go to stdout (LOG_DESTINATION=stderr, set by CLIs whose stdout is their result:
 * stderr) through an asynchronous destination: a request never waits for its log line to be written.
 * Lines are gathered up to LOG_BUFFER_BYTES and written together, or after at most LOG_FLUSH_MS: under
 * load one write (a trip through libuv's thread pool and a wake-up of the event loop) carries ~20
 * access-log lines instead of one. pino flushes what is buffered synchronously when the process exits.
 */
const LOG_BUFFER_BYTES = 4096;
const LOG_FLUSH_MS = 200;

const toStderr = process.env.LOG_DESTINATION === 'stderr';
const output = toStderr ? process.stderr : process.stdout;
const settings = config();
const format = settings.LOG_FORMAT ?? (output.isTTY ? 'pretty' : 'json');

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const COLOURS: Record<number, string> = { 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[31m' };
const HIDDEN = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service']);

/** One JSON log line as a person reads it: time, level, message, then key=value. */
export function readableLine(json: string, colour: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const level = Number(entry.level);
  const time = new Date(Number(entry.time)).toTimeString().slice(0, 8);
  const fields = Object.entries(entry)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => {
      if (key === 'err' && value && typeof value === 'object')
        return `error=${JSON.stringify((value as { message?: string }).message)}`;
      return `${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`;
    });
  const tag = LEVELS[level] ?? String(level);
  const shownTag = colour && COLOURS[level] ? `${COLOURS[level]}${tag}\x1b[0m` : tag;
  return `${time} ${shownTag} ${String(entry.msg ?? '')}${fields.length ? `  ${fields.join(' ')}` : ''}\n`;
}

function destination(): pino.DestinationStream {
  if (format === 'pretty') {
    const colour = Boolean(output.isTTY);
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        output.write(
          chunk
            .toString('utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => readableLine(line, colour))
            .join(''),
        );
        done();
      },
    });
  }
  const json = pino.destination({ dest: toStderr ? 2 : 1, sync: false, minLength: LOG_BUFFER_BYTES });
  setInterval(() => {
    try {
      json.flush();
    } catch {
      // Destroyed: the process is exiting and pino has flushed what was buffered.
    }
  }, LOG_FLUSH_MS).unref();
  return json;
}

export const logger = pino(
  {
    level: settings.LOG_LEVEL ?? (settings.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'territorio' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
  },
  destination(),
);
