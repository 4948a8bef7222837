import 'maplibre-gl/dist/maplibre-gl.css';
import './mapa.css';
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type MapGeoJSONFeature,
  type MapLayerMouseEvent,
  type RequestParameters,
  type StyleSpecification,
} from 'maplibre-gl';
import { gql } from './api';
import {
  CATALOGUE_QUERY,
  decimalsOf,
  LEVEL_LABELS,
  shortName,
  unitValuesQuery,
  type CatalogueIndicator,
} from './catalogue';
import { classify, type Classification } from './classes';
import { el, formatNumber, PERIOD_GROUPS, periodDates, periodLabel } from './format';
import { addChoroplethLayers, applyPointLayers, reloadChoroplethTiles } from './layers';
import { renderLegend } from './legend';
import { renderPanel } from './panel';
import { startAccess, type AccessHooks } from './access';
import { authHeaders, signedIn } from './session';
import { readState, writeState, type LevelChoice, type PageState } from './state';
import { renderSummary } from './summary';

/**
 * The monitoring map. Geometry comes from the API's own vector tiles
 * (/tiles/territoriales, /tiles/colonias: feature id = territorial/colonia id);
 * the value of the chosen catalogue indicator over the chosen period comes
 * from GraphQL (`indicatorSeries` of every unit) and is put on the features as
 * feature-state (`value`, `color`), so a new period or indicator re-colours
 * the map without reloading a tile. Requests carry the credential of a signed-in
 * person (session.ts) as a header; tiles of the choropleth layers carry the
 * period when the server takes it (`gisPeriod`).
 */

interface PageConfig {
  years: number[];
  gisPeriod: boolean;
  basemapStyleUrl: string | null;
  workerUrl: string;
}

interface FeatureValue {
  id: string;
  clave: string;
  nombre: string;
  value: number | null;
}

type Level = 'territoriales' | 'colonias';

const config = JSON.parse(document.getElementById('config')!.textContent!) as PageConfig;
setWorkerUrl(new URL(config.workerUrl, location.href).href);

const LEVELS: Level[] = ['territoriales', 'colonias'];
/** In "auto" mode colonias replace territoriales from this zoom on. */
const COLONIAS_FROM_ZOOM = 12.5;
const IZTAPALAPA_BOUNDS: [number, number, number, number] = [-99.145, 19.28, -98.935, 19.41];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const notice = $<HTMLDivElement>('aviso');
const mapElement = $<HTMLDivElement>('mapa');
let problems: string[] = [];

function showNotice(messages: string[]): void {
  notice.replaceChildren(...messages.map((m) => el('p', m)));
  notice.hidden = messages.length === 0;
}

/** Timings for the browser test and docs/: ms since navigation start. */
const timings: { firstMap?: number; lastRefreshMs?: number } = {};

// ---- map -------------------------------------------------------------------

const emptyStyle: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'fondo', type: 'background', paint: { 'background-color': '#f3f2ee' } }],
};

/** The page's state; set once the catalogue has arrived (before any layer is drawn). */
let state: PageState;

/**
 * Requests to this server carry the credential as a header (never to another origin: a basemap gets none), and
 * are kept out of the browser's cache while signed in, so a signed-out page never reuses what a role saw.
 * Tiles of the choropleth layers carry the period when the server takes it.
 */
function transformRequest(url: string, type?: string): RequestParameters {
  const parsed = new URL(url, location.href);
  if (parsed.origin !== location.origin) return { url };
  if (type === 'Tile' && config.gisPeriod && state && /^\/tiles\/(territoriales|colonias)\//.test(parsed.pathname)) {
    const { from, to } = periodDates(state.period);
    parsed.searchParams.set('from', from);
    parsed.searchParams.set('to', to);
  }
  const headers = authHeaders();
  return { url: parsed.href, headers, ...(signedIn() ? { cache: 'no-store' as const } : {}) };
}

/** Room around the alcaldía when it is fitted: on the left, the legend's width. */
function fitPadding(): { top: number; bottom: number; left: number; right: number } {
  const legend = document.getElementById('leyenda');
  const left = Math.min((legend?.offsetWidth ?? 0) + 26, mapElement.clientWidth * 0.4);
  return { top: 16, bottom: 16, right: 16, left };
}

const map = new MapLibreMap({
  container: mapElement,
  style: config.basemapStyleUrl ?? emptyStyle,
  bounds: IZTAPALAPA_BOUNDS,
  fitBoundsOptions: { padding: fitPadding() },
  maxZoom: 18,
  attributionControl: { compact: true },
  transformRequest,
});
map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

// Until the user moves the map, it keeps the whole alcaldía (an OPERATOR: its territorial) in view when the panel
// opens or closes.
let userMoved = false;
let homeBounds: [number, number, number, number] = IZTAPALAPA_BOUNDS;
map.on('movestart', (event) => {
  if ((event as { originalEvent?: Event }).originalEvent) userMoved = true;
});
function refit(): void {
  map.resize();
  if (!userMoved) map.fitBounds(homeBounds, { padding: fitPadding(), animate: false });
}
map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');

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
    hideTooltip();
    showLegend();
  }
}

