import { Router, type Request } from 'express';
import type { DataSource } from 'typeorm';
import type { GeometryCost } from '../geo/geometry-cost';
import type { Identity } from '../auth/identity';
import { currentRequestScope, type RequestContextFactory } from '../common/request-context';
import { badInput, notFound } from '../common/errors';
import { FeatureCollectionService, type LayerExtent } from '../geo/feature-collection.service';
import { contentCrsHeader, crsPrecision, CRS84, DEFAULT_CRS, SUPPORTED_CRS } from '../geo/crs';
import type { LayerDefinition, LayerRegistry } from '../geo/layers';
import { queryablesSchema } from '../geo/queryables';
import { SPATIAL_PARAMS } from './feature-query.params';
import {
  baseUrlOf,
  intParam,
  queryParams,
  rejectUnknownParams,
  requestContextOf,
  sendCacheable,
  sendJson,
} from './gis-response';
import { OGC_DEFAULT_LIMIT, OGC_MAX_LIMIT, ogcOpenApiDocument } from './ogc-openapi';
import { OGC_EXTENSION_PARAMS, ogcItemsQuery, outputCrs, queryableParams, type ItemsPricing } from './ogc-query.params';
import { DOWNLOAD_FORMATS, isDownloadFormat, sendItemsDownload, type DownloadFormat } from './ogc-download';

/**
 * OGC API – Features at /ogc: Part 1 (core, geojson, oas30), Part 2 (CRS by
 * reference: `crs`, `bbox-crs`, Content-Crs), Part 3 (queryables, CQL2
 * `filter` in text and JSON, queryables as query parameters) and the Part 5
 * drafts' `sortby` and `properties`. Every layer of the registry is a
 * collection. Items pages carry numberMatched, numberReturned, timeStamp and
 * self/next/prev links; page and count come from one statement.
 * Links are absolute, built from the request's own host (or a trusted proxy's
 * X-Forwarded-* headers).
 */

const GREGORIAN = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';
const GEOJSON = 'application/geo+json';
const JSON_TYPE = 'application/json';
const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';
const SCHEMA_TYPE = 'application/schema+json';
const QUERYABLES_REL = 'http://www.opengis.net/def/rel/ogc/1.0/queryables';
export const OGC_ITEMS_MAX_AGE = 60;

/** Only what is implemented and tested (tests/http/ogc-crs-filter.http.test.ts, tests/geo/cql2.test.ts). */
export const CONFORMANCE_CLASSES = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  // Answered by src/web/ogc-html.ts in front of this router (f=html, or a browser's Accept).
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter',
  'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text',
  'http://www.opengis.net/spec/cql2/1.0/conf/cql2-json',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2',
  'http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus',
  'http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions',
  'http://www.opengis.net/spec/cql2/1.0/conf/property-property',
];

/** `f` may ask for JSON here; `f=html` never reaches this router (src/web/ogc-html.ts answers it). */
function checkFormat(params: Map<string, string>): void {
  const f = params.get('f');
  if (f !== undefined && f !== 'json' && f !== 'geojson') throw badInput('f', 'must be json or html');
}

/** Items also come as a file (`f=gpkg`, `fgb`, `csv`). */
function itemsFormat(params: Map<string, string>): DownloadFormat | 'json' {
  const f = params.get('f');
  if (isDownloadFormat(f)) return f;
  if (f !== undefined && f !== 'json' && f !== 'geojson')
    throw badInput('f', `must be json, html, ${Object.keys(DOWNLOAD_FORMATS).join(', ')}`);
  return 'json';
}

function metadataParams(req: Request): void {
  const params = queryParams(req);
  rejectUnknownParams(params, ['f']);
  checkFormat(params);
}

function collectionOf(layers: LayerRegistry, id: string): LayerDefinition {
  if (!layers.has(id))
    throw notFound(`Collection "${id.slice(0, 40)}" does not exist (collections: ${layers.ids.join(', ')})`);
  return layers.byId[id];
}

