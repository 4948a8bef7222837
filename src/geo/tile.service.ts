import type { DataSource } from 'typeorm';
import type * as VtPbf from '@maplibre/vt-pbf' with { 'resolution-mode': 'import' };
import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/errors';
import { logger } from '../common/logger';
import { expectedSqlWork } from '../db/sql-statement-logger';
import type { DateRange, LayerDefinition } from './layers';
import { SqlParams } from './sql-params';
import {
  MAX_TILE_ZOOM,
  mvtTileSql,
  TILE_EXTENT,
  tileFeatureRowsSql,
  type TileCoordinates,
  type TileEncoding,
} from './tile.sql';

// ESM-only package: Node (≥ 20.19) loads it with require(); Jest transforms it (jest.config.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package loaded through require(esm) so CommonJS output keeps working
const vtPbf: typeof VtPbf = require('@maplibre/vt-pbf');

/** Validates z/x/y path segments: integers, 0 ≤ z ≤ 22, 0 ≤ x, y < 2^z. */
export function parseTileCoordinates(z: string, x: string, y: string): TileCoordinates {
  const integer = (name: string, text: string) => {
    if (!/^[0-9]{1,8}$/.test(text)) throw badInput(name, 'must be a non-negative integer');
    return Number(text);
  };
  const zoom = integer('z', z);
  if (zoom > MAX_TILE_ZOOM) throw badInput('z', `must be between 0 and ${MAX_TILE_ZOOM}`);
  const size = 2 ** zoom;
  const column = integer('x', x);
  const row = integer('y', y);
  if (column >= size) throw badInput('x', `must be between 0 and ${size - 1} at zoom ${zoom}`);
  if (row >= size) throw badInput('y', `must be between 0 and ${size - 1} at zoom ${zoom}`);
  return { z: zoom, x: column, y: row };
}

const encodings = new WeakMap<DataSource, Promise<TileEncoding>>();

/**
 * Whether this database can encode tiles itself: tries `ST_AsMVT` once per
 * process (per DataSource). A PostGIS without protobuf-c (the embedded one)
 * answers "Compiled without protobuf-c support" and tiles are encoded in JS.
 */
export function tileEncodingOf(dataSource: DataSource): Promise<TileEncoding> {
  let known = encodings.get(dataSource);
  if (!known) {
    known = expectedSqlWork('vector-tile capability probe', () =>
      dataSource.query(
        `SELECT ST_AsMVT(q, 'probe') AS mvt
           FROM (SELECT 1 AS id, ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(0, 0), 3857), ST_TileEnvelope(0, 0, 0)) AS geom) q`,
      ),
    ).then(
      () => 'postgis' as const,
      (error: unknown) => {
        if (/protobuf/i.test(String((error as Error)?.message))) {
          logger.info('PostGIS has no protobuf-c support: vector tiles are encoded in JS');
          return 'js' as const;
        }
        encodings.delete(dataSource);
        throw error;
      },
    );
    encodings.set(dataSource, known);
  }
  return known;
}

interface TileFeatureRow {
  id: number;
  geometry: string;
  properties: string;
}

type Position = [number, number];

/** A tile-space GeoJSON geometry as a geojson-vt feature (type 1 point, 2 line, 3 polygon rings). */
function toVtFeature(row: TileFeatureRow) {
  const geometry = JSON.parse(row.geometry) as { type: string; coordinates: any };
  const base = { id: row.id, tags: JSON.parse(row.properties) as Record<string, string | number | boolean> };
  switch (geometry.type) {
    case 'Point':
      return { ...base, type: 1 as const, geometry: [geometry.coordinates as Position] };
    case 'MultiPoint':
      return { ...base, type: 1 as const, geometry: geometry.coordinates as Position[] };
    case 'LineString':
      return { ...base, type: 2 as const, geometry: [geometry.coordinates as Position[]] };
    case 'MultiLineString':
      return { ...base, type: 2 as const, geometry: geometry.coordinates as Position[][] };
    case 'Polygon':
      return { ...base, type: 3 as const, geometry: geometry.coordinates as Position[][] };
    case 'MultiPolygon':
      return { ...base, type: 3 as const, geometry: (geometry.coordinates as Position[][][]).flat() };
    default:
      throw new Error(`unexpected tile geometry type ${geometry.type}`);
  }
}

/** Vector tiles of the map layers: one statement per tile. */
export class TileService {
  /**
   * The tile as MVT bytes; empty when no feature falls in it. With a period, dated features of the period
   * and the figures of the period. `encoding` forces a path (tests compare both); by default the database's own.
   */
  static async tile(
    ctx: RequestContext,
    layer: LayerDefinition,
    tile: TileCoordinates,
    encoding?: TileEncoding,
    period?: DateRange,
  ): Promise<Buffer> {
    if (layer.minZoom !== undefined && tile.z < layer.minZoom) return Buffer.alloc(0);
    const mode = encoding ?? (await tileEncodingOf(ctx.dataSource));
    const params = new SqlParams();
    if (mode === 'postgis') {
      const rows: { mvt: Buffer | null }[] = await ctx.dataSource.query(
        mvtTileSql(layer, tile, period, params),
        params.values,
      );
      return rows[0]?.mvt ?? Buffer.alloc(0);
    }
    const rows: TileFeatureRow[] = await ctx.dataSource.query(
      tileFeatureRowsSql(layer, tile, period, params),
      params.values,
    );
    if (rows.length === 0) return Buffer.alloc(0);
    const bytes = vtPbf.fromGeojsonVt(
      { [layer.id]: { features: rows.map(toVtFeature) } as any },
      { version: 2, extent: TILE_EXTENT },
    );
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}
