import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/errors';
import { checkDate, type Expr, type Predicate } from '../geo/cql2.ast';
import { filterGeometries, filterSql, geometryPositions, parseFilter, type FeatureFilter } from '../geo/cql2.sql';
import { requireFilterWork } from '../geo/filter-work';
import { DEFAULT_CRS, parseCrs, type CrsDefinition } from '../geo/crs';
import { FeatureCollectionService } from '../geo/feature-collection.service';
import type { FeatureQuery, SortKey } from '../geo/feature-collection.sql';
import { layerProperties, type LayerDefinition } from '../geo/layers';
import { GEOMETRY_QUERYABLE, layerQueryables, type Queryable } from '../geo/queryables';
import { parseBbox } from '../geo/spatial-filter';
import { SqlParams } from '../geo/sql-params';
import { featureQueryFromParams } from './feature-query.params';

/**
 * The parameters OGC API – Features Parts 2, 3 and 5 (drafts) add to
 * /ogc items: `crs`, `bbox-crs`, `filter`, `filter-lang`, `filter-crs`,
 * `sortby`, `properties`, and every queryable as an equality parameter
 * (`?modality=VIRTUAL`), validated into a FeatureQuery.
 */

export const OGC_EXTENSION_PARAMS = [
  'crs',
  'bbox-crs',
  'filter',
  'filter-lang',
  'filter-crs',
  'sortby',
  'properties',
] as const;

const MAX_SORT_KEYS = 8;

/** Queryables usable as `?name=value` on items: not the geometry, not a name the layer's own filters take. */
export function queryableParams(layer: LayerDefinition): Queryable[] {
  const taken = new Set(layer.filters.map((f) => f.name));
  return [...layerQueryables(layer).values()].filter((q) => q.type !== 'geometry' && !taken.has(q.name));
}

/** `crs` of an items or feature request (CRS84 when absent). */
export function outputCrs(params: Map<string, string>): CrsDefinition {
  const text = params.get('crs');
  return text === undefined ? DEFAULT_CRS : parseCrs('crs', text);
}

function parseSortby(layer: LayerDefinition, text: string): SortKey[] {
  const queryables = layerQueryables(layer);
  const keys = text.split(',').map((part) => part.trim());
  if (keys.length > MAX_SORT_KEYS) throw badInput('sortby', `has more than ${MAX_SORT_KEYS} keys`);
  return keys.map((key) => {
    const descending = key.startsWith('-');
    const name = key.replace(/^[+-]/, '');
    const q = queryables.get(name);
    if (!q || q.type === 'geometry') {
      throw badInput(
        'sortby',
        `names "${name.slice(0, 60)}", which is not a sortable property of ${layer.id} (sortables: ${[
          ...queryables.values(),
        ]
          .filter((x) => x.type !== 'geometry')
          .map((x) => x.name)
          .join(', ')})`,
      );
    }
    return { name, descending };
  });
}

function parseProperties(layer: LayerDefinition, text: string): string[] {
  if (text.trim() === '') return [];
  const known = new Set(layerProperties(layer).map((p) => p.name));
  return text.split(',').map((part) => {
    const name = part.trim();
    if (name !== GEOMETRY_QUERYABLE && !known.has(name))
      throw badInput(
        'properties',
        `names "${name.slice(0, 60)}", which is not a property of ${layer.id} (properties: ${[...known].join(', ')})`,
      );
    return name;
  });
}

/** `?name=value` for a queryable: an equality with a literal of the queryable's type. */
function equalityFor(q: Queryable, value: string): Predicate {
  const at = `parameter ${q.name}`;
  let literal: Expr;
  switch (q.type) {
    case 'integer':
    case 'number': {
      const n = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(n) || (q.type === 'integer' && !Number.isInteger(n)))
        throw badInput(
          q.name,
          `must be ${q.type === 'integer' ? 'an integer' : 'a number'} (got "${value.slice(0, 40)}")`,
        );
      literal = { kind: 'number', value: n, at };
      break;
    }
    case 'boolean':
      if (value !== 'true' && value !== 'false') throw badInput(q.name, 'must be true or false');
      literal = { kind: 'boolean', value: value === 'true', at };
      break;
    case 'date':
      try {
        literal = { kind: 'date', value: checkDate(value, at), at };
      } catch {
        throw badInput(q.name, `must be a date YYYY-MM-DD (got "${value.slice(0, 40)}")`);
      }
      break;
    default:
      if (value.length > 200) throw badInput(q.name, 'is longer than 200 characters');
      literal = { kind: 'string', value, at };
  }
  return { kind: 'compare', op: '=', left: { kind: 'property', name: q.name, at }, right: literal, at };
}

