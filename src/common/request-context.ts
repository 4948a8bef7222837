import { AsyncLocalStorage } from 'node:async_hooks';

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
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
