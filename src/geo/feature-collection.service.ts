import type { RequestContext } from '../common/request-context';
import { AppError, badInput } from '../common/errors';
import { isDatabaseUnavailable, isStatementCancelled } from '../db/unavailable';
import { requireFiniteInRange, requireIntInRange } from '../common/validate';
import { filterError } from './cql2.ast';
import { filterGeometryValidationSql } from './cql2.sql';
import { DEFAULT_CRS, type CrsDefinition } from './crs';
import {
  featureByIdSql,
  featureCollectionSql,
  featureIdsSql,
  featuresByIdsSql,
  itemsPageSql,
  layerExtentsSql,
  MAX_SIMPLIFY_METERS,
  type DateRange,
  type FeatureQuery,
  type GeoJsonOutput,
} from './feature-collection.sql';
import type { LayerDefinition, LayerId } from './layers';
import { SqlParams } from './sql-params';
import { MAX_PRECISION } from './spatial-sql';

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

/**
 * Runs a statement that reprojects to `crs`; a PostGIS/PROJ failure to
 * transform (a database without that CRS's definition) is the client's 400
 * naming the CRS, not a 500.
 */
export async function reprojecting<T>(crs: CrsDefinition | undefined, run: () => Promise<T>): Promise<T> {
  if (!crs || crs === DEFAULT_CRS) return run();
  try {
    return await run();
  } catch (error) {
    if (/spatial_ref_sys|transform|proj/i.test((error as Error).message ?? ''))
      throw badInput('crs', `names ${crs.uri}, which this server's PostGIS cannot reproject to`);
    throw error;
  }
}

/** GeoJSON of the map layers, built by PostGIS in one statement per request. */
export class FeatureCollectionService {
  /**
   * Checks a filter's geometry literals in PostGIS, one statement: readable,
   * transformable from `filter-crs`, valid. BAD_USER_INPUT naming the literal.
   */
  static async validateFilterGeometries(
    ctx: RequestContext,
    geometries: { text: string; at: string }[],
    crs: CrsDefinition,
  ): Promise<void> {
    let rows: { i: number; valid: boolean; reason: string | null }[];
    try {
      rows = await ctx.dataSource.query(filterGeometryValidationSql(crs), [geometries.map((g) => g.text)]);
    } catch (error) {
      // An outage or a stopped request is not the filter's fault (a 503, not a 400).
      if (isDatabaseUnavailable(error) || isStatementCancelled(error) || error instanceof AppError) throw error;
      throw badInput('filter', `has a geometry PostGIS cannot read or transform from ${crs.uri}`);
    }
    for (const row of rows) {
      if (!row.valid) throw filterError(geometries[row.i - 1].at, `invalid geometry: ${row.reason ?? 'invalid'}`);
    }
  }

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

  /** A dense layer's collection, first step: how many features matched and the ids to send, in order (bigint text). */
  static async featureIds(
    ctx: RequestContext,
    layer: LayerDefinition,
    query: FeatureQuery,
  ): Promise<{ matched: number; ids: string[] }> {
    const params = new SqlParams();
    const rows: { matched: number; ids: string }[] = await ctx.dataSource.query(
      featureIdsSql(layer, query, params),
      params.values,
    );
    return { matched: rows[0].matched, ids: rows[0].ids === '' ? [] : rows[0].ids.split(',') };
  }

  /** The GeoJSON Features of some ids, in that order, as comma-separated text (ids no longer present are skipped). */
  static async featuresByIds(
    ctx: RequestContext,
    layer: LayerDefinition,
    ids: readonly string[],
    output: GeoJsonOutput,
    period?: DateRange,
  ): Promise<{ features: string; returned: number }> {
    const params = new SqlParams();
    const sql = featuresByIdsSql(layer, ids, output, period, params);
    const rows: { features: string; returned: number }[] = await reprojecting(output.crs, () =>
      ctx.dataSource.query(sql, params.values),
    );
    return rows[0];
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
    const rows: ItemsPage[] = await reprojecting(output.crs, () => ctx.dataSource.query(sql, params.values));
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
    const sql = featureByIdSql(layer, id, output, params);
    const rows: { feature: string }[] = await reprojecting(output.crs, () => ctx.dataSource.query(sql, params.values));
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
