import { dateConditions, figuresCtes, layerFromSql } from './feature-collection.sql';
import { layerProperties, type DateRange, type LayerDefinition } from './layers';
import { SRID } from './spatial-sql';
import type { SqlParams } from './sql-params';

/**
 * Mapbox Vector Tile statements (Web Mercator XYZ tiles, extent 4096,
 * buffer 64), one statement per tile. Two encodings of the same features:
 *
 * - `postgis`: `ST_AsMVTGeom` + `ST_AsMVT` — the tile comes out of the database.
 * - `js`: for a PostGIS built without protobuf-c (the embedded one), where both
 *   `ST_AsMVT` and `ST_AsMVTGeom` fail ("Compiled without protobuf-c support").
 *   The same statement computes the clipped tile-space geometry with the steps
 *   `ST_AsMVTGeom` documents and takes (affine into tile space, snap to the
 *   integer grid, drop collinear points, clip to the buffered tile, make valid
 *   on the integer grid, exteriors oriented as `ST_AsMVTGeom` leaves them) and returns it as GeoJSON
 *   with the properties; tile.service.ts encodes it with @maplibre/vt-pbf.
 *   Measured against `ST_AsMVTGeom` (tests/geo/vector-tiles.test.ts): same
 *   features and properties; polygons within 1.5 tile units everywhere and
 *   under 0.4 on average from z10 up (wagyu and GEOS round clip-edge
 *   intersections differently; wagyu also merges holes touching the exterior
 *   into it, which covers the same area); points identical.
 */

export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;
export const MAX_TILE_ZOOM = 22;

export type TileEncoding = 'postgis' | 'js';

export interface TileCoordinates {
  z: number;
  x: number;
  y: number;
}

/** Clip box in tile space: the tile plus its buffer. */
const CLIP_BOX = `ST_MakeEnvelope(${-TILE_BUFFER}, ${-TILE_BUFFER}, ${TILE_EXTENT + TILE_BUFFER}, ${TILE_EXTENT + TILE_BUFFER})`;

/** The tile-space geometry `ST_AsMVTGeom(…, extent, buffer, clip => true)` would give, from `g` already in tile space. */
function tileGeometryStepsSql(g: string): string {
  const snapped = `ST_Simplify(ST_SnapToGrid(${g}, 1), 0)`;
  // Polygons: clip, make valid, snap-round to the integer grid (ST_ReducePrecision
  // keeps them valid, as wagyu does), drop parts under one square unit, orient.
  const polygonal = `(SELECT ST_ForcePolygonCCW(ST_Collect(part.geom ORDER BY part.path))
      FROM ST_Dump(ST_CollectionExtract(ST_ReducePrecision(ST_MakeValid(ST_ClipByBox2D(${snapped}, ${CLIP_BOX})), 1), 3)) part
     WHERE ST_Area(part.geom) >= 1)`;
  const linear = `ST_CollectionExtract(ST_SnapToGrid(ST_ClipByBox2D(${snapped}, ${CLIP_BOX}), 1), 2)`;
  const puntal = `ST_CollectionExtract(ST_SnapToGrid(ST_ClipByBox2D(ST_SnapToGrid(${g}, 1), ${CLIP_BOX}), 1), 1)`;
  return `CASE ST_Dimension(${g}) WHEN 2 THEN ${polygonal} WHEN 1 THEN ${linear} ELSE ${puntal} END`;
}

/** Property columns named as in GeoJSON (ST_AsMVT turns columns into attributes). */
function propertyColumnsSql(layer: LayerDefinition): string {
  return layerProperties(layer)
    .map((p) => `${p.sql} AS "${p.name}"`)
    .join(', ');
}

function tileFeaturesSql(
  layer: LayerDefinition,
  tile: TileCoordinates,
  period: DateRange | undefined,
  encoding: TileEncoding,
  params: SqlParams,
): string {
  const z = params.add(tile.z, 'int');
  const x = params.add(tile.x, 'int');
  const y = params.add(tile.y, 'int');
  const margin = params.add(TILE_BUFFER / TILE_EXTENT, 'float8');
  // Constant per statement, so the GiST index on the layer's geometry is used.
  const searchBox = `ST_Transform(ST_TileEnvelope(${z}, ${x}, ${y}, margin => ${margin}), ${SRID})`;
  const prefilter = layer.indexPrefilter ? layer.indexPrefilter(searchBox) : `${layer.geomSql} && ${searchBox}`;
  const mercator = `ST_Transform(${layer.geomSql}, 3857)`;
  const geometry =
    encoding === 'postgis'
      ? `ST_AsMVTGeom(${mercator}, tile.envelope, ${TILE_EXTENT}, ${TILE_BUFFER}, true)`
      : tileGeometryStepsSql('tile_space.g');
  const tileSpace =
    encoding === 'js'
      ? `\n  CROSS JOIN LATERAL (SELECT ST_Affine(${mercator}, tile.fx, 0, 0, -tile.fy, -tile.xmin * tile.fx, tile.ymax * tile.fy) AS g) tile_space`
      : '';
  const figures = figuresCtes(layer, period, params);
  const dated = dateConditions(layer, period, params).map((c) => `\n     AND ${c}`);
  return `WITH ${figures ? `${figures},\n` : ''}tile AS (
  SELECT envelope, ST_XMin(envelope) AS xmin, ST_YMax(envelope) AS ymax,
         ${TILE_EXTENT} / (ST_XMax(envelope) - ST_XMin(envelope)) AS fx,
         ${TILE_EXTENT} / (ST_YMax(envelope) - ST_YMin(envelope)) AS fy
    FROM (SELECT ST_TileEnvelope(${z}, ${x}, ${y}) AS envelope) e
),
tile_features AS (
  SELECT ${layer.idSql} AS id, ${geometry} AS geom, ${propertyColumnsSql(layer)}
    FROM ${layerFromSql(layer, true)}
   CROSS JOIN tile${tileSpace}
   WHERE ${prefilter}${dated.join('')}
)`;
}

/** The tile as `ST_AsMVT` bytes (empty when no feature falls in it); features and figures of `period`. */
export function mvtTileSql(
  layer: LayerDefinition,
  tile: TileCoordinates,
  period: DateRange | undefined,
  params: SqlParams,
): string {
  return `${tileFeaturesSql(layer, tile, period, 'postgis', params)}
SELECT ST_AsMVT(f.*, ${params.add(layer.id, 'text')}, ${TILE_EXTENT}, 'geom', 'id') AS mvt
  FROM (SELECT * FROM tile_features WHERE geom IS NOT NULL ORDER BY id) f`;
}

/** The tile's features (tile-space GeoJSON geometry and properties JSON), for the JS encoder. */
export function tileFeatureRowsSql(
  layer: LayerDefinition,
  tile: TileCoordinates,
  period: DateRange | undefined,
  params: SqlParams,
): string {
  return `${tileFeaturesSql(layer, tile, period, 'js', params)}
SELECT f.id, ST_AsGeoJSON(f.geom, 0) AS geometry, (to_jsonb(f) - 'id' - 'geom')::text AS properties
  FROM tile_features f
 WHERE f.geom IS NOT NULL AND NOT ST_IsEmpty(f.geom)
 ORDER BY f.id`;
}
