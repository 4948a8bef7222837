import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type ObjectLiteral } from 'typeorm';

/** Rows of an entity by id, one statement per request. */
export function byIdLoader<T extends ObjectLiteral & { id: number }>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * The children of many parents in one statement: rows of `entity` whose
 * `property` (a foreign key) is one of the keys, grouped by it, in `order`.
 */
export function childrenLoader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  property: keyof T & string,
  order: FindOptionsOrder<T>,
) {
  return new DataLoader<number, T[]>(async (parentIds) => {
    const rows = await dataSource
      .getRepository(entity)
      .find({ where: { [property]: In([...parentIds]) } as never, order });
    const groups = new Map<number, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row[property] as number)?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}
