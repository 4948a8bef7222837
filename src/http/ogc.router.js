import { Router } from 'express';
import { badInput, notFound } from '../common/errors';
import { FeatureCollectionService } from '../geo/feature-collection.service';
import { featureQueryFromParams, SPATIAL_PARAMS } from './feature-query.params';
import { baseUrlOf, intParam, queryParams, rejectUnknownParams, requestContextOf, sendCacheable, sendJson, } from './gis-response';
import { OGC_DEFAULT_LIMIT, OGC_MAX_LIMIT, ogcOpenApiDocument } from './ogc-openapi';
/**
 * OGC API – Features Part 1 (core, geojson, oas30) at /ogc: every layer of the
 * registry is a collection. Items pages carry numberMatched, numberReturned,
 * timeStamp and self/next/prev links; page and count come from one statement.
 * Links are absolute, built from the request's own host (or a trusted proxy's
 * X-Forwarded-* headers).
 */
const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const GREGORIAN = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';
const GEOJSON = 'application/geo+json';
const JSON_TYPE = 'application/json';
const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';
export const OGC_ITEMS_MAX_AGE = 60;
export const CONFORMANCE_CLASSES = [
    'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
    'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
    'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
    // Answered by src/web/ogc-html.ts in front of this router (f=html, or a browser's Accept).
    'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
];
/** `f` may ask for JSON here; `f=html` never reaches this router (src/web/ogc-html.ts answers it). */
function checkFormat(params) {
    const f = params.get('f');
    if (f !== undefined && f !== 'json' && f !== 'geojson')
        throw badInput('f', 'must be json or html');
}
function metadataParams(req) {
    const params = queryParams(req);
    rejectUnknownParams(params, ['f']);
    checkFormat(params);
}
function collectionOf(layers, id) {
    if (!layers.has(id))
        throw notFound(`Collection "${id.slice(0, 40)}" does not exist (collections: ${layers.ids.join(', ')})`);
    return layers.byId[id];
}
function collectionDocument(base, layer, extent) {
    const href = `${base}/ogc/collections/${layer.id}`;
    const temporal = layer.dateSql && extent?.interval
        ? { temporal: { interval: [extent.interval.map((d) => (d ? `${d}T00:00:00Z` : null))], trs: GREGORIAN } }
        : {};
    return {
        id: layer.id,
        title: layer.title,
        description: layer.description,
        itemType: 'feature',
        crs: [CRS84],
        storageCrs: CRS84,
        extent: { spatial: { bbox: extent?.bbox ? [extent.bbox] : [], crs: CRS84 }, ...temporal },
        links: [
            { href, rel: 'self', type: JSON_TYPE, title: 'This collection' },
            { href: `${href}/items`, rel: 'items', type: GEOJSON, title: `${layer.title} (GeoJSON)` },
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
function pageUrl(base, req, params, changes) {
    const query = new URLSearchParams();
    for (const [name, value] of params)
        if (!(name in changes))
            query.set(name, value);
    for (const [name, value] of Object.entries(changes))
        query.set(name, String(value));
    return `${base}${req.baseUrl}${req.path}?${query.toString()}`;
}
export function ogcRouter(dataSource, layers) {
    const router = Router();
    router.get('/ogc', (req, res) => {
        metadataParams(req);
        const base = baseUrlOf(req);
        sendJson(res, {
            title: 'territorio — Iztapalapa territorial data',
            description: "Direcciones territoriales, colonias and the places of the program 'Fortalecimiento de la Democracia Participativa para el Bienestar y la Paz' (Alcaldía Iztapalapa) as OGC API – Features.",
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
        const extents = await FeatureCollectionService.extents(requestContextOf(dataSource, res), layers.all());
        sendJson(res, {
            links: [{ href: `${base}/ogc/collections`, rel: 'self', type: JSON_TYPE, title: 'Collections' }],
            collections: layers.all().map((layer) => collectionDocument(base, layer, extents.get(layer.id))),
        });
    });
    router.get('/ogc/collections/:collectionId', async (req, res) => {
        const layer = collectionOf(layers, req.params.collectionId);
        metadataParams(req);
        const extents = await FeatureCollectionService.extents(requestContextOf(dataSource, res), [layer]);
        sendJson(res, collectionDocument(baseUrlOf(req), layer, extents.get(layer.id)));
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
            ...layer.filters.map((f) => f.name),
        ]);
        checkFormat(params);
        const limit = intParam(params, 'limit', OGC_DEFAULT_LIMIT, 1, OGC_MAX_LIMIT);
        const offset = intParam(params, 'offset', 0, 0, 1_000_000);
        const ctx = requestContextOf(dataSource, res);
        const query = await featureQueryFromParams(ctx, layer, params);
        const page = await FeatureCollectionService.itemsPage(ctx, layer, query, { precision: 6, simplifyMeters: 0 }, { limit, offset });
        const base = baseUrlOf(req);
        const links = [
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
        const body = `{"type":"FeatureCollection","numberMatched":${page.matched},"numberReturned":${page.returned},` +
            `"timeStamp":${JSON.stringify(new Date().toISOString())},"links":${JSON.stringify(links)},"features":${page.features}}`;
        sendCacheable(req, res, { body, contentType: GEOJSON, maxAge: OGC_ITEMS_MAX_AGE });
    });
    router.get('/ogc/collections/:collectionId/items/:featureId', async (req, res) => {
        const layer = collectionOf(layers, req.params.collectionId);
        const params = queryParams(req);
        rejectUnknownParams(params, ['f']);
        checkFormat(params);
        const { featureId } = req.params;
        const missing = () => notFound(`Feature "${featureId.slice(0, 40)}" does not exist in collection ${layer.id}`);
        if (!/^[1-9][0-9]{0,9}$/.test(featureId) || Number(featureId) > 2147483647)
            throw missing();
        const feature = await FeatureCollectionService.feature(requestContextOf(dataSource, res), layer, Number(featureId), { precision: 6, simplifyMeters: 0 });
        if (feature === null)
            throw missing();
        const base = baseUrlOf(req);
        const links = [
            {
                href: `${base}/ogc/collections/${layer.id}/items/${featureId}`,
                rel: 'self',
                type: GEOJSON,
                title: 'This feature',
            },
            { href: `${base}/ogc/collections/${layer.id}`, rel: 'collection', type: JSON_TYPE, title: layer.title },
        ];
        const body = `${feature.slice(0, -1)},"links":${JSON.stringify(links)}}`;
        sendCacheable(req, res, { body, contentType: GEOJSON, maxAge: OGC_ITEMS_MAX_AGE });
    });
    return router;
}
