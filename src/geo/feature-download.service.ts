import type { RequestContext } from '../common/request-context';
import { reprojecting } from './feature-collection.service';
import type { FeatureQuery } from './feature-collection.sql';
import { csvFile } from './csv.writer';
import {
  csvRowsSql,
  downloadProperties,
  flatGeobufRowsSql,
  geoPackageRowsSql,
  type DownloadOutput,
  type DownloadPage,
} from './feature-download.sql';
import { flatGeobufFile } from './flatgeobuf.writer';
import { geoPackageFile, type GeoPackageSrs } from './geopackage.writer';
import type { LayerDefinition } from './layers';
import { SqlParams } from './sql-params';
import { SRID } from './spatial-sql';

/** A GIS file of a collection's items: none when refused (too many features). */
export interface FeatureDownload {
  matched: number;
  refused: boolean;
  file: Buffer | null;
}

const GEOPACKAGE_GEOMETRY_TYPES: Record<LayerDefinition['geometryType'], string> = {
  MultiPolygon: 'MULTIPOLYGON',
  Point: 'POINT',
  Geometry: 'GEOMETRY',
};

/** PGlite answers bytea as a Uint8Array, node-postgres as a Buffer. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

interface GeoPackageRow {
  matched: number;
  refused: boolean;
  srs_wkt: string | null;
  wgs84_wkt: string;
  fid: number | null;
  geom: Uint8Array;
  minx: number;
  maxx: number;
  miny: number;
  maxy: number;
  [column: string]: unknown;
}

function srsOf(srid: number, wkt: string): GeoPackageSrs {
  const name = /^[A-Z]+\["([^"]+)"/.exec(wkt)?.[1] ?? `EPSG:${srid}`;
  return { srid, organization: 'EPSG', code: srid, name, definition: wkt };
}

interface FlatGeobufRow extends DownloadRow {
  geometry: string;
  minx: number;
  maxx: number;
  miny: number;
  maxy: number;
  properties: string;
}

interface CsvRow extends DownloadRow {
  wkt?: string;
  x?: string;
  y?: string;
  properties: string;
}

interface DownloadRow {
  matched: number;
  refused: boolean;
  srs_wkt: string | null;
  wgs84_wkt: string;
  fid: number | null;
}

/** The rows of a download's statement, in the output CRS (a CRS PostGIS cannot reach is the client's 400). */
async function downloadRows<Row extends DownloadRow>(
  ctx: RequestContext,
  build: (params: SqlParams) => string,
  output: DownloadOutput,
): Promise<Row[]> {
  const params = new SqlParams();
  const sql = build(params);
  return reprojecting(output.crs, () => ctx.dataSource.query(sql, params.values));
}

/** GIS files of the map layers: one statement per file. */
export class FeatureDownloadService {
  /** GeoPackage: rows from PostGIS (GeoPackage geometry blobs and envelopes), the file written by SQLite. */
  static async geoPackage(
    ctx: RequestContext,
    layer: LayerDefinition,
    query: FeatureQuery,
    output: DownloadOutput,
    page: DownloadPage,
  ): Promise<FeatureDownload> {
    const params = new SqlParams();
    const sql = geoPackageRowsSql(layer, query, output, page, params);
    const rows: GeoPackageRow[] = await reprojecting(output.crs, () => ctx.dataSource.query(sql, params.values));
    const { matched, refused, srs_wkt: srsWkt, wgs84_wkt: wgs84Wkt } = rows[0];
    if (refused) return { matched, refused, file: null };
    const properties = downloadProperties(layer, output.properties);
    const srid = output.crs.srid;
    const file = geoPackageFile({
      name: layer.id,
      title: layer.title,
      description: layer.description,
      geometryType: GEOPACKAGE_GEOMETRY_TYPES[layer.geometryType],
      srs: srsOf(srid, srsWkt ?? wgs84Wkt),
      wgs84: srsOf(SRID, wgs84Wkt),
      columns: properties.map((p) => ({ name: p.name, type: p.type })),
      features: rows
        .filter((r) => r.fid !== null)
        .map((r) => ({
          fid: r.fid as number,
          geom: asBuffer(r.geom),
          minx: r.minx,
          maxx: r.maxx,
          miny: r.miny,
          maxy: r.maxy,
          values: properties.map((_p, i) => r[`p${i}`]),
        })),
    });
    return { matched, refused, file };
  }

  /**
   * FlatGeobuf: rows from PostGIS (GeoJSON geometry, envelope, properties), the file written with the
   * `flatgeobuf` package (src/geo/flatgeobuf.writer.ts). The feature id is the first column, `id`; the packed
   * Hilbert R-tree is written unless `sortby` orders the features (the index would reorder them).
   */
  static async flatGeobuf(
    ctx: RequestContext,
    layer: LayerDefinition,
    query: FeatureQuery,
    output: DownloadOutput,
    page: DownloadPage,
  ): Promise<FeatureDownload> {
    const rows = await downloadRows<FlatGeobufRow>(
      ctx,
      (params) => flatGeobufRowsSql(layer, query, output, page, params),
      output,
    );
    const { matched, refused, srs_wkt: srsWkt } = rows[0];
    if (refused) return { matched, refused, file: null };
    const file = await flatGeobufFile({
      name: layer.id,
      title: layer.title,
      description: layer.description,
      geometryType: layer.geometryType,
      crs: { code: output.crs.srid, wkt: srsWkt },
      columns: [
        { name: FEATURE_ID_COLUMN, type: 'id', description: 'Feature id (as in the GeoJSON and the OGC items).' },
        ...downloadProperties(layer, output.properties).map((p) => ({
          name: p.name,
          type: p.type,
          description: p.description,
        })),
      ],
      features: rows
        .filter((r) => r.fid !== null)
        .map((r) => ({
          fid: r.fid as number,
          geometry: r.geometry,
          minx: r.minx,
          miny: r.miny,
          maxx: r.maxx,
          maxy: r.maxy,
          properties: r.properties,
        })),
      index: !query.sort?.length,
    });
    return { matched, refused, file };
  }

  /**
   * CSV: `id`, the geometry (`x`, `y` for a point layer: lon/lat or easting/northing; else `wkt`), then the
   * properties, as src/geo/csv.writer.ts writes them (UTF-8 with a BOM).
   */
  static async csv(
    ctx: RequestContext,
    layer: LayerDefinition,
    query: FeatureQuery,
    output: DownloadOutput,
    page: DownloadPage,
  ): Promise<FeatureDownload> {
    const rows = await downloadRows<CsvRow>(ctx, (params) => csvRowsSql(layer, query, output, page, params), output);
    const { matched, refused } = rows[0];
    if (refused) return { matched, refused, file: null };
    const properties = downloadProperties(layer, output.properties).map((p) => p.name);
    const point = layer.geometryType === 'Point';
    const axes = output.crs.unit === 'degree' ? ['lon', 'lat'] : ['x', 'y'];
    const header = [FEATURE_ID_COLUMN, ...(point ? axes : ['wkt']), ...properties];
    const file = csvFile(
      header,
      rows
        .filter((r) => r.fid !== null)
        .map((r) => {
          const values = JSON.parse(r.properties) as Record<string, string | number | boolean | null>;
          const geometry = point ? [Number(r.x), Number(r.y)] : [r.wkt as string];
          return [r.fid, ...geometry, ...properties.map((name) => values[name])];
        }),
    );
    return { matched, refused, file };
  }
}

/** The feature id's column in FlatGeobuf and CSV files (GeoPackage has its `fid`). */
export const FEATURE_ID_COLUMN = 'id';
