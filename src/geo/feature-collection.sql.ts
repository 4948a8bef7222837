import { badInput } from '../common/errors';
import { filterSql, type FeatureFilter } from './cql2.sql';
import { crsGeoJsonSql, DEFAULT_CRS, type CrsDefinition } from './crs';
import { layerProperties, type DateRange, type LayerDefinition } from './layers';
import { layerQueryables } from './queryables';
import { spatialFilterSql, type SpatialFilter } from './spatial-filter';
import { geoJsonSql, simplifiedSql, SRID } from './spatial-sql';
import type { SqlParams } from './sql-params';

/**
 * Statements that build GeoJSON for a layer entirely in PostGIS:
 * `json_build_object`/`json_agg` over `ST_AsGeoJSON`, one statement each for
 * a whole FeatureCollection, an OGC items page (with its count), one feature,
 * and the extents of every layer. The text they return is sent as it is.
 */

export type { DateRange };

export interface FeatureQuery {
  spatial?: SpatialFilter;
  /** Property filters: the layer's `filters`, by name. */
  where?: { name: string; value: string }[];
  /**
   * The period (`from`/`to`, `year`, OGC `datetime`): dated features are kept when their date is in it, and a
   * layer's figures are those of the period.
   */
  dates?: DateRange;
  /** CQL2 filter (OGC API – Features Part 3). */
  filter?: FeatureFilter;
  /** Sort keys (queryable names), before the default order. */
  sort?: SortKey[];
}

export interface SortKey {
  name: string;
  descending: boolean;
}

export interface GeoJsonOutput {
  /** Decimal places of coordinates (0–15). */
  precision: number;
  /** Simplification tolerance in metres (0: none). */
  simplifyMeters: number;
  /** Output CRS (OGC API – Features Part 2); CRS84 when absent. */
  crs?: CrsDefinition;
  /** Only these properties (OGC `properties`); all when absent. */
  properties?: string[];
}

/** Beyond this a colonia (median ~0.3 km²) is a dot: refuse rather than return nonsense. */
export const MAX_SIMPLIFY_METERS = 5_000;

/**
 * The CTEs of a layer's figures of `period` (`figures_<alias>`), for a WITH clause; '' when it has none.
 * Materialized: computed once per statement, not again for each feature a nested loop joins them to.
 */
export function figuresCtes(layer: LayerDefinition, period: DateRange | undefined, params: SqlParams): string {
  return (layer.figures ?? []).map((f) => `figures_${f.alias} AS MATERIALIZED (${f.sql(period, params)})`).join(',\n');
}

export function withClause(...ctes: string[]): string {
  const present = ctes.filter((c) => c !== '');
  return present.length > 0 ? `WITH ${present.join(',\n')}\n` : '';
}

/** FROM clause of a layer, with its figures joined when asked (their CTEs must be in the statement's WITH). */
export function layerFromSql(layer: LayerDefinition, withFigures: boolean): string {
  const joins = withFigures
    ? (layer.figures ?? []).map(
        (f) => ` LEFT JOIN figures_${f.alias} ${f.alias} ON ${f.alias}.${f.key} = ${layer.idSql}`,
      )
    : [];
  return `${layer.from}${joins.join('')}`;
}

/** WHERE conditions of a query (spatial, property, date filters) and the `near` distance. */
export function layerWhereSql(
  layer: LayerDefinition,
  query: FeatureQuery,
  params: SqlParams,
): { conditions: string[]; distance?: string; usesFigures: boolean } {
  const { conditions, distance } = query.spatial
    ? spatialFilterSql(query.spatial, layer.geomSql, params, layer.indexPrefilter)
    : { conditions: [] as string[], distance: undefined };
  for (const { name, value } of query.where ?? []) {
    const filter = layer.filters.find((f) => f.name === name);
    if (!filter)
      throw badInput(
        name,
        `is not a filter of layer ${layer.id} (filters: ${layer.filters.map((f) => f.name).join(', ')})`,
      );
    conditions.push(filter.condition(value, params));
  }
  conditions.push(...dateConditions(layer, query.dates, params));
  let usesFigures = false;
  if (query.filter) {
    const compiled = filterSql(layer, query.filter, params);
    conditions.push(compiled.sql);
    usesFigures = compiled.usesFigures;
  }
  return { conditions, distance, usesFigures };
}

