import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyKeyset, toConnection, type Connection, type PageWindow } from './pagination';

/**
 * A page of a filtered list: `filtered()` builds the filtered query (called
 * twice: the page and the total count); keyset on `<alias>.id`. The window
 * comes from `pageWindow(page)`, validated before anything touches the database.
 */
export async function listPage<T extends ObjectLiteral & { id: number }>(
  window: PageWindow,
  alias: string,
  filtered: () => SelectQueryBuilder<T>,
): Promise<Connection<T>> {
  const [rows, totalCount] = await Promise.all([
    applyKeyset(filtered(), window, `${alias}.id`).getMany(),
    filtered().getCount(),
  ]);
  return toConnection(rows, window, totalCount);
}

/** `<column>` within an inclusive date window (either end optional). */
export function applyDateWindow<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  window: { from: string | null; to: string | null },
) {
  if (window.from !== null) qb.andWhere(`${column} >= :windowFrom`, { windowFrom: window.from });
  if (window.to !== null) qb.andWhere(`${column} <= :windowTo`, { windowTo: window.to });
  return qb;
}
