import type * as VectorTileModule from '@mapbox/vector-tile' with { 'resolution-mode': 'import' };
import type * as PbfModule from 'pbf' with { 'resolution-mode': 'import' };

/** Decodes Mapbox Vector Tiles with @mapbox/vector-tile, independently of the encoders under test. */

// ESM-only packages, transformed to CommonJS by Jest (jest.config.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package loaded through require(esm) so CommonJS output keeps working
const { VectorTile, classifyRings } = require('@mapbox/vector-tile') as typeof VectorTileModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package loaded through require(esm) so CommonJS output keeps working
const { PbfReader } = require('pbf') as typeof PbfModule;

export interface DecodedFeature {
  id: number | undefined;
  /** 1 point, 2 line, 3 polygon */
  type: number;
  properties: Record<string, unknown>;
  rings: { x: number; y: number }[][];
  extent: number;
}

export function decodeTile(bytes: Uint8Array): Record<string, DecodedFeature[]> {
  const tile = new VectorTile(new PbfReader(bytes));
  const layers: Record<string, DecodedFeature[]> = {};
  for (const [name, layer] of Object.entries(tile.layers)) {
    layers[name] = [];
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      layers[name].push({
        id: feature.id,
        type: feature.type,
        properties: { ...feature.properties },
        rings: feature.loadGeometry().map((ring) => ring.map((p) => ({ x: p.x, y: p.y }))),
        extent: feature.extent,
      });
    }
  }
  return layers;
}

const coords = (ring: { x: number; y: number }[]) => ring.map((p) => `${p.x} ${p.y}`).join(',');

/** Tile-space WKT of a decoded feature (polygons grouped into exterior + holes by winding, as renderers do). */
export function tileWkt(feature: DecodedFeature): string {
  if (feature.type === 1)
    return `MULTIPOINT(${feature.rings
      .flat()
      .map((p) => `(${p.x} ${p.y})`)
      .join(',')})`;
  if (feature.type === 2) return `MULTILINESTRING(${feature.rings.map((r) => `(${coords(r)})`).join(',')})`;
  const polygons = classifyRings(feature.rings as any) as unknown as { x: number; y: number }[][][];
  return `MULTIPOLYGON(${polygons.map((rings) => `(${rings.map((r) => `(${coords([...r, r[0]])})`).join(',')})`).join(',')})`;
}
