import type { Response } from 'express';
import type { RequestContext } from '../common/request-context';
import { logger } from '../common/logger';
import { FeatureCollectionService } from '../geo/feature-collection.service';
import type { FeatureQuery, GeoJsonOutput } from '../geo/feature-collection.sql';
import type { LayerDefinition } from '../geo/layers';
import { setSqlStatementsHeader } from './gis-response';

/** Features built and sent per statement when a dense layer is streamed (≈ 0.4 MB of crime points). */
export const STREAM_CHUNK_FEATURES = 2000;

/**
 * GET /geojson/{layer} of a dense layer (one with `maxFeatures`, the crime
 * points: up to 50,000 features, ≈ 11 MB): the FeatureCollection is written
 * in pieces of STREAM_CHUNK_FEATURES features, one statement each, with the
 * response's backpressure. Built whole, as the other layers are, one such
 * request held the whole text several times over (the row pg parses, the
 * string, the buffer, its hash) and blocked the event loop for up to a second;
 * a few at once stalled every other request.
 *
 * One statement first picks the ids (and counts the matches) before anything
 * is sent, so a bad filter is still a 400. `numberMatched` and
 * `numberReturned` close the object: they count what was matched at the start
 * and what was actually sent (a feature deleted meanwhile is not). No ETag:
 * the body is not known before it is sent (Cache-Control still applies).
 */
export async function streamFeatureCollection(
  res: Response,
  ctx: RequestContext,
  layer: LayerDefinition,
  query: FeatureQuery,
  output: GeoJsonOutput,
  filename: string,
  maxAge: number,
): Promise<void> {
  const { matched, ids } = await FeatureCollectionService.featureIds(ctx, layer, query);
  const slices: string[][] = [];
  for (let i = 0; i < ids.length; i += STREAM_CHUNK_FEATURES) slices.push(ids.slice(i, i + STREAM_CHUNK_FEATURES));

  let closed = false;
  res.on('close', () => (closed = true));
  const write = async (text: string) => {
    if (res.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  };

  res.status(200).type('application/geo+json');
  res.setHeader('Cache-Control', `public, max-age=${maxAge}`);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  setSqlStatementsHeader(res, slices.length);
  await write(`{"type":"FeatureCollection","name":${JSON.stringify(layer.id)},"features":[`);
  let returned = 0;
  try {
    for (const slice of slices) {
      if (closed) return;
      const piece = await FeatureCollectionService.featuresByIds(ctx, layer, slice, output, query.dates);
      if (piece.returned === 0) continue;
      await write(returned > 0 ? `,${piece.features}` : piece.features);
      returned += piece.returned;
    }
  } catch (error) {
    // The status is sent: the only honest signal left is a cut connection (the client sees an incomplete body).
    logger.warn({ err: error, layer: layer.id, returned }, 'streamed FeatureCollection failed midway');
    res.destroy();
    return;
  }
  if (!closed) res.end(`],"numberMatched":${matched},"numberReturned":${returned}}`);
}
