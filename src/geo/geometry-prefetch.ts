import { getArgumentValues, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { geoJsonSql, MAX_PRECISION } from './spatial-sql';

/**
 * A list can read its items' `geometry` in its own statement: the items then
 * answer the field synchronously, with no loader call and no promise per item
 * (a page of 500 colonias with geometry: one statement fewer and ~1,500
 * promises fewer). The geometry field resolver looks here first and falls back
 * to its loader, so a list that does not prefetch stays correct.
 */

/** Geometry text fetched with a row, by the row object, with the precision it was written at. */
const prefetched = new WeakMap<object, { precision: number; text: string | null }>();

/** The geometry text a list fetched for `row` at `precision`; undefined when it fetched none (ask the loader). */
export function prefetchedGeometry(row: object, precision: number): string | null | undefined {
  const entry = prefetched.get(row);
  return entry && entry.precision === precision ? entry.text : undefined;
}

/**
 * The one precision at which `geometry` is selected on `typeName` in `fieldNodes` (aliases
 * included); undefined when it is not selected, selected at several precisions, or at one out
 * of range (the field resolver then refuses it as before).
 */
export function selectedGeometryPrecision(
  info: GraphQLResolveInfo,
  typeName: string,
  fieldNodes: readonly FieldNode[],
): number | undefined {
  const type = info.schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields().geometry : undefined;
  if (!field || fieldNodes.length === 0) return undefined;
  const precisions = new Set<unknown>();
  for (const node of fieldNodes) {
    try {
      precisions.add(getArgumentValues(field, node, info.variableValues).precision);
    } catch {
      return undefined; // arguments that do not coerce: execution reports them
    }
  }
  if (precisions.size !== 1) return undefined;
  const [precision] = precisions;
  return Number.isInteger(precision) && (precision as number) >= 0 && (precision as number) <= MAX_PRECISION
    ? (precision as number)
    : undefined;
}

/**
 * Adds the geometry of `alias`.geom at `precision` to a list's query builder and returns
 * the rows with their geometry remembered for prefetchedGeometry (no precision: the plain list).
 * `withRaw` sees each entity with its raw row (for columns the query adds, e.g. a score).
 */
export async function manyWithGeometry<T extends { id: number }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  precision: number | undefined,
  withRaw?: (entity: T, raw: Record<string, unknown>) => void,
): Promise<T[]> {
  if (precision === undefined && !withRaw) return qb.getMany();
  if (precision !== undefined)
    qb.addSelect(geoJsonSql(`${alias}.geom`, ':geometryPrecision'), 'prefetched_geometry').setParameter(
      'geometryPrecision',
      precision,
    );
  const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
  const rows = new Map(raw.map((row) => [Number(row[`${alias}_id`]), row]));
  for (const entity of entities) {
    const row = rows.get(entity.id);
    if (!row) continue;
    if (precision !== undefined) prefetched.set(entity, { precision, text: row.prefetched_geometry as string | null });
    withRaw?.(entity, row);
  }
  return entities;
}
