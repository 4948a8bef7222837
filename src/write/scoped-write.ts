import type { RequestContext } from '../common/request-context';
import { requireTerritorialScope } from '../auth/identity';
import { parseId } from '../common/validate';
import type { VersionedRow, WriteTable } from './write-table';
import { actorOf, runWrite, type WriteTx } from './write-transaction';

/**
 * The update and delete of one row by id and version, as every module's
 * write service does them: parse the id, lock the row at that version in one
 * write transaction, check that the caller may write it, then change or
 * remove it (with its audit entry).
 */

/** Whether the caller may write a locked row: throws (FORBIDDEN) when not. */
export type RowGuard<T> = (ctx: RequestContext, tx: WriteTx, row: T) => Promise<void> | void;

/** The row's own territorial must be in the caller's scope. */
export const inOwnTerritorial: RowGuard<{ territorialId: number }> = (ctx, _tx, row) =>
  requireTerritorialScope(ctx.identity, row.territorialId);

/** No check on the row: the caller's role was checked before (ADMIN-only writes). */
export const anyRow: RowGuard<unknown> = () => undefined;

/** Locks row `id` of `table` at `version`, checks `guard` on it and runs `work` with it, in one write transaction. */
export function writeLocked<T extends VersionedRow, R>(
  ctx: RequestContext,
  table: WriteTable<T>,
  id: string,
  version: number,
  guard: RowGuard<T>,
  work: (tx: WriteTx, before: T) => Promise<R>,
): Promise<R> {
  const rowId = parseId('id', id);
  return runWrite(actorOf(ctx), async (tx) => {
    const before = await tx.lock(table, rowId, version);
    await guard(ctx, tx, before);
    return work(tx, before);
  });
}

/** The one scoped update: `changes` gives the fields to set (see `changesOf`), from the locked row. */
export function updateScoped<T extends VersionedRow>(
  ctx: RequestContext,
  table: WriteTable<T>,
  id: string,
  version: number,
  guard: RowGuard<T>,
  changes: (tx: WriteTx, before: T) => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<T> {
  return writeLocked(ctx, table, id, version, guard, async (tx, before) =>
    tx.update(table, before, await changes(tx, before)),
  );
}

/**
 * The one scoped delete; returns the id. `dependents`, when given, reads what
 * goes with the row before it is removed and returns what to note of it after.
 */
export function deleteScoped<T extends VersionedRow>(
  ctx: RequestContext,
  table: WriteTable<T>,
  id: string,
  version: number,
  guard: RowGuard<T>,
  dependents?: (tx: WriteTx, before: T) => Promise<() => void>,
): Promise<string> {
  return writeLocked(ctx, table, id, version, guard, async (tx, before) => {
    const noteRemoved = await dependents?.(tx, before);
    await tx.remove(table, before);
    noteRemoved?.();
    return String(before.id);
  });
}
