import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { badInput } from '../common/errors';
import { currentRequestScope, type RequestScope } from '../common/request-context';
import { isReplicaUnavailable, RoutedDataSource } from './read-routing';
import { config } from '../config/config';

/**
 * Read-your-writes with a read replica (docs/SCALING.md, "Read-your-writes").
 *
 * - A GraphQL mutation answers with the primary's WAL insert position after
 *   its commit (at or past the commit record whatever synchronous_commit says): header `Territorio-LSN: 0/3A1B2C8` and a cookie `territorio_lsn`
 *   (Max-Age READ_YOUR_WRITES_COOKIE_SECONDS, default 300) for browsers.
 * - A read that sends it back (the header, else the cookie) is answered by the
 *   replica only once the replica has replayed that position: one statement,
 *   `replica_wait_for_lsn(lsn, READ_YOUR_WRITES_WAIT_MS)` (default 250 ms),
 *   waits on the replica for it; if the replica is still behind after that,
 *   the request reads from the primary. Either way the client sees its write.
 * - Every read answer says where it read: `Territorio-Read-From: replica|primary`.
 *
 * Without DATABASE_READ_URL the position is still validated (a malformed one is
 * a 400 BAD_USER_INPUT naming it) and otherwise ignored: everything reads
 * the primary.
 */

export const LSN_HEADER = 'territorio-lsn';
export const LSN_COOKIE = 'territorio_lsn';
export const READ_FROM_HEADER = 'territorio-read-from';
const LSN_PATTERN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The LSN the client last wrote at (header, else cookie); throws BAD_USER_INPUT when malformed. */
export function requestedLsn(req: Request): string | undefined {
  const header = req.header(LSN_HEADER);
  if (header !== undefined) {
    if (!LSN_PATTERN.test(header.trim()))
      throw badInput('Territorio-LSN', 'must be a WAL position like 0/3A1B2C8, as a mutation returned it');
    return header.trim().toUpperCase();
  }
  const cookie = cookieValue(req.header('cookie'), LSN_COOKIE);
  if (cookie !== undefined) {
    if (!LSN_PATTERN.test(cookie))
      throw badInput('territorio_lsn', 'cookie must be a WAL position like 0/3A1B2C8, as a mutation set it');
    return cookie.toUpperCase();
  }
  return undefined;
}

/**
 * For a read-only request carrying an LSN: wait (bounded) for the replica to
 * replay it, else send the request's reads to the primary.
 */
export async function routeForMinLsn(dataSource: DataSource, scope: RequestScope): Promise<void> {
  if (!scope.readOnly || !scope.minLsn || !(dataSource instanceof RoutedDataSource) || !dataSource.replicated) return;
  if (dataSource.monitor && !dataSource.monitor.usable()) {
    scope.readOnly = false;
    return;
  }
  const waitMs = config().READ_YOUR_WRITES_WAIT_MS;
  const replica = dataSource.replicaQueryRunner();
  try {
    const [{ replayed }] = await replica.query('SELECT replica_wait_for_lsn($1::pg_lsn, $2) AS replayed', [
      scope.minLsn,
      waitMs,
    ]);
    if (!replayed) scope.readOnly = false;
  } catch (error) {
    if (!isReplicaUnavailable(error)) throw error;
    dataSource.monitor?.markDown(error);
    scope.readOnly = false;
  } finally {
    await replica.release();
  }
}

/** Express: parses the LSN for every request; GET/HEAD reads are routed here (GraphQL in the plugin). */
export function readYourWritesMiddleware(dataSource: DataSource) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const scope = res.locals.scope as RequestScope;
    try {
      scope.minLsn = requestedLsn(req);
      if (req.method === 'GET' || req.method === 'HEAD') {
        await routeForMinLsn(dataSource, scope);
        if (dataSource instanceof RoutedDataSource && dataSource.replicated)
          res.setHeader(READ_FROM_HEADER, dataSource.readsWouldGoToReplica(scope) ? 'replica' : 'primary');
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** GraphQL: routes queries carrying an LSN; answers mutations with the primary's LSN after commit. */
export function readYourWritesPlugin(dataSource: DataSource): ApolloServerPlugin {
  const replicated = dataSource instanceof RoutedDataSource && dataSource.replicated;
  const cookieSeconds = config().READ_YOUR_WRITES_COOKIE_SECONDS;
  return {
    async requestDidStart() {
      let kind: string | undefined;
      return {
        async didResolveOperation({ operation }) {
          kind = operation?.operation;
          const scope = currentRequestScope();
          if (!replicated || !scope || kind !== 'query') return;
          scope.readOnly = true; // as readRoutingPlugin does: a query's reads may go to the replica
          await routeForMinLsn(dataSource, scope);
        },
        async willSendResponse({ response }) {
          const scope = currentRequestScope();
          if (!replicated || !scope || !kind) return;
          if (kind === 'mutation') {
            const [{ lsn }] = await dataSource.query('SELECT pg_current_wal_insert_lsn()::text AS lsn');
            response.http.headers.set(LSN_HEADER, lsn);
            response.http.headers.set(
              'set-cookie',
              `${LSN_COOKIE}=${lsn}; Path=/; Max-Age=${cookieSeconds}; HttpOnly; SameSite=Lax`,
            );
          } else if (kind === 'query') {
            response.http.headers.set(
              READ_FROM_HEADER,
              (dataSource as RoutedDataSource).readsWouldGoToReplica(scope) && !scope.replicaFellBack
                ? 'replica'
                : 'primary',
            );
          }
        },
      };
    },
  };
}
