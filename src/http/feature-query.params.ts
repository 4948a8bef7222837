import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/errors';
import type { DateRange, FeatureQuery } from '../geo/feature-collection.sql';
import { validateGeoJsonGeometry } from '../geo/geojson-input';
import type { LayerDefinition } from '../geo/layers';
import { parseBbox, validateNear, type SpatialFilter } from '../geo/spatial-filter';
import { listParam } from './gis-response';

/** Query parameters → a validated FeatureQuery, shared by /geojson and /ogc. */

/** Parameters every layer's feature endpoints accept, besides the layer's own filters. */
export const SPATIAL_PARAMS = ['bbox', 'near', 'intersects'] as const;

/** Upper bound on an `intersects` parameter (the URL limit bounds it anyway). */
const MAX_INTERSECTS_LENGTH = 64 * 1024;

function day(argument: string, text: string): string {
  const date = /^(\d{4}-\d{2}-\d{2})$/.exec(text);
  const dateTime = /^(\d{4}-\d{2}-\d{2})[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
  if (date) {
    const parsed = new Date(`${date[1]}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date[1])
      throw badInput(argument, `has an invalid date ${text.slice(0, 40)}`);
    return date[1];
  }
  if (dateTime) {
    const parsed = new Date(text);
    if (Number.isNaN(parsed.getTime())) throw badInput(argument, `has an invalid date-time ${text.slice(0, 40)}`);
    return parsed.toISOString().slice(0, 10);
  }
  throw badInput(argument, 'must be an RFC 3339 date or date-time, or an interval start/end (open ends as ..)');
}

/** OGC `datetime`: an instant or an interval with optional open ends (`..` or empty), as a day range. */
export function parseDatetime(argument: string, text: string): DateRange {
  const parts = text.split('/');
  if (parts.length === 1) {
    const instant = day(argument, parts[0]);
    return { start: instant, end: instant };
  }
  if (parts.length !== 2) throw badInput(argument, 'must be an instant or one interval start/end');
  const [startText, endText] = parts;
  const open = (t: string) => t === '' || t === '..';
  if (open(startText) && open(endText)) throw badInput(argument, 'must not be open at both ends');
  const range: DateRange = {
    start: open(startText) ? undefined : day(argument, startText),
    end: open(endText) ? undefined : day(argument, endText),
  };
  if (range.start && range.end && range.start > range.end) throw badInput(argument, 'starts after it ends');
  return range;
}

/** `near=lon,lat,meters` */
function parseNear(text: string[]): SpatialFilter['near'] {
  if (text.length !== 3) throw badInput('near', 'must be lon,lat,meters');
  const [lon, lat, meters] = text.map((t) => (t.trim() === '' ? NaN : Number(t)));
  return validateNear('near', { lon, lat, meters });
}

/**
 * Spatial, property and date filters from query parameters. `intersects` (a
 * GeoJSON geometry, URL-encoded) is validated in PostGIS: one statement.
 */
export async function featureQueryFromParams(
  ctx: RequestContext,
  layer: LayerDefinition,
  params: Map<string, string>,
): Promise<FeatureQuery> {
  const spatial: SpatialFilter = {};
  const bbox = listParam(params, 'bbox');
  if (bbox) spatial.bbox = parseBbox('bbox', bbox);
  const near = listParam(params, 'near');
  if (near) spatial.near = parseNear(near);
  const where = layer.filters
    .filter((f) => params.has(f.name))
    .map((f) => ({ name: f.name, value: params.get(f.name) as string }));
  for (const { name, value } of where) {
    if (value.length === 0 || value.length > 80) throw badInput(name, 'must be 1 to 80 characters');
  }
  const datetime = params.get('datetime');
  const dates = datetime !== undefined ? parseDatetime('datetime', datetime) : undefined;
  if (dates && !layer.dateSql) throw badInput('datetime', `is not supported by ${layer.id}: it has no dates`);
  const intersects = params.get('intersects');
  if (intersects !== undefined) {
    if (intersects.length > MAX_INTERSECTS_LENGTH) throw badInput('intersects', 'is too long');
    let geometry: unknown;
    try {
      geometry = JSON.parse(intersects);
    } catch {
      throw badInput('intersects', 'is not valid JSON (a URL-encoded GeoJSON geometry)');
    }
    spatial.intersects = await validateGeoJsonGeometry(ctx.dataSource, 'intersects', geometry);
  }
  return { spatial, where, dates };
}
