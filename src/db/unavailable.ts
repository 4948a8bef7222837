import { AppError, ErrorCode } from '../common/errors';
import { config } from '../config/config';

/**
 * Database unavailability — the server shutting down or restarting (57P01 admin_shutdown,
 * 57P02 crash_shutdown, 57P03 cannot_connect_now), connection failures (class 08, 53300 too
 * many connections), a refused or reset socket, a pool that could not get a connection in
 * time — is an outage, not a bug: clients get SERVICE_UNAVAILABLE (HTTP 503, Retry-After)
 * and, when nothing can have been committed, `retryable: true`.
 */

/** Seconds a client is asked to wait (Retry-After) during a database outage. */
export const RETRY_AFTER_SECONDS = 5;

const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006', '08P01']);
const ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOENT', 'EHOSTUNREACH', 'ENETUNREACH']);
const MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /^Connection ended unexpectedly/i,
  /the database system is (shutting down|starting up|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Cannot use a pool after calling end on the pool/i,
  // TypeORM releases a query runner whose connection failed; its next statement says this.
  /Query runner already released/i,
];

/** Whether `error` (or what it wraps: TypeORM's driverError, `cause`) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (error instanceof AppError) return error.code === ErrorCode.SERVICE_UNAVAILABLE;
  const { code, errno, message, driverError, cause } = error as {
    code?: unknown;
    errno?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (SQLSTATES.has(code) || ERRNOS.has(code))) return true;
  if (typeof errno === 'string' && ERRNOS.has(errno)) return true;
  if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}

/**
 * The client's error for an outage. `retryable` is true when the request certainly changed
 * nothing (a read, or a write whose COMMIT was never sent); a write that lost its connection
 * while COMMIT was in flight may or may not have committed, and says so.
 */
export function serviceUnavailable(retryable = true): AppError {
  const error = new AppError(
    ErrorCode.SERVICE_UNAVAILABLE,
    retryable
      ? `The database is unavailable; nothing was changed: retry in ${RETRY_AFTER_SECONDS} s`
      : 'The database connection was lost while the write was being committed: it may or may not have been saved; check before retrying',
  );
  (error.extensions as Record<string, unknown>).retryable = retryable;
  return error;
}

/**
 * A statement PostgreSQL cancelled (57014 query_canceled): the per-statement limit
 * (DB_STATEMENT_TIMEOUT_MS, statement_timeout) ran out, or the request was stopped. Nothing
 * of the statement was committed: the client gets a retryable 503 naming the limit, not a 500.
 */
export function isStatementCancelled(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5 || error instanceof AppError) return false;
  const { code, driverError, cause } = error as { code?: unknown; driverError?: unknown; cause?: unknown };
  if (code === '57014') return true;
  return isStatementCancelled(driverError, depth + 1) || isStatementCancelled(cause, depth + 1);
}

export function statementCancelled(): AppError {
  const limit = config().DB_STATEMENT_TIMEOUT_MS;
  const error = new AppError(
    ErrorCode.SERVICE_UNAVAILABLE,
    `A database statement ran past its time limit (DB_STATEMENT_TIMEOUT_MS, ${limit} ms) and was cancelled; nothing was changed: retry later, or ask for less (a smaller page, window or area)`,
  );
  (error.extensions as Record<string, unknown>).retryable = true;
  return error;
}
