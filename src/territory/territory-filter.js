import { badInput } from '../common/errors';
import { parseId } from '../common/validate';
/**
 * Parses `territorialId` / `coloniaId` arguments and checks they exist (through
 * the request's batched loaders), so an unknown id is a BAD_USER_INPUT naming
 * the argument rather than an empty list.
 */
export async function requireTerritoryFilter(ctx, territorialId, coloniaId) {
    const filter = {};
    if (territorialId != null)
        filter.territorialId = await requireTerritorialId(ctx, 'territorialId', territorialId);
    if (coloniaId != null)
        filter.coloniaId = await requireColoniaId(ctx, 'coloniaId', coloniaId);
    return filter;
}
export async function requireTerritorialId(ctx, argument, value) {
    const id = parseId(argument, value);
    if (!(await ctx.loaders.territory.territorialById.load(id)))
        throw badInput(argument, `${id} does not match any territorial`);
    return id;
}
export async function requireColoniaId(ctx, argument, value) {
    const id = parseId(argument, value);
    if (!(await ctx.loaders.territory.coloniaById.load(id)))
        throw badInput(argument, `${id} does not match any colonia`);
    return id;
}
/** `WHERE` conditions of a TerritoryFilter for a query builder alias with territorial_id and colonia_id columns. */
export function applyTerritoryFilter(qb, alias, filter) {
    if (filter.territorialId !== undefined)
        qb.andWhere(`${alias}.territorial_id = :territorialId`, { territorialId: filter.territorialId });
    if (filter.coloniaId !== undefined)
        qb.andWhere(`${alias}.colonia_id = :coloniaId`, { coloniaId: filter.coloniaId });
    return qb;
}
