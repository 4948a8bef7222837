import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { requireDateRange } from '../common/date';
import { applyDateWindow, listPage } from '../common/list-page';
import { pageWindow, type Connection, type PageArgs } from '../common/pagination';
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

/** The filters a placed list takes: territory, and (a dated list) an inclusive date window. */
export interface PlacedListFilters {
  territorialId?: string | null;
  coloniaId?: string | null;
  from?: string | null;
  to?: string | null;
  updatedSince?: Date | null;
}

export interface PlacedListOptions<T extends ObjectLiteral, F> {
  /** The column `from` / `to` bound (inclusive); none: the list has no date window. */
  dated?: string;
  /** The module's own conditions. */
  refine?: (qb: SelectQueryBuilder<T>, filters: F) => SelectQueryBuilder<T>;
  /** How the territory filter applies; default: the rows' own `territorial_id` and `colonia_id`. */
  placed?: (qb: SelectQueryBuilder<T>, territory: TerritoryFilter) => SelectQueryBuilder<T>;
}

/**
 * The list of a placed entity's rows (alias `alias`) as a service method for `listQuery`: the page window, the
 * date window (a dated list) and the territorial / colonia the filters name are validated in that order before
 * anything is read; then the page of rows within them, `refine` adding the module's own conditions.
 */
export function placedList<T extends ObjectLiteral & { id: number }, F extends PlacedListFilters>(
  entity: EntityTarget<T>,
  alias: string,
  {
    dated,
    refine = (qb) => qb,
    placed = (qb, territory) => applyTerritoryFilter(qb, alias, territory),
  }: PlacedListOptions<T, F> = {},
): (ctx: RequestContext, page: PageArgs, filters: F) => Promise<Connection<T>> {
  return async (ctx, page, filters) => {
    const window = pageWindow(page);
    const dates = dated === undefined ? undefined : requireDateRange(filters.from, filters.to);
    const territory = await requireTerritoryFilter(ctx, filters.territorialId, filters.coloniaId);
    return listPage(window, alias, () => {
      const qb = ctx.dataSource.getRepository(entity).createQueryBuilder(alias);
      const refined = refine(applyUpdatedSince(placed(qb, territory), alias, filters.updatedSince), filters);
      return dated !== undefined && dates ? applyDateWindow(refined, dated, dates) : refined;
    });
  };
}

/** `updatedSince`: rows whose `updated_at` is at or after it (every versioned table has the column). */
export function applyUpdatedSince<Q extends { andWhere(sql: string, params?: object): Q }>(
  qb: Q,
  alias: string,
  updatedSince: Date | null | undefined,
): Q {
  if (updatedSince == null) return qb;
  if (Number.isNaN(updatedSince.getTime())) throw badInput('updatedSince', 'is not a valid date-time');
  return qb.andWhere(`${alias}.updated_at >= :updatedSince`, { updatedSince });
}
