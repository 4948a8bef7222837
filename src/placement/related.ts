import type { RequestContext } from '../common/request-context';
import { loadRequired, type RowLoader } from '../db/loaders';
import type { Colonia } from './colonia.entity';
import type { Territorial } from './territorial.entity';

/** The row of `id` through a request loader: the row itself when the request already has it, else a promise. */
function relatedRow<T extends { id: number }>(loader: RowLoader<T>, id: number, what: string): T | Promise<T> {
  return loader.peek(id) ?? loadRequired(loader, id, () => `${what} ${id} is missing`);
}

/** The territorial of a program row (through the request's territory loaders). */
export function relatedTerritorial(
  ctx: RequestContext,
  row: { territorialId: number },
): Territorial | Promise<Territorial> {
  return relatedRow(ctx.loaders.territory.territorialById, row.territorialId, 'territorial');
}

/** The colonia of a program row (through the request's territory loaders). */
export function relatedColonia(ctx: RequestContext, row: { coloniaId: number }): Colonia | Promise<Colonia> {
  return relatedRow(ctx.loaders.territory.coloniaById, row.coloniaId, 'colonia');
}