/**
 * The period's conditions on a dated layer's features (none for a layer whose period only sets its figures);
 * a layer with neither refuses it (the routers name the parameter earlier).
 */
export function dateConditions(layer: LayerDefinition, dates: DateRange | undefined, params: SqlParams): string[] {
  if (!dates || (!dates.start && !dates.end)) return [];
  if (!layer.dateSql) {
    if (layer.figures?.length) return [];
    throw badInput('datetime', `is not supported by layer ${layer.id}: it has no dates`);
  }
  return [
    ...(dates.start ? [`${layer.dateSql} >= ${params.add(dates.start, 'date')}`] : []),
    ...(dates.end ? [`${layer.dateSql} <= ${params.add(dates.end, 'date')}`] : []),
  ];
}

/** ORDER BY expressions of `sortby` keys (queryables only; unknown names are refused earlier). */
export function sortSql(
  layer: LayerDefinition,
  sort: SortKey[] | undefined,
): { exprs: string[]; usesFigures: boolean } {
  const queryables = layerQueryables(layer);
  let usesFigures = false;
  const exprs = (sort ?? []).map((key) => {
    const q = queryables.get(key.name);
    if (!q || q.type === 'geometry')
      throw badInput('sortby', `names "${key.name.slice(0, 60)}", which is not a sortable property`);
    if (q.figures) usesFigures = true;
    return `(${q.sql})`;
  });
  return { exprs, usesFigures };
}

function whereClause(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : '';
}

/** `json_build_object` of a layer's public properties (and figures), or only the `selected` ones. */
export function propertiesJsonSql(layer: LayerDefinition, selected?: string[]): string {
  const chosen = selected ? layerProperties(layer).filter((p) => selected.includes(p.name)) : layerProperties(layer);
  return `json_build_object(${chosen.map((p) => `'${p.name}', ${p.sql}`).join(', ')})`;
}

/**
 * Below this many decimals, coordinates are snap-rounded in PostGIS
 * (ST_ReducePrecision, valid output) before rings are oriented: plain rounding
 * at output could collapse or twist a thin ring and flip its orientation.
 * From 10 decimals (0.01 mm) on, rounding at output is harmless; in a
 * projected CRS (metres) from 4 decimals (0.1 mm) on.
 */
const SNAP_ROUND_BELOW_PRECISION = 10;
const SNAP_ROUND_BELOW_PRECISION_METRES = 4;

/**
 * A layer's geometry as the JSON outputs shape it: simplified if asked, in the output CRS, snapped to the
 * output grid (`precision` decimals), kept Multi for MultiPolygon layers (every feature has the layer's type).
 * Not yet oriented, axes in x/y order. `precision` is the bind placeholder of the decimals.
 */
export function shapedGeometrySql(
  layer: LayerDefinition,
  output: GeoJsonOutput,
  params: SqlParams,
): { shaped: string; precision: string } {
  const crs = output.crs ?? DEFAULT_CRS;
  let shaped = layer.geomSql;
  if (output.simplifyMeters > 0) shaped = simplifiedSql(shaped, params.add(output.simplifyMeters, 'float8'));
  // Another CRS: transformed first, so the output grid is in that CRS's units.
  if (crs.srid !== SRID) shaped = `ST_Transform(${shaped}, ${crs.srid})`;
  if (output.precision < (crs.unit === 'metre' ? SNAP_ROUND_BELOW_PRECISION_METRES : SNAP_ROUND_BELOW_PRECISION))
    shaped = `ST_ReducePrecision(${shaped}, ${params.add(10 ** -output.precision, 'float8')})`;
  if (layer.geometryType === 'MultiPolygon' && shaped !== layer.geomSql) shaped = `ST_Multi(${shaped})`;
  return { shaped, precision: params.add(output.precision, 'int') };
}

/**
 * RFC 7946 geometry JSON of a layer's geometry: shaped as shapedGeometrySql says, exteriors counter-clockwise,
 * `precision` decimals.
 */
export function geometryJsonSql(layer: LayerDefinition, output: GeoJsonOutput, params: SqlParams): string {
  const crs = output.crs ?? DEFAULT_CRS;
  const { shaped, precision } = shapedGeometrySql(layer, output, params);
  return `${crs === DEFAULT_CRS ? geoJsonSql(shaped, precision) : crsGeoJsonSql(shaped, crs, precision)}::json`;
}

