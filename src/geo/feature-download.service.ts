import type { RequestContext } from '../common/request-context';
import { reprojecting } from './feature-collection.service';
import type { FeatureQuery } from './feature-collection.sql';
import { downloadProperties, geoPackageRowsSql, type DownloadOutput, type DownloadPage } from './feature-download.sql';
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
}
