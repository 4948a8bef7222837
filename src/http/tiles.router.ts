import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { RequestContextFactory } from '../common/request-context';
import { FeatureCollectionService } from '../geo/feature-collection.service';
import { layerProperties, type LayerRegistry, type PropertyType } from '../geo/layers';
import { parseTileCoordinates, tileEncodingOf, TileService } from '../geo/tile.service';
import { MAX_TILE_ZOOM } from '../geo/tile.sql';
import { layerPeriod, PERIOD_PARAMS, periodQuery } from './feature-query.params';
import {
  baseUrlOf,
  queryParams,
  rejectUnknownParams,
  requestContextOf,
  sendCacheable,
  sendJson,
  setSqlStatementsHeader,
} from './gis-response';

/** Seconds a tile may be reused (the ETag revalidates it after that). */
export const TILE_MAX_AGE = 300;
const MVT_TYPE = 'application/vnd.mapbox-vector-tile';

const TILEJSON_FIELD_TYPE: Record<PropertyType, string> = {
  string: 'String',
  integer: 'Number',
  number: 'Number',
  boolean: 'Boolean',
  date: 'String',
};

/**
 * Vector tiles for MapLibre/Leaflet/QGIS: GET /tiles/{layer}/{z}/{x}/{y}.mvt
 * (Web Mercator XYZ; 204 when the tile is empty) and its TileJSON at
 * GET /tiles/{layer}.json. Both take a period (`from`/`to` inclusive dates, or
 * `year`) on the layers that have one: the TileJSON's tile URLs then carry it,
 * in one canonical form (`?from=…&to=…`), so the period is part of every tile's
 * URL, the key of every HTTP cache (and of MapLibre's) on the way.
 */
export function tilesRouter(
  dataSource: DataSource,
  layers: LayerRegistry,
  createContext: RequestContextFactory,
): Router {
  const router = Router();
  // Learn at startup whether PostGIS encodes tiles, so no request pays for the probe (it retries on the first tile if this fails).
  void tileEncodingOf(dataSource).catch(() => undefined);

  router.get('/tiles/:layer/:z/:x/:y.mvt', async (req, res) => {
    const layer = layers.require('layer', req.params.layer);
    const params = queryParams(req);
    rejectUnknownParams(params, PERIOD_PARAMS);
    const tile = parseTileCoordinates(req.params.z, req.params.x, req.params.y);
    const period = layerPeriod(layer, params, 'from-to');
    const bytes = await TileService.tile(
      requestContextOf(createContext, dataSource, res),
      layer,
      tile,
      undefined,
      period,
    );
    if (bytes.length === 0) {
      setSqlStatementsHeader(res);
      res.setHeader('Cache-Control', `public, max-age=${TILE_MAX_AGE}`);
      res.status(204).end();
      return;
    }
    sendCacheable(req, res, { body: bytes, contentType: MVT_TYPE, maxAge: TILE_MAX_AGE });
  });

  router.get('/tiles/:layer.json', async (req, res) => {
    const layer = layers.require('layer', req.params.layer);
    const params = queryParams(req);
    rejectUnknownParams(params, PERIOD_PARAMS);
    const query = periodQuery(layerPeriod(layer, params, 'from-to'));
    const extent = (
      await FeatureCollectionService.extents(requestContextOf(createContext, dataSource, res), [layer])
    ).get(layer.id);
    const bounds = extent?.bbox ?? [-180, -85.0511, 180, 85.0511];
    const base = baseUrlOf(req);
    sendJson(res, {
      tilejson: '3.0.0',
      name: layer.title,
      description: layer.description,
      version: '1.0.0',
      scheme: 'xyz',
      tiles: [`${base}/tiles/${layer.id}/{z}/{x}/{y}.mvt${query ? `?${query}` : ''}`],
      minzoom: layer.minZoom ?? 0,
      maxzoom: MAX_TILE_ZOOM,
      bounds,
      center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 12],
      vector_layers: [
        {
          id: layer.id,
          description: layer.description,
          minzoom: layer.minZoom ?? 0,
          maxzoom: MAX_TILE_ZOOM,
          fields: Object.fromEntries(layerProperties(layer).map((p) => [p.name, TILEJSON_FIELD_TYPE[p.type]])),
        },
      ],
    });
  });

  return router;
}