function featureJsonSql(layer: LayerDefinition, geometryJson: string, output: GeoJsonOutput): string {
  return `json_build_object('type', 'Feature', 'id', ${layer.idSql}, 'geometry', ${geometryJson}, 'properties', ${propertiesJsonSql(layer, output.properties)})`;
}

/**
 * The whole FeatureCollection as GeoJSON text, in one statement. Features are
 * ordered by id, or nearest first with `near`. `name` (a foreign member) is
 * the layer name GDAL and QGIS show.
 */
export function featureCollectionSql(
  layer: LayerDefinition,
  query: FeatureQuery,
  output: GeoJsonOutput,
  params: SqlParams,
): string {
  const { conditions, distance } = layerWhereSql(layer, query, params);
  const geometryJson = geometryJsonSql(layer, output, params);
  const sort = sortSql(layer, query.sort);
  const order = [
    ...sort.exprs.map((e, i) => `${e} ${query.sort?.[i].descending ? 'DESC' : 'ASC'}`),
    ...(distance ? [distance] : []),
    layer.idSql,
  ].join(', ');
  if (layer.maxFeatures !== undefined) {
    // A dense layer: the first maxFeatures (by id, or nearest first) and how many matched, in one statement.
    const max = params.add(layer.maxFeatures, 'int');
    const matched = `matched AS MATERIALIZED (SELECT ${layer.idSql} AS id${distance ? `, ${distance} AS distance` : ''} FROM ${layer.from} ${whereClause(conditions)})`;
    const page = `page AS (SELECT id FROM matched ORDER BY ${distance ? 'distance, id' : 'id'} LIMIT ${max})`;
    return `${withClause(figuresCtes(layer, query.dates, params), matched, page)}SELECT json_build_object(
    'type', 'FeatureCollection',
    'name', ${params.add(layer.id, 'text')},
    'numberMatched', (SELECT count(*) FROM matched),
    'numberReturned', (SELECT count(*) FROM page),
    'features', COALESCE(json_agg(${featureJsonSql(layer, geometryJson, output)} ORDER BY ${order}), '[]'::json)
  )::text AS body
FROM ${layerFromSql(layer, true)} JOIN page ON page.id = ${layer.idSql}`;
  }
  return `${withClause(figuresCtes(layer, query.dates, params))}SELECT json_build_object(
    'type', 'FeatureCollection',
    'name', ${params.add(layer.id, 'text')},
    'features', COALESCE(json_agg(${featureJsonSql(layer, geometryJson, output)} ORDER BY ${order}), '[]'::json)
  )::text AS body
FROM ${layerFromSql(layer, true)}
${whereClause(conditions)}`;
}

/**
 * A dense layer (`maxFeatures`) sent in pieces: the ids of the first
 * maxFeatures features in the collection's order (by id, or nearest first) and
 * how many matched, in one statement (the ids as comma-separated text: pg's
 * array parser spent 70–170 ms of event loop on 50,000 of them); featuresByIdsSql then builds the
 * features of a slice of those ids. No statement builds megabytes of text
 * that the API would have to parse at once.
 */
export function featureIdsSql(layer: LayerDefinition, query: FeatureQuery, params: SqlParams): string {
  if (layer.maxFeatures === undefined) throw new Error(`layer ${layer.id} has no maxFeatures`);
  const { matched, order } = matchedCte(layer, query, params);
  const max = params.add(layer.maxFeatures, 'int');
  return `${withClause(figuresCtes(layer, query.dates, params), matched)}SELECT
  (SELECT count(*) FROM matched)::int AS matched,
  (SELECT COALESCE(string_agg(p.id::text, ',' ORDER BY p.position), '')
     FROM (SELECT id, row_number() OVER (ORDER BY ${order}) AS position FROM matched ORDER BY ${order} LIMIT ${max}) p) AS ids`;
}

/**
 * The `matched` CTE (the ids the filters keep, with their distance and sort keys, materialized
 * once) and the order of a collection: its sort keys, then nearest first, then id.
 */
