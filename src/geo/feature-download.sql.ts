import { crsPrecision, DEFAULT_CRS, type CrsDefinition } from './crs';
import {
  figuresCtes,
  layerFromSql,
  matchedCte,
  propertiesJsonSql,
  shapedGeometrySql,
  withClause,
  type FeatureQuery,
} from './feature-collection.sql';
import { layerProperties, type LayerDefinition, type LayerProperty } from './layers';
import { SRID } from './spatial-sql';
import type { SqlParams } from './sql-params';

/**
 * The statements behind the file downloads of an OGC collection's items
 * (`f=gpkg`, `f=fgb`, `f=csv`). Each selects features exactly as the JSON
 * items do (the same `matched` CTE: bbox, datetime, filter, queryables,
 * sortby; the figures of the period), then builds one row per feature:
 * - GeoPackage: its geometry blob (the GP header and envelope, then WKB) and
 *   envelope, for src/geo/geopackage.writer.ts to store;
 * - FlatGeobuf: its GeoJSON geometry (full precision), envelope and properties
 *   as JSON, for src/geo/flatgeobuf.writer.ts (PostGIS's own ST_AsFlatGeobuf
 *   is not used: with a NULL property, PostGIS 3.3 and 3.6 write the next
 *   property under the wrong column index, and GDAL refuses the feature);
 * - CSV: its geometry as text (WKT, or x and y for a point layer) at the
 *   JSON's precision, and its properties as JSON, for src/geo/csv.writer.ts.
 * File coordinates (GeoPackage, FlatGeobuf) are the stored ones, transformed to
 * `crs` when asked, in the files' own x/y (lon/lat, easting/northing) order,
 * not rounded.
 */

export interface DownloadOutput {
  crs: CrsDefinition;
  /** Only these properties (OGC `properties`); all when absent. */
  properties?: string[];
}

export interface DownloadPage {
  limit: number;
  offset: number;
  /** Build nothing when more than this many features match past `offset` (the router answers 413). */
  refuseAbove?: number;
}

/** The properties a download carries, in the layer's order. */
export function downloadProperties(layer: LayerDefinition, selected?: string[]): LayerProperty[] {
  const all = layerProperties(layer);
  return selected ? all.filter((p) => selected.includes(p.name)) : all;
}

/**
 * The layer's geometry in the output CRS, Multi kept for MultiPolygon layers,
 * exterior rings counter-clockwise as in the JSON (and as GeoPackage advises).
 */
function downloadGeometrySql(layer: LayerDefinition, crs: CrsDefinition, params: SqlParams): string {
  let shaped = layer.geomSql;
  if (crs.srid !== SRID) shaped = `ST_Transform(${shaped}, ${params.add(crs.srid, 'int')})`;
  if (layer.geometryType === 'MultiPolygon' && shaped !== layer.geomSql) shaped = `ST_Multi(${shaped})`;
  return layer.geometryType === 'Point' ? shaped : `ST_ForcePolygonCCW(${shaped})`;
}

/** A property as a typed column: dates as `date` (the layer's SQL renders them as text). */
function typedPropertySql(p: LayerProperty): string {
  return p.type === 'date' ? `(${p.sql})::date` : p.sql;
}

/** The page of matched ids (in the collection's order) and the guard that refuses an oversized download. */
function pageCtes(
  layer: LayerDefinition,
  query: FeatureQuery,
  page: DownloadPage,
  params: SqlParams,
): { ctes: string; guard: string } {
  const { matched, order } = matchedCte(layer, query, params);
  const limit = params.add(page.limit, 'int');
  const offset = params.add(page.offset, 'int');
  const pageCte = `page AS (SELECT id, row_number() OVER (ORDER BY ${order}) AS position FROM matched ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})`;
  const guard =
    page.refuseAbove === undefined
      ? 'true'
      : `(SELECT count(*) FROM matched) - ${offset} <= ${params.add(page.refuseAbove, 'int')}`;
  return { ctes: withClause(figuresCtes(layer, query.dates, params), matched, pageCte), guard };
}

/**
 * Every row of a download: `matched`, `refused` (the guard's verdict: when refused, or when nothing matched, one
 * row without a feature) and the WKT definitions of the output CRS and of EPSG:4326 (`srs_wkt`, `wgs84_wkt`, from
 * PostGIS's spatial_ref_sys); then per feature of the page, in the collection's order, `fid` and the `columns`
 * (SQL over the layer's FROM with its figures, and `g`: the `geometry` expression, computed once per feature).
 */
