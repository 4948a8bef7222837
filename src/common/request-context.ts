import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';
import type { Identity } from '../auth/identity';

/** Per-request state that must follow async work down to the database driver. */
export interface RequestScope {
  requestId: string;
  /** SQL statements issued on behalf of this request (counted by the TypeORM logger). */
  sqlStatements: number;
  /** A GET/HEAD or a GraphQL query: its reads may go to a replica (src/db/read-routing.ts). */
  readOnly?: boolean;
  /** The WAL position of the client's last write (Territorio-LSN), for read-your-writes. */
  minLsn?: string;
  /** A read of this request failed on the replica and ran on the primary. */
  replicaFellBack?: boolean;
  /** Estimated cost of the GraphQL operation (src/common/graphql-limits.ts), for the log. */
  cost?: number;
  /** Bytes of GeoJSON text produced so far (the response byte cap, src/geo/geojson.scalar.ts). */
  responseBytes?: number;
  /**
   * Set when the request must stop (timeout, response byte cap): every further SQL statement
   * of the request is refused (src/db/sql-statement-logger.ts) and running ones are cancelled.
   */
  stopped?: { reason: 'timeout' | 'too-large'; message: string };
  /**
   * Charges units of work (a GraphQL operation's cost, an OGC items page's rows and vertices) to the
   * client's budget per minute (src/http/rate-limit.ts); throws a TOO_MANY_REQUESTS AppError past it.
   * Absent when no budget applies.
   */
  chargeWork?: (units: number) => Promise<void>;
  /** Database clients that ran this request's statements (to cancel them on a stop). */
  clients?: Set<unknown>;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/**
 * Runs `fn` outside any request's scope: work a request merely triggers (a background refresh)
 * is neither counted as its statements nor stopped with it.
 */
export function runOutsideRequestScope<T>(fn: () => T): T {
  return storage.exit(fn);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/**
 * Per-request DataLoaders (`ctx.loaders`). Empty here: src/geo adds `geometry`, and each domain
 * module adds its own in its `<module>.module.ts` by interface augmentation:
 *
 *   declare module '../common/request-context' {
 *     interface Loaders { mercomuna: ReturnType<typeof createMercomunaLoaders> }
 *   }
 *
 * src/app/context.ts builds them from the module list (and the type checker holds the two equal).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by interface augmentation
export interface Loaders {}

/** The request context every resolver and service receives first. */
export interface RequestContext {
  requestId: string;
  /** Who is asking (PUBLIC when anonymous); see src/auth. */
  identity: Identity;
  dataSource: DataSource;
  loaders: Loaders;
}

/** Builds a request's context (src/app/context.ts): handed to infrastructure that serves requests. */
export type RequestContextFactory = (dataSource: DataSource, requestId: string, identity?: Identity) => RequestContext;
