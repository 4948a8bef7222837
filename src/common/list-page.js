import { applyKeyset, toConnection } from './pagination';
/**
 * A page of a filtered list: `filtered()` builds the filtered query (called
 * twice: the page and the total count); keyset on `<alias>.id`. The window
 * comes from `pageWindow(page)`, validated before anything touches the database.
 */
export async function listPage(window, alias, filtered) {
    const [rows, totalCount] = await Promise.all([
        applyKeyset(filtered(), window, `${alias}.id`).getMany(),
        filtered().getCount(),
    ]);
    return toConnection(rows, window, totalCount);
}
/** `<column>` within an inclusive date window (either end optional). */
export function applyDateWindow(qb, column, window) {
    if (window.from !== null)
        qb.andWhere(`${column} >= :windowFrom`, { windowFrom: window.from });
    if (window.to !== null)
        qb.andWhere(`${column} <= :windowTo`, { windowTo: window.to });
    return qb;
}