// ---- figures ---------------------------------------------------------------

const valuesByLevel = new Map<Level, { values: Map<string, FeatureValue>; classes: Classification }>();

async function loadValues(level: Level): Promise<void> {
  const { from, to, interval } = periodDates(state.period);
  const data = await gql(unitValuesQuery(level), { code: state.indicator.code, from, to, interval });
  const rows: any[] = level === 'territoriales' ? data.territoriales : data.colonias.edges.map((e: any) => e.node);
  const values = new Map<string, FeatureValue>();
  // The period is one calendar period of its interval: each unit's series is one value.
  for (const row of rows)
    values.set(String(row.id), {
      id: String(row.id),
      clave: row.clave,
      nombre: row.nombre,
      value: row.v[0]?.value ?? null,
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

const gotoSelect = $<HTMLSelectElement>('ir-a');
function fillGotoSelect(values: Map<string, FeatureValue>): void {
  if (gotoSelect.options.length > 1) return;
  const sorted = [...values.values()].sort((a, b) => a.clave.localeCompare(b.clave));
  for (const v of sorted) gotoSelect.append(el('option', `${v.clave} · ${v.nombre}`, { value: v.id }));
}

function showLegend(): void {
  const level = activeLevel();
  renderLegend(
    state.indicator,
    state.period,
    level === 'territoriales' ? 'dirección territorial' : 'colonia',
    valuesByLevel.get(level),
  );
}

/**
 * Resolves when the map is next idle (figures drawn, tiles loaded). One repaint is not always enough: when tiles
 * reloaded (a new caller or period) finish after it, MapLibre may not fire `idle` again, so it is asked again
 * until it does.
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const again = setInterval(() => map.triggerRepaint(), 250);
    map.once('idle', () => {
      clearInterval(again);
      resolve();
    });
    map.triggerRepaint();
  });
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
      options.summary ? renderSummary(state.period.year) : Promise.resolve(),
    ]);
    if (seq !== refreshSeq) return;
    showLegend();
    applyPointLayers(map, state.points, state.period);
    if (state.selected) void openPanel(state.selected.level, state.selected.id);
    await whenIdle();
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
function hideTooltip(): void {
  tooltip.hidden = true;
  delete tooltip.dataset.feature;
}

/**
 * Name and value of the polygon under the pointer, read from the feature MapLibre hit (its value from the figures
 * of the current indicator, not a state the tile may hold from before), and the crime figure the tile itself
 * carries: of the period when the server takes it, else of the year the tile names (`crimeYear`).
 */
function onHover(level: Level, event: MapLayerMouseEvent): void {
  const feature = event.features?.[0];
  if (!feature || feature.id === undefined) return;
  map.getCanvas().style.cursor = 'pointer';
  const id = String(feature.id);
  const value = valuesByLevel.get(level)?.values.get(id)?.value ?? null;
  const props = feature.properties ?? {};
  const lines = [
    el('strong', String(props.nombre ?? '')),
    el('span', `${shortName(state.indicator)}: ${formatNumber(value, decimalsOf(state.indicator))}`),
  ];
  if (typeof props.crimeHighImpact === 'number') {
    const when = config.gisPeriod
      ? periodLabel(state.period)
      : typeof props.crimeYear === 'number'
        ? `año ${props.crimeYear}`
        : 'sin año';
    lines.push(
      el('span', `Delitos de alto impacto (${when}): ${formatNumber(props.crimeHighImpact)}`, {
        'data-tesela': 'crimeHighImpact',
      }),
    );
  }
  tooltip.replaceChildren(...lines);
  tooltip.dataset.feature = `${level}:${id}`;
  tooltip.hidden = false;
  const { clientX, clientY } = event.originalEvent;
  tooltip.style.left = `${clientX + 14}px`;
  tooltip.style.top = `${clientY + 14}px`;
}

const panel = $<HTMLElement>('panel');
let selectedFeature: { level: Level; id: string } | null = null;
let panelSeq = 0;

async function openPanel(level: Level, id: string): Promise<void> {
  const seq = ++panelSeq;
  // The polygons move under the pointer when the panel takes its room: the tooltip would name another one.
  hideTooltip();
  if (selectedFeature)
    map.setFeatureState(
      { source: selectedFeature.level, sourceLayer: selectedFeature.level, id: selectedFeature.id },
      { selected: false },
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
      period: state.period,
      gisPeriod: config.gisPeriod,
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
      { selected: false },
    );
  selectedFeature = null;
  state.selected = null;
  panel.hidden = true;
  hideTooltip();
  refit();
  saveState();
}

function saveState(): void {
  history.replaceState(null, '', writeState(state));
}

// ---- staff sign-in -------------------------------------------------------

const accessHooks: AccessHooks = {
  callerChanged() {
    reloadChoroplethTiles(map);
    void refresh({ summary: true });
  },
  goHome(home) {
    homeBounds = home?.bbox ?? IZTAPALAPA_BOUNDS;
    if (home) state.selected = { level: 'territoriales', id: home.territorialId };
    userMoved = false;
    refit();
  },
  notice(message) {
    problems = [...problems, message];
    showNotice(problems);
  },
};

// ---- controls --------------------------------------------------------------

function fillControls(indicators: CatalogueIndicator[]): void {
  const indicatorSelect = $<HTMLSelectElement>('indicador');
  for (const level of Object.keys(LEVEL_LABELS) as CatalogueIndicator['level'][]) {
    const group = el('optgroup', null, { label: LEVEL_LABELS[level] });
    for (const i of indicators.filter((i) => i.level === level))
      group.append(el('option', shortName(i), { value: i.code, title: i.name }));
    if (group.children.length) indicatorSelect.append(group);
  }
  const yearSelect = $<HTMLSelectElement>('anio');
  for (const y of config.years) yearSelect.append(el('option', String(y), { value: String(y) }));
  const periodSelect = $<HTMLSelectElement>('periodo');
  for (const g of PERIOD_GROUPS) {
    const group = el('optgroup', null, { label: g.label });
    for (const o of g.options) group.append(el('option', o.label, { value: o.key }));
    periodSelect.append(group);
  }
}

function syncControls(): void {
  $<HTMLSelectElement>('indicador').value = state.indicator.code;
  $('indicador-descripcion').textContent = state.indicator.description;
  $<HTMLSelectElement>('anio').value = String(state.period.year);
  $<HTMLSelectElement>('periodo').value = state.period.key;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="nivel"]'))
    radio.checked = radio.value === state.level;
  for (const box of document.querySelectorAll<HTMLInputElement>('input[name="puntos"]'))
    box.checked = state.points.includes(box.value);
}

function wireControls(indicators: CatalogueIndicator[]): void {
  $('indicador').addEventListener('change', () => {
    state.indicator = indicators.find((i) => i.code === $<HTMLSelectElement>('indicador').value) ?? state.indicator;
    $('indicador-descripcion').textContent = state.indicator.description;
    saveState();
    void refresh();
  });
  for (const id of ['anio', 'periodo']) {
    $(id).addEventListener('change', () => {
      const year = Number($<HTMLSelectElement>('anio').value);
      const summary = year !== state.period.year;
      state.period = { year, key: $<HTMLSelectElement>('periodo').value };
      saveState();
      if (config.gisPeriod) reloadChoroplethTiles(map);
      void refresh({ summary });
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
      state.points = [...document.querySelectorAll<HTMLInputElement>('input[name="puntos"]:checked')].map(
        (b) => b.value,
      );
      saveState();
      applyPointLayers(map, state.points, state.period);
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
}

// ---- start -------------------------------------------------------------------

async function start(): Promise<void> {
  const mapLoaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
  let indicators: CatalogueIndicator[];
  try {
    indicators = (await gql(CATALOGUE_QUERY)).indicators;
  } catch (error) {
    mapElement.dataset.estado = 'error';
    showNotice([`No se pudo cargar el catálogo de indicadores: ${(error as Error).message}`]);
    return;
  }
  const read = readState(location.search, indicators, config.years);
  state = read.state;
  problems = read.problems;
  showNotice(problems);
  fillControls(indicators);
  syncControls();
  saveState();
  wireControls(indicators);
  await Promise.all([mapLoaded, startAccess(accessHooks, !state.selected)]);
  addChoroplethLayers(map);
  applyLevel();
  for (const level of LEVELS) {
    const layer = `${level}-relleno`;
    map.on('mousemove', layer, (event) => onHover(level, event));
    map.on('mouseleave', layer, () => {
      map.getCanvas().style.cursor = '';
      hideTooltip();
    });
    map.on('click', layer, (event) => {
      const feature = event.features?.[0] as MapGeoJSONFeature | undefined;
      if (feature?.id !== undefined) void openPanel(level, String(feature.id));
    });
  }
  // A moving map (zoom, pan, resize) takes the polygon from under a still pointer.
  map.on('movestart', hideTooltip);
  map.on('resize', hideTooltip);
  map.on('zoom', () => {
    if (state.level === 'auto') applyLevel();
  });
  saveState();
  void refresh({ summary: true });
}

void start();

/** For the browser tests and for measuring: the map, the state and the timings. */
Object.assign(window, {
  mapaMonitoreo: {
    map,
    get state() {
      return state;
    },
    timings,
    valuesOf: (level: Level) => Object.fromEntries([...(valuesByLevel.get(level)?.values ?? new Map()).entries()]),
  },
});
