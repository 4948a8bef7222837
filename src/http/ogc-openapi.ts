import { FILTER_LANGS } from '../geo/cql2.sql';
import { SUPPORTED_CRS } from '../geo/crs';
import {
  layerProperties,
  takesPeriod,
  type LayerDefinition,
  type LayerRegistry,
  type PropertyType,
} from '../geo/layers';
import { MAX_PERIOD_YEARS } from './feature-query.params';
import { DOWNLOAD_FORMATS } from './ogc-download';
import { queryableParams } from './ogc-query.params';

/**
 * The OpenAPI 3.0 definition of /ogc (OGC API – Features Part 1, conformance
 * class oas30), generated from the layer registry: one items path per
 * collection with its own filters, so clients (GDAL's OAPIF driver among
 * them) learn which properties can be queried.
 */

export const OGC_MAX_LIMIT = 1000;
export const OGC_DEFAULT_LIMIT = 100;

const JSON_SCHEMA_TYPE: Record<PropertyType, Record<string, string>> = {
  string: { type: 'string' },
  integer: { type: 'integer' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
};

const exception = { $ref: '#/components/responses/Exception' };

function itemsParameters(layer: LayerDefinition) {
  return [
    { $ref: '#/components/parameters/limit' },
    { $ref: '#/components/parameters/offset' },
    { $ref: '#/components/parameters/bbox' },
    ...(takesPeriod(layer) ? [datetimeParameter(layer)] : []),
    { $ref: '#/components/parameters/f' },
    { $ref: '#/components/parameters/crs' },
    { $ref: '#/components/parameters/bbox-crs' },
    { $ref: '#/components/parameters/filter' },
    { $ref: '#/components/parameters/filter-lang' },
    { $ref: '#/components/parameters/filter-crs' },
    { $ref: '#/components/parameters/sortby' },
    { $ref: '#/components/parameters/properties' },
    // Part 3 "queryables as query parameters": each property, by equality.
    ...queryableParams(layer).map((q) => ({
      name: q.name,
      in: 'query',
      required: false,
      description: `${q.description} (equality)`,
      schema: q.type === 'geometry' ? { type: 'string' } : JSON_SCHEMA_TYPE[q.type],
      style: 'form',
      explode: false,
    })),
    ...layer.filters.map((f) => ({
      name: f.name,
      in: 'query',
      required: false,
      description: f.description,
      schema: { type: 'string' },
      style: 'form',
      explode: false,
    })),
  ];
}

/**
 * OGC `datetime` (Part 1): an instant or an interval, as the collection takes it: on its features' date, or as
 * the period of its figures (both on a layer that has both).
 */
function datetimeParameter(layer: LayerDefinition) {
  const uses = [
    ...(layer.dateSql ? ['only the features whose date is in it'] : []),
    ...(layer.figures?.length
      ? [
          `the figures of that period in ${layer.figures
            .flatMap((f) => f.properties.map((p) => p.name))
            .join(', ')} (a period before the data begins: null, "no data")`,
        ]
      : []),
  ];
  return {
    name: 'datetime',
    in: 'query',
    required: false,
    description:
      'A period, as OGC API – Features Part 1 defines it: an instant (`2020-03-15`, or an RFC 3339 date-time such as ' +
      '`2020-03-15T10:00:00Z`), a closed interval (`2020-01-01/2020-06-30`) or a half-bounded one (`../2020-06-30`, ' +
      '`2020-01-01/..`). Days are whole days (a date-time counts for its UTC day); a closed interval spans less than ' +
      `${MAX_PERIOD_YEARS} years. It selects ${uses.join('; and ')}.`,
    schema: { type: 'string' },
    style: 'form',
    explode: false,
  };
}

function featureSchema(layer: LayerDefinition) {
  return {
    type: 'object',
    required: ['type', 'geometry', 'properties'],
    properties: {
      type: { type: 'string', enum: ['Feature'] },
      id: { type: 'integer' },
      geometry: { $ref: '#/components/schemas/geometryGeoJSON' },
      properties: {
        type: 'object',
        properties: Object.fromEntries(
          layerProperties(layer).map((p) => [p.name, { ...JSON_SCHEMA_TYPE[p.type], description: p.description }]),
        ),
      },
    },
  };
}

export function ogcOpenApiDocument(baseUrl: string, layers: LayerRegistry) {
  const collectionPaths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const layer of layers.all()) {
    const id = layer.id;
    schemas[`${id}Feature`] = featureSchema(layer);
    collectionPaths[`/collections/${id}/items`] = {
      get: {
        operationId: `get${id[0].toUpperCase()}${id.slice(1)}Features`,
        summary: `Features of ${layer.title}`,
        description: layer.description,
        tags: ['Data'],
        parameters: itemsParameters(layer),
        responses: {
          200: {
            description: `A page of ${layer.title} (numberMatched, numberReturned, next/prev links), or a file (f).`,
            content: {
              'application/geo+json': { schema: { $ref: '#/components/schemas/featureCollectionGeoJSON' } },
              ...Object.fromEntries(
                Object.values(DOWNLOAD_FORMATS).map((d) => [
                  d.contentType,
                  { schema: { type: 'string', format: 'binary' } },
                ]),
              ),
            },
          },
          400: exception,
          500: exception,
        },
      },
    };
    collectionPaths[`/collections/${id}/items/{featureId}`] = {
      get: {
        operationId: `get${id[0].toUpperCase()}${id.slice(1)}Feature`,
        summary: `One feature of ${layer.title}`,
        tags: ['Data'],
        parameters: [
          { $ref: '#/components/parameters/featureId' },
          { $ref: '#/components/parameters/f' },
          { $ref: '#/components/parameters/crs' },
        ],
        responses: {
          200: {
            description: 'The feature.',
            content: { 'application/geo+json': { schema: { $ref: `#/components/schemas/${id}Feature` } } },
          },
          404: exception,
          500: exception,
        },
      },
    };
    collectionPaths[`/collections/${id}/queryables`] = {
      get: {
        operationId: `get${id[0].toUpperCase()}${id.slice(1)}Queryables`,
        summary: `Queryables of ${layer.title}`,
        description: 'JSON Schema of the properties filter, sortby and properties accept.',
        tags: ['Capabilities'],
        parameters: [{ $ref: '#/components/parameters/f' }],
        responses: {
          200: {
            description: 'The queryables (JSON Schema 2020-12).',
            content: { 'application/schema+json': { schema: { type: 'object' } } },
          },
          500: exception,
        },
      },
    };
  }
  const crsUris = SUPPORTED_CRS.map((c) => c.uri);
  const jsonDocument = (description: string) => ({
    200: { description, content: { 'application/json': { schema: { type: 'object' } } } },
    400: exception,
    500: exception,
  });
  return {
    openapi: '3.0.3',
    info: {
      title: 'territorio — OGC API – Features',
      version: '1.0.0',
      description:
        "Iztapalapa's direcciones territoriales, colonias and the program's places (ECOS, public-space works, workshops, Mercomuna) as OGC API – Features collections. Coordinates are WGS84 lon/lat (CRS84).",
      license: { name: 'MIT (code); data under its sources’ licences' },
    },
    servers: [{ url: `${baseUrl}/ogc` }],
    tags: [{ name: 'Capabilities' }, { name: 'Data' }],
    paths: {
      '/': {
        get: {
          operationId: 'getLandingPage',
          summary: 'Landing page',
          tags: ['Capabilities'],
          parameters: [{ $ref: '#/components/parameters/f' }],
          responses: jsonDocument('Links to the API definition, conformance and collections.'),
        },
      },
      '/conformance': {
        get: {
          operationId: 'getConformance',
          summary: 'Conformance classes',
          tags: ['Capabilities'],
          parameters: [{ $ref: '#/components/parameters/f' }],
          responses: jsonDocument('The conformance classes implemented.'),
        },
      },
      '/api': {
        get: {
          operationId: 'getApi',
          summary: 'This OpenAPI definition',
          tags: ['Capabilities'],
          responses: {
            200: {
              description: 'OpenAPI 3.0 document.',
              content: { 'application/vnd.oai.openapi+json;version=3.0': { schema: { type: 'object' } } },
            },
            500: exception,
          },
        },
      },
      '/collections': {
        get: {
          operationId: 'getCollections',
          summary: 'Collections',
          tags: ['Capabilities'],
          parameters: [{ $ref: '#/components/parameters/f' }],
          responses: jsonDocument('Every collection with its extent.'),
        },
      },
      '/collections/{collectionId}': {
        get: {
          operationId: 'describeCollection',
          summary: 'One collection',
          tags: ['Capabilities'],
          parameters: [{ $ref: '#/components/parameters/collectionId' }, { $ref: '#/components/parameters/f' }],
          responses: {
            ...jsonDocument('Title, description, extent, item type and links of the collection.'),
            404: exception,
          },
        },
      },
      ...collectionPaths,
    },
    components: {
      parameters: {
        collectionId: {
          name: 'collectionId',
          in: 'path',
          required: true,
          description: 'Collection id.',
          schema: { type: 'string', enum: [...layers.ids] },
        },
        featureId: {
          name: 'featureId',
          in: 'path',
          required: true,
          description: 'Feature id (the entity id).',
          schema: { type: 'string' },
        },
        limit: {
          name: 'limit',
          in: 'query',
          required: false,
          description: `Features per page (1–${OGC_MAX_LIMIT}, default ${OGC_DEFAULT_LIMIT}).`,
          schema: { type: 'integer', minimum: 1, maximum: OGC_MAX_LIMIT, default: OGC_DEFAULT_LIMIT },
          style: 'form',
          explode: false,
        },
        offset: {
          name: 'offset',
          in: 'query',
          required: false,
          description: 'Features to skip (the `next` link sets it).',
          schema: { type: 'integer', minimum: 0, default: 0 },
          style: 'form',
          explode: false,
        },
        bbox: {
          name: 'bbox',
          in: 'query',
          required: false,
          description: 'minLon,minLat,maxLon,maxLat in CRS84: only features intersecting the box.',
          schema: { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } },
          style: 'form',
          explode: false,
        },
        crs: {
          name: 'crs',
          in: 'query',
          required: false,
          description: 'CRS of the returned coordinates (Part 2); CRS84 by default. The EPSG:4326 URI is lat/lon.',
          schema: { type: 'string', format: 'uri', enum: crsUris, default: crsUris[0] },
          style: 'form',
          explode: false,
        },
        'bbox-crs': {
          name: 'bbox-crs',
          in: 'query',
          required: false,
          description: 'CRS of bbox (Part 2); CRS84 by default. Only with bbox.',
          schema: { type: 'string', format: 'uri', enum: crsUris, default: crsUris[0] },
          style: 'form',
          explode: false,
        },
        filter: {
          name: 'filter',
          in: 'query',
          required: false,
          description:
            "CQL2 filter (Part 3) over the collection's queryables, e.g. `areaKm2 > 1 AND nombre LIKE 'SAN%'` or `S_INTERSECTS(geometry, POINT(-99.06 19.36))`.",
          schema: { type: 'string' },
          style: 'form',
          explode: false,
        },
        'filter-lang': {
          name: 'filter-lang',
          in: 'query',
          required: false,
          description: 'Language of filter: cql2-text (default) or cql2-json; cql-text is accepted as cql2-text.',
          schema: { type: 'string', enum: [...FILTER_LANGS, 'cql-text'], default: 'cql2-text' },
          style: 'form',
          explode: false,
        },
        'filter-crs': {
          name: 'filter-crs',
          in: 'query',
          required: false,
          description: "CRS of the filter's geometry literals; CRS84 by default.",
          schema: { type: 'string', format: 'uri', enum: crsUris, default: crsUris[0] },
          style: 'form',
          explode: false,
        },
        sortby: {
          name: 'sortby',
          in: 'query',
          required: false,
          description: 'Sort keys (queryables), comma-separated, `-` for descending: e.g. `-areaKm2,nombre`.',
          schema: { type: 'array', items: { type: 'string' } },
          style: 'form',
          explode: false,
        },
        properties: {
          name: 'properties',
          in: 'query',
          required: false,
          description: 'Only these properties in each feature, comma-separated.',
          schema: { type: 'array', items: { type: 'string' } },
          style: 'form',
          explode: false,
        },
        f: {
          name: 'f',
          in: 'query',
          required: false,
          description:
            'Format: json (GeoJSON for features, the default), html (a page with a map and a table), or for items a ' +
            'file of every matched feature: gpkg (GeoPackage with its R-tree index), fgb (FlatGeobuf with its packed ' +
            'Hilbert R-tree; column `id` is the feature id) or csv (UTF-8 with a BOM: `id`, then `lon`,`lat` of a ' +
            'point, `x`,`y` in a projected crs, or `wkt` of another geometry, then the properties).',
          schema: { type: 'string', enum: ['json', 'html', ...Object.keys(DOWNLOAD_FORMATS)] },
          style: 'form',
          explode: false,
        },
      },
      schemas: {
        ...schemas,
        exception: {
          type: 'object',
          required: ['code'],
          properties: { code: { type: 'string' }, description: { type: 'string' } },
        },
        link: {
          type: 'object',
          required: ['href'],
          properties: {
            href: { type: 'string' },
            rel: { type: 'string' },
            type: { type: 'string' },
            title: { type: 'string' },
          },
        },
        geometryGeoJSON: {
          type: 'object',
          required: ['type'],
          properties: {
            type: {
              type: 'string',
              enum: [
                'Point',
                'MultiPoint',
                'LineString',
                'MultiLineString',
                'Polygon',
                'MultiPolygon',
                'GeometryCollection',
              ],
            },
          },
        },
        featureCollectionGeoJSON: {
          type: 'object',
          required: ['type', 'features'],
          properties: {
            type: { type: 'string', enum: ['FeatureCollection'] },
            features: { type: 'array', items: { type: 'object' } },
            links: { type: 'array', items: { $ref: '#/components/schemas/link' } },
            timeStamp: { type: 'string', format: 'date-time' },
            numberMatched: { type: 'integer', minimum: 0 },
            numberReturned: { type: 'integer', minimum: 0 },
          },
        },
      },
      responses: {
        Exception: {
          description: 'An error: code and description.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/exception' } } },
        },
      },
    },
  };
}
