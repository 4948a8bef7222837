import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type ObjectLiteral } from 'typeorm';

/**
 * Rows by id, batched into one statement per tick, that also answers synchronously for a row
 * this request has already loaded or primed (`peek`): a list that loads its items' relations
 * up front lets each item's field resolver return the row itself instead of a promise.
 */
export class RowLoader<T extends { id: number }> extends DataLoader<number, T | null> {
  private readonly loaded: Map<number, T | null>;

  constructor(batch: (ids: readonly number[]) => Promise<(T | null)[]>) {
    const loaded = new Map<number, T | null>();
    super(async (ids) => {
      const rows = await batch(ids);
      ids.forEach((id, i) => loaded.set(id, rows[i]));
      return rows;
    });
    this.loaded = loaded;
  }

  /** The row if this request has loaded or primed it (null: loaded, does not exist); undefined otherwise. */
  peek(id: number): T | null | undefined {
    return this.loaded.get(id);
  }

  override prime(id: number, value: T | null | PromiseLike<T | null> | Error): this {
    if (!(value instanceof Error) && !isPromiseLike(value)) this.loaded.set(id, value);
    return super.prime(id, value);
  }

  override clear(id: number): this {
    this.loaded.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.loaded.clear();
    return super.clearAll();
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** Rows of an entity by id, one statement per request. */
export function byIdLoader<T extends ObjectLiteral & { id: number }>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new RowLoader<T>(async (ids) => {
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

/** What a request loader gives for a key that must have it (a foreign key, a NOT NULL column): an internal error otherwise. */
export async function loadRequired<K, V>(
  loader: { load(key: K): Promise<V | null> },
  key: K,
  missing: () => string,
): Promise<V> {
  const value = await loader.load(key);
  if (!value) throw new Error(missing());
  return value;
}

/** A many-to-many link: `table` pairs a key (`keyColumn`) with a row of the entity (`rowColumn`, its id). */
export interface Link {
  table: string;
  keyColumn: string;
  rowColumn: string;
}

/**
 * The rows of `entity` (alias `alias`) linked to many keys, in one statement: grouped by key, each group in
 * `orderBy` (a column of the alias) ascending.
 */
export function linkedLoader<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  { table, keyColumn, rowColumn }: Link,
  orderBy: string,
) {
  return new DataLoader<number, T[]>(async (keys) => {
    const rows = await dataSource
      .getRepository(entity)
      .createQueryBuilder(alias)
      .innerJoin(table, 'f', `f.${rowColumn} = ${alias}.id`)
      .addSelect(`f.${keyColumn}`, 'link_key')
      .where(`f.${keyColumn} = ANY(:keys)`, { keys })
      .orderBy(orderBy, 'ASC')
      .getRawAndEntities();
    // Entities come back deduplicated by id, raw rows once per (key, row).
    const byId = new Map(rows.entities.map((row) => [row.id, row]));
    const groups = new Map<number, T[]>(keys.map((key) => [key, []]));
    for (const raw of rows.raw as Record<string, number>[])
      groups.get(raw.link_key)?.push(byId.get(raw[`${alias}_id`])!);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
