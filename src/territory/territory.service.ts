import type { RequestContext } from '../common/request-context';
import { applyOrderedKeyset, pageWindow, toConnection, type Connection, type PageArgs } from '../common/pagination';
import { parseId, requireExactlyOne, requireLonLat } from '../common/validate';
import { applySpatialFilter, applySpatialKeyset } from '../geo/spatial-filter';
import { resolveSpatialFilter, type SpatialFilterArgs } from '../geo/spatial-filter.args';
import { manyWithGeometry } from '../geo/geometry-prefetch';
import { badInput } from '../common/errors';
import { coloniaClave, territorialClave } from './clave-forms';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';
import { applyUpdatedSince } from '../placement/territory-filter';
import { locatePoints, type Location } from './locate.service';
import { listOrder, nameMatchesSql, orderKeys, searchScoreSql, searchTerm, TerritoryOrder } from './name-search';

/** Search and order of a `colonias` list. */
export interface ColoniaListOrder {
  search?: string | null;
  orderBy?: TerritoryOrder | null;
  /** Only colonias created or updated at or after it. */
  updatedSince?: Date | null;
}

/** What a `colonias` query selects on its items, so the list can fetch it with the page. */
export interface ColoniaListSelection {
  /** false: totalCount is not selected, so not counted (one statement fewer) and 0. */
  totalCount: boolean;
  /** `territorial` is selected: the page's territoriales are loaded with it. */
  territorial?: boolean;
  /** `geometry` is selected at this one precision: read in the page's own statement. */
  geometryPrecision?: number;
}

export class TerritoryService {
  /** The territoriales, by clave (or `orderBy`); with `search`, those whose name matches, best first, with their score. */
  static async listTerritoriales(
    ctx: RequestContext,
    search?: string | null,
    orderBy?: TerritoryOrder | null,
    updatedSince?: Date | null,
  ): Promise<Territorial[]> {
    const term = searchTerm(search);
    const order = listOrder(orderBy, term, TerritoryOrder.CLAVE);
    const score = (alias: string) => searchScoreSql(alias);
    const qb = applyUpdatedSince(ctx.dataSource.getRepository(Territorial).createQueryBuilder('t'), 't', updatedSince);
    if (term !== undefined) qb.andWhere(nameMatchesSql('t'), { search: term }).addSelect(score('t'), 'search_score');
    for (const key of [...orderKeys(order, score), { sql: (a: string) => `${a}.id`, direction: 'ASC' as const }])
      qb.addOrderBy(key.sql('t'), key.direction);
    if (term === undefined) return qb.getMany();
    const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
    const scores = new Map(raw.map((row) => [Number(row.t_id), Number(row.search_score)]));
    for (const territorial of entities) territorial.searchScore = scores.get(territorial.id) ?? null;
    return entities;
  }

  static async findTerritorial(
    ctx: RequestContext,
    id?: string | null,
    clave?: string | null,
  ): Promise<Territorial | null> {
    requireExactlyOne({ id, clave });
    if (id != null) return ctx.loaders.territory.territorialById.load(parseId('id', id));
    return ctx.dataSource.getRepository(Territorial).findOneBy({ clave: territorialClave(clave as string) });
  }

  static async findColonia(ctx: RequestContext, id?: string | null, clave?: string | null): Promise<Colonia | null> {
    requireExactlyOne({ id, clave });
    if (id != null) return ctx.loaders.territory.coloniaById.load(parseId('id', id));
    return ctx.dataSource.getRepository(Colonia).findOneBy({ clave: coloniaClave(clave as string) });
  }

  static async listColonias(
    ctx: RequestContext,
    page: PageArgs,
    territorialId?: string | null,
    spatial?: SpatialFilterArgs,
    selection: ColoniaListSelection = { totalCount: true },
    { search, orderBy, updatedSince }: ColoniaListOrder = {},
  ): Promise<Connection<Colonia>> {
    const window = pageWindow(page);
    const territorial = territorialId != null ? parseId('territorialId', territorialId) : undefined;
    const term = searchTerm(search);
    const order = listOrder(orderBy, term, TerritoryOrder.ID);
    const filter = await resolveSpatialFilter(ctx, spatial);
    if (filter?.near && (term !== undefined || (orderBy != null && orderBy !== TerritoryOrder.ID)))
      throw badInput(term !== undefined ? 'search' : 'orderBy', 'cannot be combined with near (nearest first)');
    const score = (alias: string) => searchScoreSql(alias, 'display_name');
    const filtered = () => {
      const qb = applyUpdatedSince(ctx.dataSource.getRepository(Colonia).createQueryBuilder('c'), 'c', updatedSince);
      if (territorial !== undefined) qb.andWhere('c.territorial_id = :territorial', { territorial });
      if (term !== undefined) qb.andWhere(nameMatchesSql('c'), { search: term });
      return applySpatialFilter(qb, 'c.geom', filter);
    };
    const paged = () => {
      if (order === TerritoryOrder.ID) return applySpatialKeyset(filtered(), window, 'c.id', 'c.geom', filter);
      return applyOrderedKeyset(filtered(), window, 'c', 'colonia', orderKeys(order, score));
    };
    const pageQuery = paged();
    if (term !== undefined) pageQuery.addSelect(score('c'), 'search_score');
    const [rows, totalCount] = await Promise.all([
      manyWithGeometry(
        pageQuery,
        'c',
        selection.geometryPrecision,
        term === undefined ? undefined : (colonia, raw) => (colonia.searchScore = Number(raw.search_score)),
      ),
      selection.totalCount ? filtered().getCount() : 0,
    ]);
    // The page's territoriales in one statement now: each colonia's `territorial` then answers without a promise.
    if (selection.territorial)
      await ctx.loaders.territory.territorialById.loadMany([...new Set(rows.map((c) => c.territorialId))]);
    return toConnection(rows, window, totalCount);
  }

  /**
   * The colonia containing a point and its territorial (locatePoints with one point): the
   * most specific unit, i.e. the smallest that contains the point (a point in a unidad
   * habitacional nested inside a barrio gets the unidad); a point in a catalogue gap snaps to
   * the nearest colonia within LOCATE_SNAP_DEGREES. Null outside the alcaldía.
   */
  static async locate(ctx: RequestContext, lon: number, lat: number): Promise<Location | null> {
    requireLonLat(lon, lat);
    const [location] = await locatePoints(ctx, [{ lon, lat }]);
    return location;
  }
}
