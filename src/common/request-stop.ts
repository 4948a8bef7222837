import type { ApolloServerPlugin } from '@apollo/server';
import { Client } from 'pg';
import { AppError, ErrorCode } from './errors';
import { logger } from './logger';
import { currentRequestScope, type RequestScope } from './request-context';
import { config } from '../config/config';

/**
 * Stopping a request's work, not just its answer. When a request times out or its response
 * grows past the byte cap, `stopRequest` marks its scope:
 * - every further SQL statement of the request is refused before it is sent
 *   (src/db/sql-statement-logger.ts), so GraphQL execution runs dry instead of going on;
 * - statements still running are cancelled: on PostgreSQL a CancelRequest for each client
 *   that is running one for this request (its connection's errors handled: a reset cancel
 *   connection must not end the process); the embedded PGlite ignores CancelRequest and
 *   statement_timeout, so there the engine is interrupted (src/db/embedded-postgis.ts:
 *   its thread restarted on the same data) when this request's statement is still running.
 */

/** How a running statement is stopped when no CancelRequest can do it (the embedded engine's interrupt). */
let engineInterrupt: ((reason: string) => Promise<boolean>) | undefined;
export function useEngineInterrupt(interrupt: ((reason: string) => Promise<boolean>) | undefined): void {
  engineInterrupt = interrupt;
}

/** Largest GraphQL response, bytes of GeoJSON text (MAX_RESPONSE_BYTES, default 4 MiB: serializing the answer holds the event loop, ~10 ms per MB on a quiet machine). */
export function maxResponseBytes(): number {
  return config().MAX_RESPONSE_BYTES;
}

interface PgClientInternals {
  activeQuery?: unknown;
  processID?: number;
  connectionParameters?: Record<string, unknown>;
  __territorioScope?: RequestScope;
}

/** Called for every statement about to be sent: remembers its client, refuses it if the request was stopped. */
export function beforeStatement(client: unknown): void {
  const scope = currentRequestScope();
  if (!scope) return;
  if (scope.stopped) throw stoppedError(scope);
  if (client && typeof client === 'object') {
    (client as PgClientInternals).__territorioScope = scope;
    (scope.clients ??= new Set()).add(client);
  }
}

export function stoppedError(scope: RequestScope): AppError {
  const stopped = scope.stopped!;
  return new AppError(
    stopped.reason === 'timeout' ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.PAYLOAD_TOO_LARGE,
    stopped.message,
  );
}

export function stopRequest(scope: RequestScope, reason: 'timeout' | 'too-large', message: string): void {
  if (scope.stopped) return;
  scope.stopped = { reason, message };
  let cancelled = 0;
  for (const candidate of scope.clients ?? []) {
    const client = candidate as PgClientInternals & Client;
    if (client.__territorioScope !== scope || !client.activeQuery) continue;
    cancelled += 1;
    if (engineInterrupt) {
      // A response cap is reached once rows came back: the statement still running ends soon. Only a
      // timeout (a statement that may run for minutes) is worth the engine's restart.
      if (reason !== 'timeout') continue;
      void engineInterrupt(`request ${scope.requestId} stopped (${reason}) while its statement ran`).catch((error) =>
        logger.error({ err: String(error) }, 'could not interrupt the embedded engine'),
      );
      continue;
    }
    cancelStatement(client);
  }
  logger.warn({ requestId: scope.requestId, reason, cancelled }, 'request stopped');
}

/**
 * pg's own cancel: a CancelRequest (processID + secret key) on a new connection with the same
 * parameters. Client.cancel connects that connection without the listeners `connect()` adds,
 * so an error on it (the server resetting it) would be an unhandled 'error' event that ends the
 * process: the connection's errors are caught here.
 */
function cancelStatement(client: PgClientInternals & Client): void {
  try {
    const canceller = new Client(client.connectionParameters as never) as Client & {
      cancel(target: Client, query: unknown): void;
      connection: NodeJS.EventEmitter & { stream?: NodeJS.EventEmitter };
    };
    const ignore = (error: unknown) => logger.warn({ err: String(error) }, 'the cancel connection failed');
    canceller.on('error', ignore);
    canceller.connection.on('error', ignore);
    canceller.connection.stream?.on('error', ignore);
    canceller.cancel(client, client.activeQuery);
  } catch (error) {
    logger.warn({ err: String(error) }, 'could not cancel a statement');
  }
}

/** Counts GeoJSON text towards the response byte cap; past it, stops the request. */
export function countResponseBytes(bytes: number): void {
  const scope = currentRequestScope();
  if (!scope) return;
  if (scope.stopped) throw stoppedError(scope);
  scope.responseBytes = (scope.responseBytes ?? 0) + bytes;
  const cap = maxResponseBytes();
  if (scope.responseBytes > cap) {
    stopRequest(
      scope,
      'too-large',
      `The response would be larger than ${cap} bytes: ask for fewer features, lower precision or simplifyMeters`,
    );
    throw stoppedError(scope);
  }
}

/**
 * A GraphQL request stopped for its size answers one error and HTTP 413 (not thousands of
 * per-field errors around a partial result).
 */
export function stoppedResponsePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const scope = currentRequestScope();
          if (!scope?.stopped || response.body.kind !== 'single') return;
          const error = stoppedError(scope);
          response.body.singleResult = { errors: [{ message: error.message, extensions: { code: error.code } }] };
          response.http.status = error.httpStatus;
        },
      };
    },
  };
}
