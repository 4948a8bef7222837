import 'maplibre-gl/dist/maplibre-gl.css';
import './mapa.css';
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type CircleLayerSpecification,
  type ExpressionSpecification,
  type FillLayerSpecification,
  type LineLayerSpecification,
  type MapGeoJSONFeature,
  type MapLayerMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import { indicatorValuesQuery, INDICATORS, type IndicatorDefinition, type Level } from '../indicators';
import { gql } from './api';
import { classify, NO_DATA_COLOR, type Classification } from './classes';
import { el, formatMoney, formatNumber, MONTHS, periodDates, periodLabel } from './format';
import { renderPanel } from './panel';
import { readState, writeState, type LevelChoice, type PageState } from './state';

/**
 * The monitoring map. Geometry comes from the API's own vector tiles
 * (/tiles/territoriales, /tiles/colonias: feature id = territorial/colonia id);
 * the figures of the chosen indicator and period come from GraphQL and are put
 * on the features as feature-state (`value`, `color`), so a new period or
 * indicator re-colours the map without reloading a tile.
 */

interface PageConfig {
  years: number[];
  indicators: string[];
  basemapStyleUrl: string | null;
  workerUrl: string;
}

interface FeatureValue {
  id: string;
  clave: string;
  nombre: string;
  value: number | null;
}

const config = JSON.parse(document.getElementById('config')!.textContent!) as PageConfig;
setWorkerUrl(new URL(config.workerUrl, location.href).href);

const LEVELS: Level[] = ['territoriales', 'colonias'];
/** In "auto" mode colonias replace territoriales from this zoom on. */
const COLONIAS_FROM_ZOOM = 12.5;
const IZTAPALAPA_BOUNDS: [number, number, number, number] = [-99.145, 19.28, -98.935, 19.41];
const POINT_COLORS: Record<string, string> = {
  ecos: '#e69f00',
  improvements: '#0072b2',
  workshops: '#009e73',
  mercomuna: '#cc79a7',
};

const indicators: IndicatorDefinition[] = INDICATORS.filter((i) => config.indicators.includes(i.id));
const { state, problems } = readState(location.search, indicators, config.years);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const notice = $<HTMLDivElement>('aviso');
const mapElement = $<HTMLDivElement>('mapa');

function showNotice(messages: string[]): void {
  notice.replaceChildren(...messages.map((m) => el('p', m)));
  notice.hidden = messages.length === 0;
}
showNotice(problems);

/** Timings for the browser test and docs/: ms since navigation start. */
const timings: { firstMap?: number; lastRefreshMs?: number } = {};

// ---- controls ------------------------------------------------------------

const indicatorSelect = $<HTMLSelectElement>('indicador');
const yearSelect = $<HTMLSelectElement>('anio');
const fromSelect = $<HTMLSelectElement>('desde');
const toSelect = $<HTMLSelectElement>('hasta');
const gotoSelect = $<HTMLSelectElement>('ir-a');

for (const i of indicators) indicatorSelect.append(el('option', i.label, { value: i.id }));
for (const y of config.years) yearSelect.append(el('option', String(y), { value: String(y) }));
MONTHS.forEach((m, i) => {
  fromSelect.append(el('option', m, { value: String(i + 1) }));
  toSelect.append(el('option', m, { value: String(i + 1) }));
});

function syncControls(): void {
  indicatorSelect.value = state.indicator.id;
  $('indicador-descripcion').textContent = state.indicator.description;
  yearSelect.value = String(state.year);
  fromSelect.value = String(state.fromMonth);
  toSelect.value = String(state.toMonth);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="nivel"]'))
    radio.checked = radio.value === state.level;
  for (const box of document.querySelectorAll<HTMLInputElement>('input[name="puntos"]'))
    box.checked = state.points.includes(box.value);
}

function saveState(): void {
  history.replaceState(null, '', writeState(state));
}

// ---- map -------------------------------------------------------------------

const emptyStyle: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'fondo', type: 'background', paint: { 'background-color': '#f3f2ee' } }],
};