/** A bbox in `bbox-crs`: lat/lon order for the EPSG:4326 URI, x/y in metres for projected CRSs. */
function bboxIn(crs: CrsDefinition, text: string): { bbox: [number, number, number, number]; srid?: number } {
  const parts = text.split(',');
  if (crs.unit === 'degree') {
    if (!crs.latLon) return { bbox: parseBbox('bbox', parts) };
    if (parts.length !== 4) throw badInput('bbox', `must have 4 numbers minLat,minLon,maxLat,maxLon in ${crs.uri}`);
    const [minLat, minLon, maxLat, maxLon] = parts;
    return { bbox: parseBbox('bbox', [minLon, minLat, maxLon, maxLat]) };
  }
  if (parts.length !== 4) throw badInput('bbox', `must have 4 numbers minX,minY,maxX,maxY in ${crs.uri}`);
  const numbers = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (!numbers.every((n) => Number.isFinite(n) && Math.abs(n) < 1e8))
    throw badInput('bbox', `must be 4 finite numbers (metres) in ${crs.uri}`);
  const [minX, minY, maxX, maxY] = numbers;
  if (minX > maxX || minY > maxY) throw badInput('bbox', 'has a minimum greater than its maximum');
  return { bbox: [minX, minY, maxX, maxY], srid: crs.srid };
}

export interface OgcItemsQuery {
  query: FeatureQuery;
  crs: CrsDefinition;
  properties?: string[];
  /** The filter's geometries' positions × the layer's rows (src/geo/filter-work.ts); 0 without geometries. */
  filterWork: number;
}

/**
 * Every items parameter into a validated query. Cost: no statement, or one
 * when the filter has geometry literals (validated in PostGIS) or `intersects`.
 */
/** What an items request (a page or a file) is priced with: the filter's work limit and the client's budget. */
export interface ItemsPricing {
  layerRows: number;
  anonymous: boolean;
  /** Charges the client's work budget (WORK_BUDGET_PER_MINUTE) for `features` features and the filter's work. */
  charge(features: number, filterWork: number): Promise<void>;
}

export async function ogcItemsQuery(
  ctx: RequestContext,
  layer: LayerDefinition,
  params: Map<string, string>,
  /** Rows of the layer's table, which price the filter's geometries, and whether the caller is anonymous. */
  pricing: Pick<ItemsPricing, 'layerRows' | 'anonymous'>,
): Promise<OgcItemsQuery> {
  const crs = outputCrs(params);
  const bboxCrsText = params.get('bbox-crs');
  if (bboxCrsText !== undefined && !params.has('bbox'))
    throw badInput('bbox-crs', 'is given without bbox: it names the CRS of the bbox parameter');
  const bboxCrs = bboxCrsText === undefined ? DEFAULT_CRS : parseCrs('bbox-crs', bboxCrsText);
  const own = new Map(params);
  if (bboxCrs !== DEFAULT_CRS) own.delete('bbox');
  const query = await featureQueryFromParams(ctx, layer, own, 'datetime');
  if (bboxCrs !== DEFAULT_CRS) {
    const { bbox, srid } = bboxIn(bboxCrs, params.get('bbox') as string);
    query.spatial = { ...query.spatial, bbox, ...(srid ? { bboxSrid: srid } : {}) };
  }

  const filterCrsText = params.get('filter-crs');
  const filterText = params.get('filter');
  if (filterText === undefined && (filterCrsText !== undefined || params.has('filter-lang')))
    throw badInput(filterCrsText !== undefined ? 'filter-crs' : 'filter-lang', 'is given without filter');
  const filterCrs = filterCrsText === undefined ? DEFAULT_CRS : parseCrs('filter-crs', filterCrsText);
  const predicates: Predicate[] = [];
  let filterWork = 0;
  if (filterText !== undefined) predicates.push(parseFilter(filterText, params.get('filter-lang')));
  for (const q of queryableParams(layer)) {
    const value = params.get(q.name);
    if (value !== undefined) predicates.push(equalityFor(q, value));
  }
  if (predicates.length > 0) {
    const predicate: Predicate =
      predicates.length === 1 ? predicates[0] : { kind: 'and', args: predicates, at: 'the query parameters' };
    const filter: FeatureFilter = { predicate, crs: filterCrs };
    const geometries = filterGeometries(predicate, filterCrs);
    // Priced by its vertices and the layer's rows before any statement runs (src/geo/filter-work.ts).
    const positions = geometries.reduce((n, g) => n + geometryPositions(JSON.parse(g.text)), 0);
    filterWork = requireFilterWork(positions, pricing.layerRows, pricing.anonymous);
    // Names and types are checked before any statement runs.
    filterSql(layer, filter, new SqlParams());
    if (geometries.length > 0) await FeatureCollectionService.validateFilterGeometries(ctx, geometries, filterCrs);
    query.filter = filter;
  }

  const sortby = params.get('sortby');
  if (sortby !== undefined) query.sort = parseSortby(layer, sortby);
  const properties = params.get('properties');
  return {
    query,
    crs,
    filterWork,
    ...(properties !== undefined ? { properties: parseProperties(layer, properties) } : {}),
  };
}