export function matchedCte(
  layer: LayerDefinition,
  query: FeatureQuery,
  params: SqlParams,
): { matched: string; order: string } {
  const { conditions, distance, usesFigures } = layerWhereSql(layer, query, params);
  const sort = sortSql(layer, query.sort);
  const sortColumns = sort.exprs.map((e, i) => `, ${e} AS sort${i}`).join('');
  const matched = `matched AS MATERIALIZED (
  SELECT ${layer.idSql} AS id${distance ? `, ${distance} AS distance` : ''}${sortColumns}
  FROM ${layerFromSql(layer, usesFigures || sort.usesFigures)}
  ${whereClause(conditions)}
)`;
  const order = [
    ...sort.exprs.map((_e, i) => `sort${i} ${query.sort?.[i].descending ? 'DESC' : 'ASC'}`),
    ...(distance ? ['distance'] : []),
    'id',
  ].join(', ');
  return { matched, order };
}

/** The features of the given ids (in that order), with the figures of `period`, as the text of comma-separated GeoJSON Features. */
export function featuresByIdsSql(
  layer: LayerDefinition,
  ids: readonly string[],
  output: GeoJsonOutput,
  period: DateRange | undefined,
  params: SqlParams,
): string {
  const idList = params.add(ids, 'bigint[]');
  const geometryJson = geometryJsonSql(layer, output, params);
  return `${withClause(figuresCtes(layer, period, params))}SELECT COALESCE(string_agg(f.feature, ',' ORDER BY f.position), '') AS features,
       count(*)::int AS returned
  FROM (SELECT ${featureJsonSql(layer, geometryJson, output)}::text AS feature, slice.position
          FROM ${layerFromSql(layer, true)}
          JOIN unnest(${idList}) WITH ORDINALITY AS slice(id, position) ON ${layer.idSql} = slice.id) f`;
}

/**
 * One page of features (by id, or nearest first) and the number matched, in
 * one statement: `matched`, `returned`, and `features` as JSON array text.
 */
export function itemsPageSql(
  layer: LayerDefinition,
  query: FeatureQuery,
  output: GeoJsonOutput,
  page: { limit: number; offset: number },
  params: SqlParams,
): string {
  const { matched, order } = matchedCte(layer, query, params);
  const geometryJson = geometryJsonSql(layer, output, params);
  const limit = params.add(page.limit, 'int');
  const offset = params.add(page.offset, 'int');
  const pageCte = `page AS (SELECT id, row_number() OVER (ORDER BY ${order}) AS position FROM matched ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})`;
  return `${withClause(figuresCtes(layer, query.dates, params), matched, pageCte)}SELECT
  (SELECT count(*) FROM matched)::int AS matched,
  (SELECT count(*) FROM page)::int AS returned,
  (SELECT COALESCE(json_agg(${featureJsonSql(layer, geometryJson, output)} ORDER BY page.position), '[]'::json)
     FROM ${layerFromSql(layer, true)} JOIN page ON page.id = ${layer.idSql})::text AS features`;
}

/** One feature as GeoJSON text (no row when unknown). */
export function featureByIdSql(layer: LayerDefinition, id: number, output: GeoJsonOutput, params: SqlParams): string {
  const geometryJson = geometryJsonSql(layer, output, params);
  return `${withClause(figuresCtes(layer, undefined, params))}SELECT ${featureJsonSql(layer, geometryJson, output)}::text AS feature
FROM ${layerFromSql(layer, true)}
WHERE ${layer.idSql} = ${params.add(id, 'int')}`;
}

/** Spatial (and, for dated layers, temporal) extent of each layer, one statement. */
export function layerExtentsSql(layers: readonly LayerDefinition[]): string {
  return layers
    .map(
      (layer) => `SELECT '${layer.id}'::text AS layer,
       ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat, ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat,
       ${layer.dateSql ? "to_char(first_date, 'YYYY-MM-DD')" : 'NULL::text'} AS first_date,
       ${layer.dateSql ? "to_char(last_date, 'YYYY-MM-DD')" : 'NULL::text'} AS last_date
  FROM (SELECT ST_Extent(${layer.geomSql})::geometry AS e${
    layer.dateSql ? `, min(${layer.dateSql}) AS first_date, max(${layer.dateSql}) AS last_date` : ''
  } FROM ${layer.from}) x`,
    )
    .join('\nUNION ALL\n');
}
