import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../context';
import { listPage } from '../common/list-page';
import type { Connection, PageWindow } from '../common/pagination';
import { badInput } from '../common/errors';
import { parseId } from '../common/validate';

/** Territorial / colonia filters of the program's lists, validated: ids parse and exist. */
export interface TerritoryFilter {
  territorialId?: number;
  coloniaId?: number;
}

/**
 * Parses `territorialId` / `coloniaId` arguments and checks they exist (through
 * the request's batched loaders), so an unknown id is a BAD_USER_INPUT naming
 * the argument rather than an empty list.
 */
export async function requireTerritoryFilter(
  ctx: RequestContext,
  territorialId?: string | null,
  coloniaId?: string | null,
): Promise<TerritoryFilter> {
  const filter: TerritoryFilter = {};
  if (territorialId != null) filter.territorialId = await requireTerritorialId(ctx, 'territorialId', territorialId);
  if (coloniaId != null) filter.coloniaId = await requireColoniaId(ctx, 'coloniaId', coloniaId);
  return filter;
}

export async function requireTerritorialId(ctx: RequestContext, argument: string, value: string): Promise<number> {
  const id = parseId(argument, value);
  if (!(await ctx.loaders.territory.territorialById.load(id)))
    throw badInput(argument, `${id} does not match any territorial`);
  return id;
}

export async function requireColoniaId(ctx: RequestContext, argument: string, value: string): Promise<number> {
  const id = parseId(argument, value);
  if (!(await ctx.loaders.territory.coloniaById.load(id))) throw badInput(argument, `${id} does not match any colonia`);
  return id;
}

/** `WHERE` conditions of a TerritoryFilter for a query builder alias with territorial_id and colonia_id columns. */
export function applyTerritoryFilter<Q extends { andWhere(sql: string, params?: object): Q }>(
  qb: Q,
  alias: string,
  filter: TerritoryFilter,
): Q {
  if (filter.territorialId !== undefined)
    qb.andWhere(`${alias}.territorial_id = :territorialId`, { territorialId: filter.territorialId });
  if (filter.coloniaId !== undefined) qb.andWhere(`${alias}.colonia_id = :coloniaId`, { coloniaId: filter.coloniaId });
  return qb;
}

/**
 * A page of a placed entity's rows (alias `alias`) within the territorial /
 * colonia the filters name; `refine` adds the module's own conditions. The
 * window comes from `pageWindow(page)`, validated by the caller first.
 */
export async function listPlaced<T extends ObjectLiteral & { id: number }>(
  ctx: RequestContext,
  window: PageWindow,
  filters: { territorialId?: string | null; coloniaId?: string | null },
  entity: EntityTarget<T>,
  alias: string,
  refine: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T> = (qb) => qb,
): Promise<Connection<T>> {
  const territory = await requireTerritoryFilter(ctx, filters.territorialId, filters.coloniaId);
  return listPage(window, alias, () =>
    refine(applyTerritoryFilter(ctx.dataSource.getRepository(entity).createQueryBuilder(alias), alias, territory)),
  );
}