function collectionDocument(base: string, layer: LayerDefinition, extent: LayerExtent | undefined) {
  const href = `${base}/ogc/collections/${layer.id}`;
  const temporal =
    layer.dateSql && extent?.interval
      ? { temporal: { interval: [extent.interval.map((d) => (d ? `${d}T00:00:00Z` : null))], trs: GREGORIAN } }
      : {};
  return {
    id: layer.id,
    title: layer.title,
    description: layer.description,
    itemType: 'feature',
    crs: SUPPORTED_CRS.map((c) => c.uri),
    storageCrs: CRS84,
    extent: { spatial: { bbox: extent?.bbox ? [extent.bbox] : [], crs: CRS84 }, ...temporal },
    links: [
      { href, rel: 'self', type: JSON_TYPE, title: 'This collection' },
      { href: `${href}/items`, rel: 'items', type: GEOJSON, title: `${layer.title} (GeoJSON)` },
      ...Object.entries(DOWNLOAD_FORMATS).map(([f, { contentType, title }]) => ({
        href: `${href}/items?f=${f}`,
        rel: 'items',
        type: contentType,
        title: `${layer.title} (${title}, every feature in one file)`,
      })),
      { href: `${href}/queryables`, rel: QUERYABLES_REL, type: SCHEMA_TYPE, title: 'Queryables (JSON Schema)' },
      // The draft's rel name, which GDAL 3.6 still looks for (served as application/json).
      { href: `${href}/queryables?f=json`, rel: 'queryables', type: JSON_TYPE, title: 'Queryables (JSON Schema)' },
      {
        href: `${base}/geojson/${layer.id}`,
        rel: 'alternate',
        type: GEOJSON,
        title: 'The whole layer as one GeoJSON file',
      },
      {
        href: `${base}/tiles/${layer.id}.json`,
        rel: 'alternate',
        type: 'application/json',
        title: 'Vector tiles (TileJSON)',
      },
    ],
  };
}

/** The request's URL with some query parameters replaced (for self/next/prev). */
function pageUrl(base: string, req: Request, params: Map<string, string>, changes: Record<string, number>): string {
  const query = new URLSearchParams();
  for (const [name, value] of params) if (!(name in changes)) query.set(name, value);
  for (const [name, value] of Object.entries(changes)) query.set(name, String(value));
  return `${base}${req.baseUrl}${req.path}?${query.toString()}`;
}

/**
 * `geometryCost` prices an items request: the filter's geometries by their vertices and the layer's rows
 * (refused past OGC_FILTER_MAX_WORK[_ANONYMOUS]), and the page's rows and vertices, charged with the filter's
 * work to the client's budget per minute (WORK_BUDGET_PER_MINUTE[_ANONYMOUS], src/http/rate-limit.ts).
 */
