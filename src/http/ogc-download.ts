import type { Request, Response } from 'express';
import type { RequestContext } from '../common/request-context';
import { AppError, ErrorCode } from '../common/errors';
import { contentCrsHeader } from '../geo/crs';
import { FeatureDownloadService, type FeatureDownload } from '../geo/feature-download.service';
import type { LayerDefinition } from '../geo/layers';
import { intParam, sendCacheable } from './gis-response';
import { ogcItemsQuery, type ItemsPricing } from './ogc-query.params';

/**
 * Files of an OGC collection's items: `f=gpkg` (GeoPackage), `f=fgb` (FlatGeobuf), `f=csv` (CSV for
 * spreadsheets). Every items parameter means what it means for the JSON
 * (`crs`, `bbox`, `bbox-crs`, `datetime`, `filter`, queryables, `sortby`,
 * `properties`, `limit`, `offset`). Without `limit` the file holds every
 * matched feature, up to DOWNLOAD_MAX_FEATURES (a dense layer's own
 * maxFeatures); past that the answer is 413 naming the limit, and the file
 * is not built.
 */

export const DOWNLOAD_FORMATS = {
  gpkg: {
    contentType: 'application/geopackage+sqlite3',
    extension: 'gpkg',
    title: 'GeoPackage',
    build: FeatureDownloadService.geoPackage,
  },
  fgb: {
    contentType: 'application/flatgeobuf',
    extension: 'fgb',
    title: 'FlatGeobuf',
    build: FeatureDownloadService.flatGeobuf,
  },
  csv: {
    // Express adds charset=utf-8.
    contentType: 'text/csv',
    extension: 'csv',
    title: 'CSV',
    build: FeatureDownloadService.csv,
  },
} as const;

export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;

export const DOWNLOAD_MAX_FEATURES = 50_000;

export function isDownloadFormat(f: string | undefined): f is DownloadFormat {
  return f !== undefined && Object.hasOwn(DOWNLOAD_FORMATS, f);
}

export async function sendItemsDownload(
  req: Request,
  res: Response,
  ctx: RequestContext,
  layer: LayerDefinition,
  params: Map<string, string>,
  format: DownloadFormat,
  maxAge: number,
  pricing: ItemsPricing,
): Promise<void> {
  const cap = layer.maxFeatures ?? DOWNLOAD_MAX_FEATURES;
  const limit = intParam(params, 'limit', cap, 1, cap);
  const offset = intParam(params, 'offset', 0, 0, 1_000_000);
  const { query, crs, properties, filterWork } = await ogcItemsQuery(ctx, layer, params, pricing);
  await pricing.charge(limit, filterWork);
  const page = { limit, offset, ...(params.has('limit') ? {} : { refuseAbove: cap }) };
  const output = { crs, ...(properties ? { properties } : {}) };
  const { contentType, extension, build } = DOWNLOAD_FORMATS[format];
  const download: FeatureDownload = await build(ctx, layer, query, output, page);
  if (download.refused)
    throw new AppError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `The download would hold ${download.matched - offset} features, more than the limit of ${cap} per file: ` +
        'narrow it with bbox, datetime or filter, or take it in parts with limit and offset',
    );
  res.setHeader('Content-Crs', contentCrsHeader(crs));
  res.setHeader('OGC-NumberMatched', String(download.matched));
  sendCacheable(req, res, {
    body: download.file as Buffer,
    contentType,
    maxAge,
    filename: `${layer.id}.${extension}`,
  });
}
