import type * as Flatbuffers from 'flatbuffers';
import type * as FgbColumn from 'flatgeobuf/lib/mjs/flat-geobuf/column.js' with { 'resolution-mode': 'import' };
import type * as FgbCrs from 'flatgeobuf/lib/mjs/flat-geobuf/crs.js' with { 'resolution-mode': 'import' };
import type * as FgbHeader from 'flatgeobuf/lib/mjs/flat-geobuf/header.js' with { 'resolution-mode': 'import' };
import type * as FgbFeature from 'flatgeobuf/lib/mjs/generic/feature.js' with { 'resolution-mode': 'import' };
import type * as FgbGeoJsonGeometry from 'flatgeobuf/lib/mjs/geojson/geometry.js' with { 'resolution-mode': 'import' };
import type * as FgbPackedRTree from 'flatgeobuf/lib/mjs/packedrtree.js' with { 'resolution-mode': 'import' };
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js' with { 'resolution-mode': 'import' };
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js' with { 'resolution-mode': 'import' };
import type { IProperties } from 'flatgeobuf/lib/mjs/generic/feature.js' with { 'resolution-mode': 'import' };
import type { PropertyType } from './layers';

/**
 * A FlatGeobuf file (flatgeobuf.org, version 3) of one layer, written with the
 * `flatgeobuf` npm package (4.5, the format's own JavaScript implementation):
 * its generated FlatBuffers tables for the header, its feature encoder
 * (`buildFeature`: geometry parts and the property bytes) and its packed R-tree
 * layout (`generateLevelBounds`). Its own `serialize` is not used: it guesses
 * column types from the first feature (a NULL there makes a text column), fails
 * on an empty collection and writes no spatial index. Here the columns come
 * typed from the layer, and the file carries the packed Hilbert R-tree the
 * format defines (features in Hilbert order of their envelopes' centres, node
 * size 16), as GDAL writes it, so a reader fetches only what a bbox touches.
 * Without the index (`index: false`) the features keep the order given (an OGC
 * `sortby`).
 *
 * Geometry arrives as GeoJSON text built by PostGIS, with its envelope
 * (src/geo/feature-download.sql.ts); nothing here reads WKB.
 *
 * ESM-only package: Node (≥ 20.19) loads it with require(); Jest transforms it (jest.config.js).
 */

/* eslint-disable @typescript-eslint/no-require-imports -- ESM-only package loaded through require(esm) so CommonJS output keeps working */
const flatbuffers: typeof Flatbuffers = require('flatbuffers');
const { Column }: typeof FgbColumn = require('flatgeobuf/lib/mjs/flat-geobuf/column.js');
const { Crs }: typeof FgbCrs = require('flatgeobuf/lib/mjs/flat-geobuf/crs.js');
const { Header }: typeof FgbHeader = require('flatgeobuf/lib/mjs/flat-geobuf/header.js');
const { buildFeature }: typeof FgbFeature = require('flatgeobuf/lib/mjs/generic/feature.js');
const { parseGeometry }: typeof FgbGeoJsonGeometry = require('flatgeobuf/lib/mjs/geojson/geometry.js');
const { generateLevelBounds, NODE_ITEM_BYTE_LEN }: typeof FgbPackedRTree = require('flatgeobuf/lib/mjs/packedrtree.js');
/* eslint-enable @typescript-eslint/no-require-imports */

/** "fgb", version 3, "fgb", 0. */
const MAGIC_BYTES = Uint8Array.from([0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0x00]);
/** Children per node of the packed R-tree (the format's default). */
export const INDEX_NODE_SIZE = 16;

/** FlatGeobuf's enums (flat-geobuf/column-type.ts, geometry-type.ts), by value: const enums do not cross packages. */
const COLUMN_TYPE = { Bool: 2, Int: 5, Long: 7, Double: 10, String: 11, DateTime: 13 } as const;
const GEOMETRY_TYPE = { Unknown: 0, Point: 1, MultiPolygon: 6 } as const;

/** Layer property types as FlatGeobuf columns: integers as Long (counts may exceed 2^31), dates as DateTime. */
const COLUMN_TYPES: Record<PropertyType, number> = {
  string: COLUMN_TYPE.String,
  integer: COLUMN_TYPE.Long,
  number: COLUMN_TYPE.Double,
  boolean: COLUMN_TYPE.Bool,
  date: COLUMN_TYPE.DateTime,
};

export interface FlatGeobufColumn {
  name: string;
  /** A property's type, or `id`: the column of the feature id (`fid`). */
  type: PropertyType | 'id';
  description?: string;
}

export interface FlatGeobufFeature {
  fid: number;
  /** GeoJSON geometry text (coordinates in the file's x/y order). */
  geometry: string;
  minx: number;
  miny: number;
  maxx: number;
  maxy: number;
  /** JSON object text of the values by column name (null or absent: null). */
  properties: string;
}

