import type { RequestContext } from '../context';
import { requireFiniteInRange, requireIntInRange } from '../common/validate';
import {
  featureByIdSql,
  featureCollectionSql,
  itemsPageSql,
  layerExtentsSql,
  MAX_PRECISION,
  MAX_SIMPLIFY_METERS,
  type FeatureQuery,
  type GeoJsonOutput,
} from './feature-collection.sql';
import type { LayerDefinition, LayerId } from './layers';
import { SqlParams } from './sql-params';

export interface LayerExtent {
  bbox: [number, number, number, number] | null;
  /** First and last date of a dated layer (YYYY-MM-DD), null when it has no dates or no rows. */
  interval: [string | null, string | null] | null;
}

export interface ItemsPage {
  matched: number;
  returned: number;
  /** JSON array text of GeoJSON Features. */
  features: string;
}

/** Validates GeoJSON output options, naming the argument on failure. */
export function geoJsonOutput(
  precision: number,
  simplifyMeters: number,
  names = { precision: 'precision', simplify: 'simplifyMeters' },
): GeoJsonOutput {
  return {
    precision: requireIntInRange(names.precision, precision, 0, MAX_PRECISION),
    simplifyMeters: requireFiniteInRange(names.simplify, simplifyMeters, 0, MAX_SIMPLIFY_METERS),
  };
}

/** GeoJSON of the map layers, built by PostGIS in one statement per request. */
export class FeatureCollectionService {
  /** The FeatureCollection of a layer as GeoJSON text. */
  static async featureCollection(
    ctx: RequestContext,
    layer: LayerDefinition,
    query: FeatureQuery,
    output: GeoJsonOutput,
  ): Promise<string> {
    const params = new SqlParams();
    const sql = featureCollectionSql(layer, query, output, params);
    const rows: { body: string }[] = await ctx.dataSource.query(sql, params.values);
    return rows[0].body;
  }

  /** One OGC items page with the number of features matched. */
  static async itemsPage(
    ctx: RequestContext,
    layer: LayerDefinition,
    query: FeatureQuery,
    output: GeoJsonOutput,
    page: { limit: number; offset: number },
  ): Promise<ItemsPage> {
    const params = new SqlParams();
    const sql = itemsPageSql(layer, query, output, page, params);
    const rows: ItemsPage[] = await ctx.dataSource.query(sql, params.values);
    return rows[0];
  }

  /** One feature as GeoJSON text, null when unknown. */
  static async feature(
    ctx: RequestContext,
    layer: LayerDefinition,
    id: number,
    output: GeoJsonOutput,
  ): Promise<string | null> {
    const params = new SqlParams();
    const rows: { feature: string }[] = await ctx.dataSource.query(
      featureByIdSql(layer, id, output, params),
      params.values,
    );
    return rows[0]?.feature ?? null;
  }

  /** Extents of the given layers, in one statement. */
  static async extents(ctx: RequestContext, layers: readonly LayerDefinition[]): Promise<Map<LayerId, LayerExtent>> {
    const dated = new Set(layers.filter((l) => l.dateSql).map((l) => l.id));
    const rows: {
      layer: LayerId;
      min_lon: number | null;
      min_lat: number;
      max_lon: number;
      max_lat: number;
      first_date: string | null;
      last_date: string | null;
    }[] = await ctx.dataSource.query(layerExtentsSql(layers));
    return new Map(
      rows.map((r) => [
        r.layer,
        {
          bbox:
            r.min_lon === null ? null : [Number(r.min_lon), Number(r.min_lat), Number(r.max_lon), Number(r.max_lat)],
          interval: dated.has(r.layer) ? [r.first_date, r.last_date] : null,
        },
      ]),
    );
  }
}
