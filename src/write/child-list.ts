import type { VersionedRow, WriteTable } from './write-table';
import type { WriteTx } from './write-transaction';

/**
 * Child rows written as one field of their parent row (an ECOS school's
 * facilitators, an agenda's projects): read in order, replaced whole, and
 * each change noted on the parent's audit entry under `field`. The module
 * keeps its SQL; this is the one way such a list is written.
 */
export interface ChildList {
  /** The parent's field (the input's argument) the list is, as audit entries name it. */
  field: string;
  /** The values of parent `$1`, in order, as column `value`. */
  selectSql: string;
  /** Removes the rows of parent `$1`. */
  deleteSql: string;
  /** Inserts the rows of parent `$1` for the values of the array `$2`, in order. */
  insertSql: string;
}

/** The list's values of one parent, in order. */
async function readChildren<V>(tx: WriteTx, list: ChildList, parentId: number): Promise<V[]> {
  const rows: { value: V }[] = await tx.query(list.selectSql, [parentId]);
  return rows.map((r) => r.value);
}

/**
 * Replaces a parent's list (`previous` → `values`), noted on its audit entry. Values the database refuses (an
 * unknown id, a duplicate) fail after the parent row was written: the transaction takes both back.
 */
export async function replaceChildren<V>(
  tx: WriteTx,
  parent: WriteTable<VersionedRow>,
  list: ChildList,
  parentId: number,
  previous: V[],
  values: V[],
): Promise<void> {
  if (previous.length > 0) await tx.query(list.deleteSql, [parentId]);
  if (values.length > 0) await tx.query(list.insertSql, [parentId, values]);
  tx.note(
    parent.entity,
    parentId,
    list.field,
    previous.length > 0 ? previous : null,
    values.length > 0 ? values : null,
  );
}

/**
 * An update's new list: replaced when it differs from the stored one. A list-only change is a change of the
 * parent: its version moves too. Returns the parent row as it now is.
 */
export async function updateChildren<T extends VersionedRow, V>(
  tx: WriteTx,
  parent: WriteTable<T>,
  list: ChildList,
  before: T,
  after: T,
  values: V[],
): Promise<T> {
  const previous = await readChildren<V>(tx, list, before.id);
  if (JSON.stringify(previous) === JSON.stringify(values)) return after;
  const current = after === before ? await tx.bump(parent, before) : after;
  await replaceChildren(tx, parent, list, before.id, previous, values);
  return current;
}

/** Before a parent is deleted (its list going with it, ON DELETE CASCADE): reads the list, returns its note. */
export async function childrenRemoved(
  tx: WriteTx,
  parent: WriteTable<VersionedRow>,
  list: ChildList,
  parentId: number,
): Promise<() => void> {
  const previous = await readChildren(tx, list, parentId);
  return () => tx.note(parent.entity, parentId, list.field, previous.length > 0 ? previous : null, null);
}