export interface FlatGeobufLayer {
  /** Layer name (the collection id). */
  name: string;
  title: string;
  description: string;
  geometryType: 'MultiPolygon' | 'Point' | 'Geometry';
  crs: { code: number; wkt: string | null };
  columns: FlatGeobufColumn[];
  features: FlatGeobufFeature[];
  /** Write the packed Hilbert R-tree (features are then stored in Hilbert order). */
  index: boolean;
}

function columnMeta(column: FlatGeobufColumn): ColumnMeta {
  return {
    name: column.name,
    type: column.type === 'id' ? COLUMN_TYPE.Int : COLUMN_TYPES[column.type],
    title: null,
    description: column.description ?? null,
    width: -1,
    precision: -1,
    scale: -1,
    nullable: column.type !== 'id',
    unique: column.type === 'id',
    primary_key: column.type === 'id',
  };
}

function headerBytes(
  layer: FlatGeobufLayer,
  columns: ColumnMeta[],
  envelope: number[] | null,
  indexNodeSize: number,
): Uint8Array {
  const builder = new flatbuffers.Builder(1024);
  const columnOffsets = columns.map((c) => {
    const name = builder.createString(c.name);
    const description = c.description ? builder.createString(c.description) : 0;
    Column.startColumn(builder);
    Column.addName(builder, name);
    Column.addType(builder, c.type);
    if (description) Column.addDescription(builder, description);
    Column.addNullable(builder, c.nullable);
    Column.addUnique(builder, c.unique);
    Column.addPrimaryKey(builder, c.primary_key);
    return Column.endColumn(builder);
  });
  const columnsVector = Header.createColumnsVector(builder, columnOffsets);
  const org = builder.createString('EPSG');
  const wkt = layer.crs.wkt ? builder.createString(layer.crs.wkt) : 0;
  Crs.startCrs(builder);
  Crs.addOrg(builder, org);
  Crs.addCode(builder, layer.crs.code);
  if (wkt) Crs.addWkt(builder, wkt);
  const crs = Crs.endCrs(builder);
  const name = builder.createString(layer.name);
  const title = builder.createString(layer.title);
  const description = builder.createString(layer.description);
  const envelopeVector = envelope ? Header.createEnvelopeVector(builder, envelope) : 0;
  Header.startHeader(builder);
  Header.addName(builder, name);
  if (envelopeVector) Header.addEnvelope(builder, envelopeVector);
  Header.addGeometryType(builder, GEOMETRY_TYPE[layer.geometryType === 'Geometry' ? 'Unknown' : layer.geometryType]);
  Header.addColumns(builder, columnsVector);
  Header.addFeaturesCount(builder, BigInt(layer.features.length));
  // 16 is the schema's default, which FlatBuffers leaves out; 0 says "no index".
  Header.addIndexNodeSize(builder, indexNodeSize);
  Header.addCrs(builder, crs);
  Header.addTitle(builder, title);
  Header.addDescription(builder, description);
  builder.finishSizePrefixed(Header.endHeader(builder));
  return builder.asUint8Array();
}

/**
 * Position of (x, y) (16-bit grid) on the Hilbert curve: the format's reference `hilbert()` (packedrtree.cpp,
 * after rawrunprotected's public-domain hilbert_curves), in 32-bit unsigned arithmetic.
 */
function hilbert(x: number, y: number): number {
  let a = x ^ y;
  let b = 0xffff ^ a;
  let c = 0xffff ^ (x | y);
  let d = x & (y ^ 0xffff);
  let A = a | (b >> 1);
  let B = (a >> 1) ^ a;
  let C = (c >> 1) ^ (b & (d >> 1)) ^ c;
  let D = (a & (c >> 1)) ^ (d >> 1) ^ d;

  a = A;
  b = B;
  c = C;
  d = D;
  A = (a & (a >> 2)) ^ (b & (b >> 2));
  B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
  C ^= (a & (c >> 2)) ^ (b & (d >> 2));
  D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));

  a = A;
  b = B;
  c = C;
  d = D;
  A = (a & (a >> 4)) ^ (b & (b >> 4));
  B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
  C ^= (a & (c >> 4)) ^ (b & (d >> 4));
  D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));

  a = A;
  b = B;
  c = C;
  d = D;
  C ^= (a & (c >> 8)) ^ (b & (d >> 8));
  D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));

  a = C ^ (C >> 1);
  b = D ^ (D >> 1);
  let i0 = x ^ y;
  let i1 = b | (0xffff ^ (i0 | a));
  i0 = (i0 | (i0 << 8)) & 0x00ff00ff;
  i0 = (i0 | (i0 << 4)) & 0x0f0f0f0f;
  i0 = (i0 | (i0 << 2)) & 0x33333333;
  i0 = (i0 | (i0 << 1)) & 0x55555555;
  i1 = (i1 | (i1 << 8)) & 0x00ff00ff;
  i1 = (i1 | (i1 << 4)) & 0x0f0f0f0f;
  i1 = (i1 | (i1 << 2)) & 0x33333333;
  i1 = (i1 | (i1 << 1)) & 0x55555555;
  return ((i1 << 1) | i0) >>> 0;
}

