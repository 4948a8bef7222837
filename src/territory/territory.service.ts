import type { RequestContext } from '../common/request-context';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/pagination';
import { parseId, requireExactlyOne, requireLonLat } from '../common/validate';
import { applySpatialFilter, applySpatialKeyset } from '../geo/spatial-filter';
import { resolveSpatialFilter, type SpatialFilterArgs } from '../geo/spatial-filter.args';
import { pointSql } from '../geo/spatial-sql';
import { manyWithGeometry } from '../geo/geometry-prefetch';
import { badInput } from '../common/errors';
import { IECM_CLAVE, IECM_CLAVE_FORM } from '../placement/colonia-tipo';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';

/** Snap distance for `locate`: the catalogue leaves gaps of a few metres between colonias. */
export const LOCATE_SNAP_DEGREES = 0.0002; // ≈ 21 m at Iztapalapa's latitude

export interface Location {
  colonia: Colonia;
  territorial: Territorial;
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
  static listTerritoriales(ctx: RequestContext): Promise<Territorial[]> {
    return ctx.dataSource.getRepository(Territorial).find({ order: { clave: 'ASC' } });
  }

  static async findTerritorial(
    ctx: RequestContext,
    id?: string | null,
    clave?: string | null,
  ): Promise<Territorial | null> {
    requireExactlyOne({ id, clave });
    if (id != null) return ctx.loaders.territory.territorialById.load(parseId('id', id));
    return ctx.dataSource.getRepository(Territorial).findOneBy({ clave: clave as string });
  }

  static async findColonia(ctx: RequestContext, id?: string | null, clave?: string | null): Promise<Colonia | null> {
    requireExactlyOne({ id, clave });
    if (id != null) return ctx.loaders.territory.coloniaById.load(parseId('id', id));
    if (!IECM_CLAVE.test(clave as string)) throw badInput('clave', `must be an IECM unit clave: ${IECM_CLAVE_FORM}`);
    return ctx.dataSource.getRepository(Colonia).findOneBy({ clave: clave as string });
  }

  static async listColonias(
    ctx: RequestContext,
    page: PageArgs,
    territorialId?: string | null,
    spatial?: SpatialFilterArgs,
    selection: ColoniaListSelection = { totalCount: true },
  ): Promise<Connection<Colonia>> {
    const window = pageWindow(page);
    const territorial = territorialId != null ? parseId('territorialId', territorialId) : undefined;
    const filter = await resolveSpatialFilter(ctx, spatial);
    const filtered = () => {
      const qb = ctx.dataSource.getRepository(Colonia).createQueryBuilder('c');
      if (territorial !== undefined) qb.where('c.territorial_id = :territorial', { territorial });
      return applySpatialFilter(qb, 'c.geom', filter);
    };
    const [rows, totalCount] = await Promise.all([
      manyWithGeometry(
        applySpatialKeyset(filtered(), window, 'c.id', 'c.geom', filter),
        'c',
        selection.geometryPrecision,
      ),
      selection.totalCount ? filtered().getCount() : 0,
    ]);
    // The page's territoriales in one statement now: each colonia's `territorial` then answers without a promise.
    if (selection.territorial)
      await ctx.loaders.territory.territorialById.loadMany([...new Set(rows.map((c) => c.territorialId))]);
    return toConnection(rows, window, totalCount);
  }

  /**
   * The colonia containing a point and its territorial, in one statement: the
   * most specific unit, i.e. the smallest that contains the point (a point in
   * a unidad habitacional nested inside a barrio gets the unidad); a point in
   * a catalogue gap snaps to the nearest colonia within LOCATE_SNAP_DEGREES.
   * Null outside the alcaldía.
   */
  static async locate(ctx: RequestContext, lon: number, lat: number): Promise<Location | null> {
    requireLonLat(lon, lat);
    const point = pointSql('$1', '$2');
    const rows: Record<string, any>[] = await ctx.dataSource.query(
      `SELECT c.id, c.clave, c.nombre, c.display_name, c.tipo, c.distrito_local, c.poblacion, c.contained_in_id,
              c.territorial_id, c.area_km2, c.version,
              t.poblacion AS t_poblacion,
              t.clave AS t_clave, t.nombre AS t_nombre, t.area_km2 AS t_area_km2, t.version AS t_version
         FROM colonia c JOIN territorial t ON t.id = c.territorial_id
        WHERE ST_DWithin(c.geom, ${point}, $3)
        ORDER BY ST_Intersects(c.geom, ${point}) DESC, ST_Distance(c.geom, ${point}), c.area_km2, c.id
        LIMIT 1`,
      [lon, lat, LOCATE_SNAP_DEGREES],
    );
    if (rows.length === 0) return null;
    const r = rows[0];
    const colonia = Object.assign(new Colonia(), {
      id: r.id,
      clave: r.clave,
      nombre: r.nombre,
      displayName: r.display_name,
      tipo: r.tipo,
      distritoLocal: r.distrito_local,
      poblacion: r.poblacion,
      containedInId: r.contained_in_id,
      territorialId: r.territorial_id,
      areaKm2: r.area_km2,
      version: r.version,
    });
    const territorial = Object.assign(new Territorial(), {
      id: r.territorial_id,
      clave: r.t_clave,
      nombre: r.t_nombre,
      areaKm2: r.t_area_km2,
      poblacion: r.t_poblacion,
      version: r.t_version,
    });
    ctx.loaders.territory.coloniaById.prime(colonia.id, colonia);
    ctx.loaders.territory.territorialById.prime(territorial.id, territorial);
    return { colonia, territorial };
  }
}
