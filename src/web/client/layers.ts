import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  Map as MapLibreMap,
  VectorTileSource,
} from 'maplibre-gl';
import { NO_DATA_COLOR } from './classes';
import { periodDates, type Period } from './format';

/**
 * The style layers the map page adds over the API's vector tiles: the two
 * choropleth levels (source and source layer named `territoriales`,
 * `colonias`; style layers `<level>-relleno`, `<level>-borde`) and the point
 * layers (`<layer>-puntos`, `improvements-lineas`).
 */

const CHOROPLETHS = ['territoriales', 'colonias'] as const;

export const POINT_COLORS: Record<string, string> = {
  ecos: '#e69f00',
  improvements: '#0072b2',
  workshops: '#009e73',
  mercomuna: '#cc79a7',
};

const fillColor: ExpressionSpecification = ['coalesce', ['feature-state', 'color'], NO_DATA_COLOR];

type TileLayerSpecification = FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification;
/** A tile layer as `addTileLayer` takes it: without the id and source it gives. */
type TileLayer = TileLayerSpecification extends infer L
  ? L extends TileLayerSpecification
    ? Omit<L, 'id' | 'source' | 'source-layer'>
    : never
  : never;

/** Adds the style layer `<source>-<suffix>` over the vector tiles of `source` (its one source layer, of the same name). */
function addTileLayer(map: MapLibreMap, source: string, suffix: string, layer: TileLayer): void {
  map.addLayer({ ...layer, id: `${source}-${suffix}`, source, 'source-layer': source } as TileLayerSpecification);
}

/** Features whose geometry is one of `types`. */
const geometryTypeIn = (types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];

/** The fill and outline of both choropleth levels, over the API's vector tiles; colours come from feature-state. */
export function addChoroplethLayers(map: MapLibreMap): void {
  for (const level of CHOROPLETHS) {
    map.addSource(level, { type: 'vector', url: `/tiles/${level}.json` });
    addTileLayer(map, level, 'relleno', { type: 'fill', paint: { 'fill-color': fillColor, 'fill-opacity': 0.85 } });
    addTileLayer(map, level, 'borde', {
      type: 'line',
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#d7191c', '#333333'],
        'line-width': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          3,
          level === 'territoriales' ? 1.2 : 0.5,
        ],
      },
    });
  }
}

/** Reloads the choropleth tiles (new period, or another caller): the TileJSON again, then every tile. */
export function reloadChoroplethTiles(map: MapLibreMap): void {
  for (const level of CHOROPLETHS)
    (map.getSource(level) as VectorTileSource | undefined)?.setUrl(`/tiles/${level}.json`);
}

/** Point features of the period: workshops and works by date, ECOS by program year; Mercomuna all. */
function pointFilters(layer: string, period: Period): ExpressionSpecification | undefined {
  const { from, to } = periodDates(period);
  if (layer === 'workshops') return ['all', ['>=', ['get', 'heldOn'], from], ['<=', ['get', 'heldOn'], to]];
  if (layer === 'improvements') return ['all', ['>=', ['get', 'builtOn'], from], ['<=', ['get', 'builtOn'], to]];
  if (layer === 'ecos') return ['==', ['get', 'programYear'], period.year];
  return undefined;
}

function ensurePointLayer(map: MapLibreMap, layer: string): void {
  if (map.getSource(layer)) return;
  map.addSource(layer, { type: 'vector', url: `/tiles/${layer}.json` });
  const color = POINT_COLORS[layer];
  if (layer === 'improvements') {
    addTileLayer(map, layer, 'lineas', {
      type: 'line',
      filter: geometryTypeIn(['LineString', 'MultiLineString']),
      paint: { 'line-color': color, 'line-width': 2.5 },
    });
  }
  addTileLayer(map, layer, 'puntos', {
    type: 'circle',
    filter: geometryTypeIn(['Point', 'MultiPoint']),
    paint: {
      'circle-color': color,
      'circle-radius': 5,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.2,
    },
  });
}

/** Shows the point layers asked for (added on first use), filtered to the period. */
export function applyPointLayers(map: MapLibreMap, points: string[], period: Period): void {
  for (const layer of Object.keys(POINT_COLORS)) {
    const on = points.includes(layer);
    if (on) ensurePointLayer(map, layer);
    for (const id of [`${layer}-lineas`, `${layer}-puntos`]) {
      if (!map.getLayer(id)) continue;
      map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
      const types = id.endsWith('lineas') ? ['LineString', 'MultiLineString'] : ['Point', 'MultiPoint'];
      const base = geometryTypeIn(types);
      const filter = pointFilters(layer, period);
      map.setFilter(id, filter ? ['all', base, filter] : base);
    }
  }
}