const map = new MapLibreMap({
  container: mapElement,
  style: config.basemapStyleUrl ?? emptyStyle,
  bounds: IZTAPALAPA_BOUNDS,
  fitBoundsOptions: { padding: 16 },
  maxZoom: 18,
  attributionControl: { compact: true },
});
map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

// Until the user moves the map, it keeps the whole alcaldía in view when the panel opens or closes.
let userMoved = false;
map.on('movestart', (event) => {
  if ((event as { originalEvent?: Event }).originalEvent) userMoved = true;
});
function refit(): void {
  map.resize();
  if (!userMoved) map.fitBounds(IZTAPALAPA_BOUNDS, { padding: 16, animate: false });
}
map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');

const fillColor: ExpressionSpecification = ['coalesce', ['feature-state', 'color'], NO_DATA_COLOR];

type TileLayerSpecification = FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification;
/** A tile layer as `addTileLayer` takes it: without the id and source it gives. */
type TileLayer = TileLayerSpecification extends infer L
  ? L extends TileLayerSpecification
    ? Omit<L, 'id' | 'source' | 'source-layer'>
    : never
  : never;

/** Adds the style layer `<source>-<suffix>` over the vector tiles of `source` (its one source layer, of the same name). */
function addTileLayer(source: string, suffix: string, layer: TileLayer): void {
  map.addLayer({ ...layer, id: `${source}-${suffix}`, source, 'source-layer': source } as TileLayerSpecification);
}

/** Features whose geometry is one of `types`. */
const geometryTypeIn = (types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];