const HILBERT_MAX = (1 << 16) - 1;

/** The features in the reference writer's order: by Hilbert value of their envelopes' centres, descending. */
function hilbertSorted(features: FlatGeobufFeature[], extent: number[]): FlatGeobufFeature[] {
  const [minX, minY, maxX, maxY] = extent;
  const width = maxX - minX;
  const height = maxY - minY;
  const keyed = features.map((f) => {
    const x = width === 0 ? 0 : Math.floor((HILBERT_MAX * ((f.minx + f.maxx) / 2 - minX)) / width);
    const y = height === 0 ? 0 : Math.floor((HILBERT_MAX * ((f.miny + f.maxy) / 2 - minY)) / height);
    return { f, h: hilbert(x, y) };
  });
  return keyed.sort((p, q) => q.h - p.h).map((k) => k.f);
}

/**
 * The packed R-tree's bytes: leaves are the features' envelopes with their byte offsets in the data section;
 * each parent covers up to INDEX_NODE_SIZE nodes of the level below and points at the first of them; the root
 * first (the format's layout).
 */
function packedRTree(features: FlatGeobufFeature[], offsets: number[]): Uint8Array {
  const levels = generateLevelBounds(features.length, INDEX_NODE_SIZE);
  const count = levels[0][1];
  const box = new Float64Array(count * 4);
  const pointer = new Array<number>(count);
  const leaves = levels[0][0];
  features.forEach((f, i) => {
    box.set([f.minx, f.miny, f.maxx, f.maxy], (leaves + i) * 4);
    pointer[leaves + i] = offsets[i];
  });
  for (let level = 0; level < levels.length - 1; level++) {
    const end = levels[level][1];
    let position = levels[level][0];
    let parent = levels[level + 1][0];
    while (position < end) {
      const first = position;
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let j = 0; j < INDEX_NODE_SIZE && position < end; j++, position++) {
        minX = Math.min(minX, box[position * 4]);
        minY = Math.min(minY, box[position * 4 + 1]);
        maxX = Math.max(maxX, box[position * 4 + 2]);
        maxY = Math.max(maxY, box[position * 4 + 3]);
      }
      box.set([minX, minY, maxX, maxY], parent * 4);
      pointer[parent++] = first;
    }
  }
  const bytes = new Uint8Array(count * NODE_ITEM_BYTE_LEN);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < count; i++) {
    const at = i * NODE_ITEM_BYTE_LEN;
    for (let k = 0; k < 4; k++) view.setFloat64(at + k * 8, box[i * 4 + k], true);
    view.setBigUint64(at + 32, BigInt(pointer[i]), true);
  }
  return bytes;
}

/** Features encoded between two turns of the event loop: a large file does not hold it for seconds. */
const FEATURES_PER_TURN = 1000;

/** The FlatGeobuf file of one layer, as bytes. */
export async function flatGeobufFile(layer: FlatGeobufLayer): Promise<Buffer> {
  const columns = layer.columns.map(columnMeta);
  const extent =
    layer.features.length === 0
      ? null
      : layer.features.reduce(
          (e, f) => [Math.min(e[0], f.minx), Math.min(e[1], f.miny), Math.max(e[2], f.maxx), Math.max(e[3], f.maxy)],
          [Infinity, Infinity, -Infinity, -Infinity],
        );
  const indexed = layer.index && extent !== null;
  const features = indexed ? hilbertSorted(layer.features, extent) : layer.features;
  const meta = { columns } as HeaderMeta;
  const idColumns = layer.columns.filter((c) => c.type === 'id').map((c) => c.name);
  const encoded: Uint8Array[] = [];
  for (let i = 0; i < features.length; i++) {
    if (i > 0 && i % FEATURES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    const f = features[i];
    const given = JSON.parse(f.properties) as Record<string, unknown>;
    for (const name of idColumns) given[name] = f.fid;
    const values = Object.fromEntries(columns.map((c) => [c.name, given[c.name] ?? null])) as IProperties;
    encoded.push(buildFeature(parseGeometry(JSON.parse(f.geometry)), values, meta));
  }
  const offsets: number[] = [];
  let size = 0;
  for (const bytes of encoded) {
    offsets.push(size);
    size += bytes.length;
  }
  const parts = [
    MAGIC_BYTES,
    headerBytes(layer, columns, extent, indexed ? INDEX_NODE_SIZE : 0),
    ...(indexed ? [packedRTree(features, offsets)] : []),
    ...encoded,
  ];
  return Buffer.concat(parts);
}