function downloadRowsSql(
  layer: LayerDefinition,
  query: FeatureQuery,
  output: DownloadOutput,
  page: DownloadPage,
  params: SqlParams,
  geometry: string,
  columns: string,
): string {
  const { ctes, guard } = pageCtes(layer, query, page, params);
  const crs = output.crs ?? DEFAULT_CRS;
  return `${ctes}, verdict AS (
  SELECT (SELECT count(*) FROM matched)::int AS matched, NOT (${guard}) AS refused,
         (SELECT srtext FROM spatial_ref_sys WHERE srid = ${params.add(crs.srid, 'int')}) AS srs_wkt,
         (SELECT srtext FROM spatial_ref_sys WHERE srid = ${SRID}) AS wgs84_wkt
)
SELECT verdict.*, features.*
  FROM verdict
  LEFT JOIN LATERAL (
    SELECT ${layer.idSql}::int AS fid, ${columns}, page.position
      FROM ${layerFromSql(layer, true)}
      JOIN page ON page.id = ${layer.idSql}
      CROSS JOIN LATERAL (SELECT ${geometry} AS g) shaped
     WHERE NOT verdict.refused
  ) features ON true
 ORDER BY features.position`;
}

/**
 * One row per feature of the page (downloadRowsSql): `geom` (GeoPackage binary: magic "GP", version 0, flags
 * 0x02 = big-endian header with an [minx, maxx, miny, maxy] envelope, srs_id, envelope, then WKB), the envelope
 * as `minx`…`maxy` (for the R-tree), the properties as `p0`, `p1`…
 */
export function geoPackageRowsSql(
  layer: LayerDefinition,
  query: FeatureQuery,
  output: DownloadOutput,
  page: DownloadPage,
  params: SqlParams,
): string {
  const crs = output.crs ?? DEFAULT_CRS;
  const g = 'shaped.g';
  const srsId = params.add(crs.srid, 'int');
  const properties = downloadProperties(layer, output.properties)
    .map((p, i) => `, ${typedPropertySql(p)}${p.type === 'date' ? '::text' : ''} AS p${i}`)
    .join('');
  return downloadRowsSql(
    layer,
    query,
    output,
    page,
    params,
    downloadGeometrySql(layer, crs, params),
    `'\\x47500002'::bytea || int4send(${srsId}) || float8send(ST_XMin(${g})) || float8send(ST_XMax(${g}))
             || float8send(ST_YMin(${g})) || float8send(ST_YMax(${g})) || ST_AsBinary(${g}) AS geom,
           ${envelopeColumns(g)}${properties}`,
  );
}

function envelopeColumns(g: string): string {
  return `ST_XMin(${g}) AS minx, ST_XMax(${g}) AS maxx, ST_YMin(${g}) AS miny, ST_YMax(${g}) AS maxy`;
}

/**
 * One row per feature of the page (downloadRowsSql): `geometry` (GeoJSON in the output CRS's x/y order, 15
 * decimals: the stored coordinates), its envelope `minx`…`maxy` (for the packed R-tree) and `properties` (JSON).
 */
export function flatGeobufRowsSql(
  layer: LayerDefinition,
  query: FeatureQuery,
  output: DownloadOutput,
  page: DownloadPage,
  params: SqlParams,
): string {
  const g = 'shaped.g';
  return downloadRowsSql(
    layer,
    query,
    output,
    page,
    params,
    downloadGeometrySql(layer, output.crs ?? DEFAULT_CRS, params),
    `ST_AsGeoJSON(${g}, 15, 0) AS geometry, ${envelopeColumns(g)},
           ${propertiesJsonSql(layer, output.properties)}::text AS properties`,
  );
}

/**
 * One row per feature of the page (downloadRowsSql), at the JSON items' precision (6 decimals for degrees, 4 for
 * metres; snap-rounded as the JSON is): `x` and `y` of a point layer (numeric text), else `wkt` (exteriors
 * counter-clockwise); x/y order whatever the CRS's axis order; `properties` as JSON.
 */
export function csvRowsSql(
  layer: LayerDefinition,
  query: FeatureQuery,
  output: DownloadOutput,
  page: DownloadPage,
  params: SqlParams,
): string {
  const crs = output.crs ?? DEFAULT_CRS;
  const { shaped, precision } = shapedGeometrySql(
    layer,
    { precision: crsPrecision(crs), simplifyMeters: 0, crs },
    params,
  );
  const geometry =
    layer.geometryType === 'Point'
      ? `trim_scale(round(ST_X(shaped.g)::numeric, ${precision}))::text AS x, trim_scale(round(ST_Y(shaped.g)::numeric, ${precision}))::text AS y`
      : `ST_AsText(ST_ForcePolygonCCW(shaped.g), ${precision}) AS wkt`;
  return downloadRowsSql(
    layer,
    query,
    output,
    page,
    params,
    shaped,
    `${geometry}, ${propertiesJsonSql(layer, output.properties)}::text AS properties`,
  );
}
