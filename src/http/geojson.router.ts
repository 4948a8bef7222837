import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { RequestContextFactory } from '../common/request-context';
import { FeatureCollectionService, geoJsonOutput } from '../geo/feature-collection.service';
import type { LayerRegistry } from '../geo/layers';
import { MAX_PRECISION } from '../geo/spatial-sql';
import { featureQueryFromParams, PERIOD_PARAMS, SPATIAL_PARAMS } from './feature-query.params';
import { streamFeatureCollection } from './geojson-stream';
import {
  numberParam,
  queryParams,
  rejectUnknownParams,
  requestContextOf,
  sendCacheable,
  intParam,
} from './gis-response';

/** Seconds a FeatureCollection may be reused (the ETag revalidates it after that). */
export const GEOJSON_MAX_AGE = 300;

/**
 * GET /geojson/{layer}: a whole layer as one GeoJSON FeatureCollection built by
 * PostGIS, for QGIS ("Add Vector Layer" → HTTP), GDAL and web maps.
 * Parameters: bbox=minLon,minLat,maxLon,maxLat, near=lon,lat,meters,
 * intersects=<GeoJSON geometry>, precision (0–15, default 6), simplify (metres,
 * default 0), the period (from=YYYY-MM-DD, to=YYYY-MM-DD inclusive, or year=YYYY:
 * dated features of the period, the figures of the period) and the layer's
 * filters (territorial=…, kind=…). A dense layer
 * (the crime points) is streamed in pieces (geojson-stream.ts).
 */
export function geojsonRouter(
  dataSource: DataSource,
  layers: LayerRegistry,
  createContext: RequestContextFactory,
): Router {
  const router = Router();
  router.get('/geojson/:layer', async (req, res) => {
    const name = req.params.layer.replace(/\.geojson$/, '');
    const layer = layers.require('layer', name);
    const params = queryParams(req);
    rejectUnknownParams(params, [
      'precision',
      'simplify',
      ...SPATIAL_PARAMS,
      ...PERIOD_PARAMS,
      ...layer.filters.map((f) => f.name),
    ]);
    const output = geoJsonOutput(
      intParam(params, 'precision', 6, 0, MAX_PRECISION),
      numberParam(params, 'simplify', 0),
      {
        precision: 'precision',
        simplify: 'simplify',
      },
    );
    const ctx = requestContextOf(createContext, dataSource, res);
    const query = await featureQueryFromParams(ctx, layer, params, 'from-to');
    if (layer.maxFeatures !== undefined) {
      await streamFeatureCollection(res, ctx, layer, query, output, `${layer.id}.geojson`, GEOJSON_MAX_AGE);
      return;
    }
    const body = await FeatureCollectionService.featureCollection(ctx, layer, query, output);
    sendCacheable(req, res, {
      body,
      contentType: 'application/geo+json',
      maxAge: GEOJSON_MAX_AGE,
      filename: `${layer.id}.geojson`,
    });
  });
  return router;
}