export function ogcRouter(
  dataSource: DataSource,
  layers: LayerRegistry,
  createContext: RequestContextFactory,
  geometryCost?: GeometryCost,
): Router {
  const router = Router();

  router.get('/ogc', (req, res) => {
    metadataParams(req);
    const base = baseUrlOf(req);
    sendJson(res, {
      title: 'territorio — Iztapalapa territorial data',
      description:
        "Direcciones territoriales, colonias and the places of the program 'Fortalecimiento de la Democracia Participativa para el Bienestar y la Paz' (Alcaldía Iztapalapa) as OGC API – Features.",
      links: [
        { href: `${base}/ogc`, rel: 'self', type: JSON_TYPE, title: 'This document' },
        { href: `${base}/ogc/api`, rel: 'service-desc', type: OPENAPI_TYPE, title: 'The API definition (OpenAPI 3.0)' },
        { href: `${base}/ogc/conformance`, rel: 'conformance', type: JSON_TYPE, title: 'Conformance classes' },
        { href: `${base}/ogc/collections`, rel: 'data', type: JSON_TYPE, title: 'Collections' },
      ],
    });
  });

  router.get('/ogc/conformance', (req, res) => {
    metadataParams(req);
    sendJson(res, { conformsTo: CONFORMANCE_CLASSES });
  });

  router.get('/ogc/api', (req, res) => {
    metadataParams(req);
    sendJson(res, ogcOpenApiDocument(baseUrlOf(req), layers), OPENAPI_TYPE);
  });

  router.get('/ogc/collections', async (req, res) => {
    metadataParams(req);
    const base = baseUrlOf(req);
    const extents = await FeatureCollectionService.extents(
      requestContextOf(createContext, dataSource, res),
      layers.all(),
    );
    sendJson(res, {
      links: [{ href: `${base}/ogc/collections`, rel: 'self', type: JSON_TYPE, title: 'Collections' }],
      collections: layers.all().map((layer) => collectionDocument(base, layer, extents.get(layer.id))),
    });
  });

  router.get('/ogc/collections/:collectionId', async (req, res) => {
    const layer = collectionOf(layers, req.params.collectionId);
    metadataParams(req);
    const extents = await FeatureCollectionService.extents(requestContextOf(createContext, dataSource, res), [layer]);
    sendJson(res, collectionDocument(baseUrlOf(req), layer, extents.get(layer.id)));
  });

  router.get('/ogc/collections/:collectionId/queryables', (req, res) => {
    const layer = collectionOf(layers, req.params.collectionId);
    const params = queryParams(req);
    rejectUnknownParams(params, ['f']);
    checkFormat(params);
    const id = `${baseUrlOf(req)}/ogc/collections/${layer.id}/queryables`;
    // application/schema+json as Part 3 says; f=json for clients that only take application/json.
    sendJson(res, queryablesSchema(layer, id), params.has('f') ? JSON_TYPE : SCHEMA_TYPE);
  });

  router.get('/ogc/collections/:collectionId/items', async (req, res) => {
    const layer = collectionOf(layers, req.params.collectionId);
    const params = queryParams(req);
    rejectUnknownParams(params, [
      'f',
      'limit',
      'offset',
      'datetime',
      ...SPATIAL_PARAMS,
      ...OGC_EXTENSION_PARAMS,
      ...layer.filters.map((f) => f.name),
      ...queryableParams(layer).map((q) => q.name),
    ]);
    const format = itemsFormat(params);
    const ctx = requestContextOf(createContext, dataSource, res);
    const rows = geometryCost?.rowsOf(layer.table) ?? 0;
    const identity = res.locals.identity as Identity | undefined;
    const pricing: ItemsPricing = {
      layerRows: rows,
      anonymous: !identity || identity.via === 'anonymous',
      // A page (or a file): its rows times the layer's average vertices per feature (points: 1), plus the filter's work.
      async charge(features, filterWork) {
        const layerVertices = geometryCost?.current().perLayer[layer.id.toUpperCase()];
        const perFeature = layerVertices && rows ? Math.max(1, Math.ceil(layerVertices / rows)) : 1;
        await currentRequestScope()?.chargeWork?.(features * perFeature + filterWork);
      },
    };
    if (format !== 'json') {
      await sendItemsDownload(req, res, ctx, layer, params, format, OGC_ITEMS_MAX_AGE, pricing);
      return;
    }
    const limit = intParam(params, 'limit', OGC_DEFAULT_LIMIT, 1, OGC_MAX_LIMIT);
    const offset = intParam(params, 'offset', 0, 0, 1_000_000);
    const { query, crs, properties, filterWork } = await ogcItemsQuery(ctx, layer, params, pricing);
    await pricing.charge(limit, filterWork);
    const page = await FeatureCollectionService.itemsPage(
      ctx,
      layer,
      query,
      { precision: crsPrecision(crs), simplifyMeters: 0, crs, properties },
      { limit, offset },
    );
    const base = baseUrlOf(req);
    const links: { href: string; rel: string; type: string; title: string }[] = [
      { href: pageUrl(base, req, params, { limit, offset }), rel: 'self', type: GEOJSON, title: 'This page' },
    ];
    if (offset + page.returned < page.matched) {
      links.push({
        href: pageUrl(base, req, params, { limit, offset: offset + limit }),
        rel: 'next',
        type: GEOJSON,
        title: 'Next page',
      });
    }
    if (offset > 0) {
      links.push({
        href: pageUrl(base, req, params, { limit, offset: Math.max(0, offset - limit) }),
        rel: 'prev',
        type: GEOJSON,
        title: 'Previous page',
      });
    }
    links.push({ href: `${base}/ogc/collections/${layer.id}`, rel: 'collection', type: JSON_TYPE, title: layer.title });
    // The features array is PostGIS's JSON text; the envelope is spliced around it.
    const body =
      `{"type":"FeatureCollection","numberMatched":${page.matched},"numberReturned":${page.returned},` +
      `"timeStamp":${JSON.stringify(new Date().toISOString())},"links":${JSON.stringify(links)},"features":${page.features}}`;
    res.setHeader('Content-Crs', contentCrsHeader(crs));
    sendCacheable(req, res, { body, contentType: GEOJSON, maxAge: OGC_ITEMS_MAX_AGE });
  });

  router.get('/ogc/collections/:collectionId/items/:featureId', async (req, res) => {
    const layer = collectionOf(layers, req.params.collectionId);
    const params = queryParams(req);
    rejectUnknownParams(params, ['f', 'crs']);
    checkFormat(params);
    const crs = outputCrs(params);
    const { featureId } = req.params;
    const missing = () => notFound(`Feature "${featureId.slice(0, 40)}" does not exist in collection ${layer.id}`);
    if (!/^[1-9][0-9]{0,9}$/.test(featureId) || Number(featureId) > 2147483647) throw missing();
    const feature = await FeatureCollectionService.feature(
      requestContextOf(createContext, dataSource, res),
      layer,
      Number(featureId),
      { precision: crsPrecision(crs), simplifyMeters: 0, crs },
    );
    if (feature === null) throw missing();
    const base = baseUrlOf(req);
    const links = [
      {
        href: `${base}/ogc/collections/${layer.id}/items/${featureId}${crs === DEFAULT_CRS ? '' : `?crs=${encodeURIComponent(crs.uri)}`}`,
        rel: 'self',
        type: GEOJSON,
        title: 'This feature',
      },
      { href: `${base}/ogc/collections/${layer.id}`, rel: 'collection', type: JSON_TYPE, title: layer.title },
    ];
    const body = `${feature.slice(0, -1)},"links":${JSON.stringify(links)}}`;
    res.setHeader('Content-Crs', contentCrsHeader(crs));
    sendCacheable(req, res, { body, contentType: GEOJSON, maxAge: OGC_ITEMS_MAX_AGE });
  });

  return router;
}
