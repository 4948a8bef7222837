import type { RequestContext } from '../common/request-context';
import { requireDateRange, requireWindowWithin } from '../common/date';
import { badInput } from '../common/errors';
import type { DateRange, FeatureQuery } from '../geo/feature-collection.sql';
import { validateGeoJsonGeometry } from '../geo/geojson-input';
import { takesPeriod, type LayerDefinition } from '../geo/layers';
import { parseBbox, validateNear, type SpatialFilter } from '../geo/spatial-filter';
import { listParam } from './gis-response';

/** Query parameters → a validated FeatureQuery, shared by /geojson and /ogc. */

/** Parameters every layer's feature endpoints accept, besides the layer's own filters. */
export const SPATIAL_PARAMS = ['bbox', 'near', 'intersects'] as const;

/** The period of /geojson and /tiles: `from`/`to` (inclusive dates, either end may be open) or `year`. */
export const PERIOD_PARAMS = ['from', 'to', 'year'] as const;

/** A closed period spans less than this many years (as the indicators' windows: src/indicator/indicator.periods.ts). */
export const MAX_PERIOD_YEARS = 10;

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
  if (range.start && range.end) requireWindowWithin(argument, range.start, range.end, MAX_PERIOD_YEARS);
  return range;
}

/**
 * `from`/`to` (YYYY-MM-DD, inclusive; one alone leaves the other end open) or `year` (1 January – 31 December),
 * as a period; none: undefined. A closed period spans less than MAX_PERIOD_YEARS years.
 */
export function periodFromParams(params: Map<string, string>): DateRange | undefined {
  const year = params.get('year');
  if (year !== undefined) {
    if (params.has('from') || params.has('to'))
      throw badInput('year', 'is exclusive with from/to (give one or the other)');
    if (!/^[0-9]{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2999)
      throw badInput('year', `must be a year from 1900 to 2999 (got "${year.slice(0, 40)}")`);
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  if (!params.has('from') && !params.has('to')) return undefined;
  const window = requireDateRange(params.get('from'), params.get('to'));
  if (window.from !== null && window.to !== null) requireWindowWithin('to', window.from, window.to, MAX_PERIOD_YEARS);
  return { ...(window.from ? { start: window.from } : {}), ...(window.to ? { end: window.to } : {}) };
}

/** The period as canonical query parameters (`from=…&to=…`), '' for none: the same period, the same URL. */
export function periodQuery(period: DateRange | undefined): string {
  const query = new URLSearchParams();
  if (period?.start) query.set('from', period.start);
  if (period?.end) query.set('to', period.end);
  return query.toString();
}

/** How an endpoint takes a period: OGC's `datetime`, or `from`/`to`/`year`. */
export type PeriodParams = 'datetime' | 'from-to';

/** The request's period, refused by name on a layer that takes none. */
export function layerPeriod(
  layer: LayerDefinition,
  params: Map<string, string>,
  form: PeriodParams,
): DateRange | undefined {
  const datetime = params.get('datetime');
  let period: DateRange | undefined;
  if (form === 'datetime') period = datetime === undefined ? undefined : parseDatetime('datetime', datetime);
  else period = periodFromParams(params);
  if (period && !takesPeriod(layer)) {
    const name = form === 'datetime' ? 'datetime' : (PERIOD_PARAMS.find((p) => params.has(p)) as string);
    throw badInput(name, `is not supported by layer ${layer.id}: it has no dated features and no figures of a period`);
  }
  return period;
}

/** `near=lon,lat,meters` */
function parseNear(text: string[]): SpatialFilter['near'] {
  if (text.length !== 3) throw badInput('near', 'must be lon,lat,meters');
  const [lon, lat, meters] = text.map((t) => (t.trim() === '' ? NaN : Number(t)));
  return validateNear('near', { lon, lat, meters });
}

/**
 * Spatial, property and date filters, and the period (`datetime` on /ogc, `from`/`to`/`year` on /geojson),
 * from query parameters. `intersects` (a
 * GeoJSON geometry, URL-encoded) is validated in PostGIS: one statement.
 */
export async function featureQueryFromParams(
  ctx: RequestContext,
  layer: LayerDefinition,
  params: Map<string, string>,
  periodParams: PeriodParams,
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
  const dates = layerPeriod(layer, params, periodParams);
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
