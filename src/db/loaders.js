import DataLoader from 'dataloader';
import { In } from 'typeorm';
/** Rows of an entity by id, one statement per request. */
export function byIdLoader(dataSource, entity) {
    return new DataLoader(async (ids) => {
        const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
    });
}
/**
 * The children of many parents in one statement: rows of `entity` whose
 * `property` (a foreign key) is one of the keys, grouped by it, in `order`.
 */
export function childrenLoader(dataSource, entity, property, order) {
    return new DataLoader(async (parentIds) => {
        const rows = await dataSource
            .getRepository(entity)
            .find({ where: { [property]: In([...parentIds]) }, order });
        const groups = new Map(parentIds.map((id) => [id, []]));
        for (const row of rows)
            groups.get(row[property])?.push(row);
        return parentIds.map((id) => groups.get(id) ?? []);
    });
}
