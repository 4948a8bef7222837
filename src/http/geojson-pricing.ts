import type { Response } from 'express';
import type { Identity } from '../auth/identity';
import { currentRequestScope } from '../common/request-context';
import { geometryPositions } from '../geo/cql2.sql';
import { requireFilterWork } from '../geo/filter-work';
import type { GeometryCost } from '../geo/geometry-cost';
import type { LayerDefinition } from '../geo/layers';

/**
 * Issue #27, item 2: GET /geojson/{layer} priced by what it makes the database do and what it returns, before
 * any statement runs, as /ogc items are (src/http/ogc.router.ts):
 * - its spatial parameters by their positions × the layer's rows (src/geo/filter-work.ts): `intersects` by the
 *   vertices of its geometry, `bbox` as its 5-position polygon, `near` as one point; over
 *   OGC_FILTER_MAX_WORK[_ANONYMOUS], 400 naming the parameter and the limit (the first one given of
 *   intersects, bbox, near);
 * - its answer, every row the layer may return (up to its `maxFeatures`) times the layer's average vertices per
 *   feature, plus that work, charged to the client's budget per minute (WORK_BUDGET_PER_MINUTE[_ANONYMOUS]):
 *   past it, 429.
 * A malformed parameter is left to featureQueryFromParams, which names it.
 */
export async function priceGeojsonRequest(
  res: Response,
  layer: LayerDefinition,
  params: Map<string, string>,
  geometryCost: GeometryCost | undefined,
): Promise<void> {
  if (!geometryCost) return;
  const identity = res.locals.identity as Identity | undefined;
  const anonymous = !identity || identity.via === 'anonymous';
  const rows = geometryCost.rowsOf(layer.table);
  let positions = 0;
  const priced: string[] = [];
  const intersects = params.get('intersects');
  if (intersects !== undefined) {
    try {
      positions += geometryPositions(JSON.parse(intersects));
      priced.push('intersects');
    } catch {
      // Not JSON: featureQueryFromParams refuses it, naming intersects.
    }
  }
  if (params.has('bbox')) {
    positions += 5;
    priced.push('bbox');
  }
  if (params.has('near')) {
    positions += 1;
    priced.push('near');
  }
  const filterWork = positions > 0 ? requireFilterWork(positions, rows, anonymous, priced[0]) : 0;
  const features = Math.min(rows, layer.maxFeatures ?? rows);
  const layerVertices = geometryCost.current().perLayer[layer.id.toUpperCase()];
  const perFeature = layerVertices && rows ? Math.max(1, Math.ceil(layerVertices / rows)) : 1;
  await currentRequestScope()?.chargeWork?.(features * perFeature + filterWork);
}
