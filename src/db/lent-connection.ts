import type { DataSource, QueryRunner } from 'typeorm';

/**
 * A long import on a one-connection pool (the embedded PGlite database: one
 * backend, one connection) would hold that connection for its whole
 * transaction — 36 s for a program year of activities — and every request
 * would wait behind it, `locate` included. While such an import runs it
 * *lends* its connection: reads of reference data that the import cannot
 * change (the colonia and territorial polygons `locate` reads; no tabular
 * layer writes them) run on it, between two of the import's statements.
 *
 * - One queue orders the import's statements and the borrowed ones: nothing
 *   is sent on the connection while another statement runs, so a borrowed
 *   read never splits one of the import's steps.
 * - Each borrowed read runs inside a SAVEPOINT, with the request's statement
 *   timeout instead of the import's: if it fails, ROLLBACK TO SAVEPOINT leaves
 *   the import's transaction exactly as it was.
 * - A borrowed read sees the import's uncommitted rows; that is why only
 *   reads of data no lending import writes may borrow (`referenceQuery`).
 *
 * On a pool of more than one connection (PostgreSQL) nothing is lent: the
 * import keeps its connection and reads take another.
 */

interface Lender {
  dataSource: DataSource;
  /** Set once the import's transaction has begun. */
  runner?: QueryRunner;
  /** Resolves true once `runner` is set, false if the import ends without lending. */
  ready: Promise<boolean>;
  settle: (lending: boolean) => void;
  /** The tail of the queue: resolves when everything queued so far has run. */
  tail: Promise<unknown>;
  requestTimeoutMs: number;
  restoreTimeoutMs: number;
}

let lender: Lender | null = null;

/** Runs `work` after everything queued on the lender, and before anything queued later. */
function enqueue<T>(current: Lender, work: () => Promise<T>): Promise<T> {
  const run = current.tail.then(work, work);
  current.tail = run.catch(() => undefined);
  return run;
}

/** Whether `dataSource`'s pool is a single connection (the embedded mode). */
export function hasOneConnection(dataSource: DataSource): boolean {
  const extra = (dataSource.options as { extra?: { max?: number } }).extra;
  return extra?.max === 1;
}

/** What the import sends its statements through while it lends its connection. */
export interface LentConnection {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/** An import's lending, announced before it takes the connection. */
export interface Lending {
  /** Starts lending `runner`, once its transaction has begun; the import's statements go through the answer. */
  attach(runner: QueryRunner): LentConnection;
  /** Stops lending; resolves once the borrowed reads already queued have run. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Announced BEFORE the import asks the pool for its connection: a reference read that comes
 * after this waits for the lent connection instead of queueing in the pool behind the whole
 * import (one that came before is ahead of the import in the pool's queue). Nothing is lent
 * when `dataSource` has more than one connection or another import is lending. Statement
 * timeouts in milliseconds: `requestTimeoutMs` for borrowed reads, `importTimeoutMs` restored after each.
 */
export function announceLending(
  dataSource: DataSource,
  timeouts: { requestTimeoutMs: number; importTimeoutMs: number },
): Lending {
  if (!hasOneConnection(dataSource) || lender)
    return {
      attach: (runner) => ({ query: (sql, params) => runner.query(sql, params) }),
      close: async () => undefined,
    };
  let settle: (lending: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => (settle = resolve));
  const mine: Lender = {
    dataSource,
    ready,
    settle,
    tail: Promise.resolve(),
    requestTimeoutMs: timeouts.requestTimeoutMs,
    restoreTimeoutMs: timeouts.importTimeoutMs,
  };
  lender = mine;
  return {
    attach: (runner) => {
      mine.runner = runner;
      mine.settle(true);
      return { query: (sql, params) => enqueue(mine, () => runner.query(sql, params)) };
    },
    close: async () => {
      if (lender === mine) lender = null;
      mine.settle(false);
      await mine.tail;
    },
  };
}

/**
 * A read of reference data no import writes (colonia and territorial polygons): on the
 * lending import's connection when one is lending on `dataSource`, else as usual.
 */
export async function referenceQuery<T = any>(dataSource: DataSource, sql: string, params?: unknown[]): Promise<T> {
  const current = lender;
  if (!current || current.dataSource !== dataSource || !(await current.ready) || !current.runner)
    return dataSource.query(sql, params);
  const runner = current.runner;
  return enqueue(current, async () => {
    await runner.query(`SAVEPOINT lent_read; SET LOCAL statement_timeout = ${current.requestTimeoutMs}`);
    try {
      const rows = await runner.query(sql, params);
      await runner.query(`SET LOCAL statement_timeout = ${current.restoreTimeoutMs}; RELEASE SAVEPOINT lent_read`);
      return rows as T;
    } catch (error) {
      await runner.query('ROLLBACK TO SAVEPOINT lent_read; RELEASE SAVEPOINT lent_read');
      throw error;
    }
  });
}