function addChoroplethLayers(): void {
  for (const level of LEVELS) {
    map.addSource(level, { type: 'vector', url: `/tiles/${level}.json` });
    addTileLayer(level, 'relleno', { type: 'fill', paint: { 'fill-color': fillColor, 'fill-opacity': 0.85 } });
    addTileLayer(level, 'borde', {
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

function pointFilters(layer: string): ExpressionSpecification | undefined {
  const { from, to } = periodDates(state.year, state.fromMonth, state.toMonth);
  if (layer === 'workshops') return ['all', ['>=', ['get', 'heldOn'], from], ['<=', ['get', 'heldOn'], to]];
  if (layer === 'improvements') return ['all', ['>=', ['get', 'builtOn'], from], ['<=', ['get', 'builtOn'], to]];
  if (layer === 'ecos') return ['==', ['get', 'programYear'], state.year];
  return undefined;
}

function ensurePointLayer(layer: string): void {
  if (map.getSource(layer)) return;
  map.addSource(layer, { type: 'vector', url: `/tiles/${layer}.json` });
  const color = POINT_COLORS[layer];
  if (layer === 'improvements') {
    addTileLayer(layer, 'lineas', {
      type: 'line',
      filter: geometryTypeIn(['LineString', 'MultiLineString']),
      paint: { 'line-color': color, 'line-width': 2.5 },
    });
  }
  addTileLayer(layer, 'puntos', {
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

function applyPointLayers(): void {
  for (const layer of Object.keys(POINT_COLORS)) {
    const on = state.points.includes(layer);
    if (on) ensurePointLayer(layer);
    for (const id of [`${layer}-lineas`, `${layer}-puntos`]) {
      if (!map.getLayer(id)) continue;
      map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
      const types = id.endsWith('lineas') ? ['LineString', 'MultiLineString'] : ['Point', 'MultiPoint'];
      const base = geometryTypeIn(types);
      const period = pointFilters(layer);
      map.setFilter(id, period ? ['all', base, period] : base);
    }
  }
}

function activeLevel(): Level {
  if (state.level !== 'auto') return state.level;
  return map.getZoom() >= COLONIAS_FROM_ZOOM ? 'colonias' : 'territoriales';
}

let shownLevel: Level | undefined;
function applyLevel(): void {
  const active = activeLevel();
  for (const level of LEVELS)
    for (const suffix of ['relleno', 'borde'])
      map.setLayoutProperty(`${level}-${suffix}`, 'visibility', level === active ? 'visible' : 'none');
  if (shownLevel !== active) {
    shownLevel = active;
    renderLegend();
  }
}

// ---- figures ---------------------------------------------------------------

const valuesByLevel = new Map<Level, { values: Map<string, FeatureValue>; classes: Classification }>();

async function loadValues(level: Level): Promise<void> {
  const { from, to } = periodDates(state.year, state.fromMonth, state.toMonth);
  const data = await gql(indicatorValuesQuery(state.indicator, level), { from, to });
  const rows: any[] = level === 'territoriales' ? data.territoriales : data.colonias.edges.map((e: any) => e.node);
  const values = new Map<string, FeatureValue>();
  for (const row of rows)
    values.set(String(row.id), {
      id: String(row.id),
      clave: row.clave,
      nombre: row.nombre,
      value: state.indicator.value(row.v),
    });
  const classes = classify([...values.values()].map((v) => v.value));
  for (const v of values.values())
    map.setFeatureState(
      { source: level, sourceLayer: level, id: v.id },
      { value: v.value, color: classes.colorOf(v.value) },
    );
  valuesByLevel.set(level, { values, classes });
  if (level === 'territoriales') fillGotoSelect(values);
}

function fillGotoSelect(values: Map<string, FeatureValue>): void {
  if (gotoSelect.options.length > 1) return;
  const sorted = [...values.values()].sort((a, b) => a.clave.localeCompare(b.clave));
  for (const v of sorted) gotoSelect.append(el('option', `${v.clave} · ${v.nombre}`, { value: v.id }));
}

function renderLegend(): void {
  const level = activeLevel();
  const entry = valuesByLevel.get(level);
  const list = $('leyenda-clases');
  list.replaceChildren();
  $('leyenda-subtitulo').textContent =
    `${state.indicator.label} por ${level === 'territoriales' ? 'dirección territorial' : 'colonia'}, ` +
    periodLabel(state.year, state.fromMonth, state.toMonth);
  if (!entry) return;
  const d = state.indicator.decimals;
  for (const c of entry.classes.classes) {
    const li = el('li', null, { 'data-color': c.color });
    const swatch = el('span', null, { class: 'muestra', 'aria-hidden': 'true' });
    swatch.style.background = c.color;
    const range = c.min === c.max ? formatNumber(c.min, d) : `${formatNumber(c.min, d)} – ${formatNumber(c.max, d)}`;
    li.append(swatch, el('span', `${range} (${c.count})`));
    list.append(li);
  }
  const missing = [...entry.values.values()].filter((v) => v.value === null).length;
  if (missing || entry.classes.classes.length === 0) {
    const li = el('li', null, { 'data-color': NO_DATA_COLOR });
    const swatch = el('span', null, { class: 'muestra', 'aria-hidden': 'true' });
    swatch.style.background = NO_DATA_COLOR;
    li.append(swatch, el('span', `Sin dato (${missing})`));
    list.append(li);
  }
}

async function renderSummary(): Promise<void> {
  const data = await gql(
    `query Resumen($year: Int!) { programSummary(year: $year) { year beneficiaries { total } peopleReached peopleReachedGoal
      colonias coloniasAttended activities workshops { count participants } ecosSchools improvements { kind count }
      budget { approved exercised } }
      activitiesProjected: indicator(code: "ACTIVIDAD_ACTIVIDADES_CAMPO") { reported { value year } }
      peopleProjected: indicator(code: "PROPOSITO_PERSONAS_ALCANZADAS") { reported { value } } }`,
    { year: state.year },
  );
  const s = data.programSummary;
  const improvements = s.improvements.reduce((sum: number, i: any) => sum + (i.count ?? 0), 0);
  const items: [string, string, string][] = [
    ['beneficiaries', 'Beneficiarios', formatNumber(s.beneficiaries.total)],
    [
      'peopleReached',
      'Personas alcanzadas',
      `${formatNumber(s.peopleReached)} de ${formatNumber(s.peopleReachedGoal)} (meta)`,
    ],
    ['coloniasAttended', 'Colonias atendidas', `${formatNumber(s.coloniasAttended)} de ${formatNumber(s.colonias)}`],
    [
      'workshops',
      'Talleres',
      `${formatNumber(s.workshops.count)} (${formatNumber(s.workshops.participants)} participantes)`,
    ],
    ['ecosSchools', 'Escuelas ECOS', formatNumber(s.ecosSchools)],
    ['improvements', 'Espacios públicos mejorados y en uso', formatNumber(improvements)],
    ['budget', 'Presupuesto ejercido', formatMoney(s.budget.exercised)],
  ];
  const list = $('resumen');
  list.replaceChildren();
  for (const [name, label, text] of items) {
    const div = el('div', null, { 'data-figure': name });
    div.append(el('dt', `${label} ${s.year}`), el('dd', text));
    list.append(div);
  }
  renderSampleNote(s.year, s.activities, data.activitiesProjected?.reported, data.peopleProjected?.reported);
}

/**
 * When the database holds fewer activities of the report's year than the report projects (the demo loads two
 * weeks), say so in words, with the report's figures and how to load a year: the header's people reached is then
 * a sample, not the program's year. (At the top of the side column: a note in the header would move the map.)
 */
function renderSampleNote(
  year: number,
  activities: number,
  projected: { value: number | null; year: number } | null | undefined,
  people: { value: number | null } | null | undefined,
): void {
  const note = $('muestra');
  if (!projected?.value || projected.year !== year || activities >= projected.value) {
    note.hidden = true;
    note.replaceChildren();
    return;
  }
  note.replaceChildren(
    `Muestra: la base tiene ${formatNumber(activities)} de las ${formatNumber(projected.value)} actividades que el informe ` +
      `proyecta para ${year}` +
      (people?.value ? ` (${formatNumber(people.value)} personas)` : '') +
      '; las personas alcanzadas son solo las de esas actividades. Para cargar un año de actividades: ',
    el('code', 'npm run import -- activities <archivo>'),
    ' (o el año del informe en la demostración: ',
    el('code', 'npm run seed -- --activities year'),
    ').',
  );
  note.hidden = false;
}

let refreshSeq = 0;
/** Re-queries the figures of the indicator and period for both levels and re-colours the map. */
async function refresh(options: { summary?: boolean } = {}): Promise<void> {
  const seq = ++refreshSeq;
  const started = performance.now();
  mapElement.dataset.estado = 'cargando';
  try {
    await Promise.all([
      ...LEVELS.map((level) => loadValues(level)),
      options.summary ? renderSummary() : Promise.resolve(),
    ]);
    if (seq !== refreshSeq) return;
    renderLegend();
    applyPointLayers();
    if (state.selected) void openPanel(state.selected.level, state.selected.id);
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    if (seq !== refreshSeq) return;
    timings.lastRefreshMs = performance.now() - started;
    timings.firstMap ??= performance.now();
    mapElement.dataset.estado = 'listo';
    mapElement.dataset.cargas = String(Number(mapElement.dataset.cargas ?? 0) + 1);
  } catch (error) {
    if (seq !== refreshSeq) return;
    mapElement.dataset.estado = 'error';
    showNotice([...problems, `No se pudieron cargar las cifras: ${(error as Error).message}`]);
  }
}

// ---- hover and panel -----------------------------------------------------

const tooltip = $<HTMLDivElement>('tooltip');
function onHover(level: Level, event: MapLayerMouseEvent): void {
  const feature = event.features?.[0];
  if (!feature) return;
  map.getCanvas().style.cursor = 'pointer';
  const value = (feature.state?.value ?? null) as number | null;
  tooltip.replaceChildren(
    el('strong', String(feature.properties?.nombre ?? '')),
    el('span', `${state.indicator.label}: ${formatNumber(value, state.indicator.decimals)}`),
  );
  tooltip.hidden = false;
  const { clientX, clientY } = event.originalEvent;
  tooltip.style.left = `${clientX + 14}px`;
  tooltip.style.top = `${clientY + 14}px`;
  void level;
}

const panel = $<HTMLElement>('panel');
let selectedFeature: { level: Level; id: string } | null = null;
let panelSeq = 0;

async function openPanel(level: Level, id: string): Promise<void> {
  const seq = ++panelSeq;
  if (selectedFeature)
    map.setFeatureState(
      { source: selectedFeature.level, sourceLayer: selectedFeature.level, id: selectedFeature.id },
      {
        selected: false,
      },
    );
  selectedFeature = { level, id };
  map.setFeatureState({ source: level, sourceLayer: level, id }, { selected: true });
  state.selected = { level, id };
  saveState();
  if (panel.hidden) {
    panel.hidden = false;
    refit();
  }
  panel.dataset.estado = 'cargando';
  $('panel-titulo').textContent = valuesByLevel.get(level)?.values.get(id)?.nombre ?? 'Cargando…';
  try {
    const content = el('div');
    const name = await renderPanel(content, {
      level,
      id,
      indicator: state.indicator,
      year: state.year,
      fromMonth: state.fromMonth,
      toMonth: state.toMonth,
    });
    if (seq !== panelSeq) return;
    $('panel-titulo').textContent = name;
    $('panel-contenido').replaceChildren(...content.childNodes);
    panel.dataset.estado = 'listo';
    panel.dataset.feature = `${level}:${id}`;
    panel.dataset.cargas = String(Number(panel.dataset.cargas ?? 0) + 1);
  } catch (error) {
    if (seq !== panelSeq) return;
    $('panel-contenido').replaceChildren(el('p', `No se pudo cargar la ficha: ${(error as Error).message}`));
    panel.dataset.estado = 'error';
  }
}

function closePanel(): void {
  if (selectedFeature)
    map.setFeatureState(
      { source: selectedFeature.level, sourceLayer: selectedFeature.level, id: selectedFeature.id },
      {
        selected: false,
      },
    );
  selectedFeature = null;
  state.selected = null;
  panel.hidden = true;
  refit();
  saveState();
}

// ---- wiring --------------------------------------------------------------

syncControls();
saveState();

map.on('load', () => {
  addChoroplethLayers();
  applyLevel();
  for (const level of LEVELS) {
    const layer = `${level}-relleno`;
    map.on('mousemove', layer, (event) => onHover(level, event));
    map.on('mouseleave', layer, () => {
      map.getCanvas().style.cursor = '';
      tooltip.hidden = true;
    });
    map.on('click', layer, (event) => {
      const feature = event.features?.[0] as MapGeoJSONFeature | undefined;
      if (feature?.id !== undefined) void openPanel(level, String(feature.id));
    });
  }
  map.on('zoom', () => {
    if (state.level === 'auto') applyLevel();
  });
  void refresh({ summary: true });
});

indicatorSelect.addEventListener('change', () => {
  state.indicator = indicators.find((i) => i.id === indicatorSelect.value) ?? state.indicator;
  $('indicador-descripcion').textContent = state.indicator.description;
  saveState();
  void refresh();
});
yearSelect.addEventListener('change', () => {
  state.year = Number(yearSelect.value);
  saveState();
  void refresh({ summary: true });
});
for (const [select, which] of [
  [fromSelect, 'from'],
  [toSelect, 'to'],
] as const) {
  select.addEventListener('change', () => {
    const month = Number(select.value);
    if (which === 'from') {
      state.fromMonth = month;
      if (state.toMonth < month) state.toMonth = month;
    } else {
      state.toMonth = month;
      if (state.fromMonth > month) state.fromMonth = month;
    }
    syncControls();
    saveState();
    void refresh();
  });
}
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="nivel"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    state.level = radio.value as LevelChoice;
    saveState();
    applyLevel();
  });
}
for (const box of document.querySelectorAll<HTMLInputElement>('input[name="puntos"]')) {
  box.addEventListener('change', () => {
    state.points = [...document.querySelectorAll<HTMLInputElement>('input[name="puntos"]:checked')].map((b) => b.value);
    saveState();
    applyPointLayers();
  });
}
gotoSelect.addEventListener('change', () => {
  if (gotoSelect.value) void openPanel('territoriales', gotoSelect.value).then(() => panel.focus());
});
$('panel-cerrar').addEventListener('click', closePanel);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !panel.hidden) closePanel();
});
$('formulario').addEventListener('submit', (event) => event.preventDefault());

/** For the browser tests and for measuring: the map, the state and the timings. */
Object.assign(window, {
  mapaMonitoreo: {
    map,
    state: state as PageState,
    timings,
    valuesOf: (level: Level) => Object.fromEntries([...(valuesByLevel.get(level)?.values ?? new Map()).entries()]),
  },
});
