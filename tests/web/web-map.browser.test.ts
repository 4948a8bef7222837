import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  TerritorialPanelFiguresDocument,
  WebMapCatalogueDocument,
  WebMapColoniaByRoleDocument,
  WebMapColoniaValuesDocument,
  WebMapSeriesDocument,
  WebMapTerritorialValuesDocument,
} from '../graphql/generated';
import { ensureWebBundle, launchChromium, watchPage, type PageWatch } from '../helpers/browser';
import { authHeaders } from '../helpers/auth';
import { projectRoot } from '../../src/web/web-assets';
import { layers } from '../../src/app/registry';
import { gisOutputsTakePeriod } from '../../src/web/gis-period';
import { createApiKey } from '../../src/auth/api-keys';
import { Role } from '../../src/auth/role';
import { logger } from '../../src/common/logger';

// The callbacks of page.evaluate run in the browser. The tests' program has no DOM library (adding it would retype
// Node's fetch for every file), so the browser globals they use are declared here, untyped.
declare const window: any;
declare const document: any;
declare const sessionStorage: any;
declare const localStorage: any;
type HTMLInputElement = any;

/**
 * The monitoring map in a real browser: Debian's Chromium, headless, WebGL in
 * software. Times are measured and written out (dist/, and docs/ with
 * UPDATE_DOCS=1), never asserted.
 */

let server: TestServer;
let browser: Browser;
const measurements: Record<string, unknown> = { mode: process.env.TERRITORIO_TEST_DB };
/** Whether /tiles and /geojson take a period (the server's OGC definition says so): the page then sends it. */
const gisPeriod = gisOutputsTakePeriod(layers);
/**
 * Every line the server logs while this file runs (the access log among them), kept here instead of written out:
 * the sign-in tests check that no credential reaches the log.
 */
const logged: string[] = [];
let savedLogLevel: string;

beforeAll(async () => {
  await ensureWebBundle();
  // The access log is on from `info` (tests run silent): on, and captured, before the server is made.
  savedLogLevel = logger.level;
  logger.level = 'info';
  for (const level of ['info', 'warn', 'error'] as const)
    jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => void logged.push(JSON.stringify(args)));
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  jest.restoreAllMocks();
  logger.level = savedLogLevel;
  const root = projectRoot();
  const file = `web-measurements.${process.env.TERRITORIO_TEST_DB ?? 'unknown'}.json`;
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', file), JSON.stringify(measurements, null, 2) + '\n');
  if (process.env.UPDATE_DOCS === '1')
    writeFileSync(join(root, 'docs', file), JSON.stringify(measurements, null, 2) + '\n');
});

interface Opened {
  page: Page;
  watch: PageWatch;
}

async function open(path: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const watch = watchPage(page, server.url);
  await page.goto(`${server.url}${path}`);
  await waitForMap(page, 0);
  return { page, watch };
}

/** Waits until the map finished more than `after` refreshes (figures applied, map idle). */
async function waitForMap(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('#mapa')?.getAttribute('data-cargas') ?? 0) > n,
    after,
    { timeout: 90_000, polling: 200 },
  );
}

const refreshes = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('#mapa')!.getAttribute('data-cargas')));
const panelLoads = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('#panel')?.getAttribute('data-cargas') ?? 0));

async function waitForPanel(page: Page, feature: string, after: number): Promise<void> {
  await page.waitForFunction(
    ([f, n]) => {
      const panel = document.querySelector('#panel');
      return panel?.getAttribute('data-feature') === f && Number(panel.getAttribute('data-cargas') ?? 0) > Number(n);
    },
    [feature, after] as const,
    { timeout: 60_000, polling: 200 },
  );
}

/** Ids and fill colours of the rendered features of a layer. */
function renderedFills(page: Page, layer: string): Promise<{ id: string; color: string; nombre: string }[]> {
  return page.evaluate((l) => {
    const { map } = (window as any).mapaMonitoreo;
    const seen = new Map<string, { id: string; color: string; nombre: string }>();
    for (const f of map.queryRenderedFeatures({ layers: [l] }))
      seen.set(String(f.id), { id: String(f.id), color: f.state?.color, nombre: f.properties.nombre });
    return [...seen.values()].sort((a, b) => Number(a.id) - Number(b.id));
  }, layer);
}

async function panelFigures(page: Page): Promise<Record<string, number | null>> {
  return page.evaluate(() => {
    const out: Record<string, number | null> = {};
    for (const dd of document.querySelectorAll('#panel [data-figure]')) {
      const v = dd.getAttribute('data-value');
      out[dd.getAttribute('data-figure')!] = v === null ? null : Number(v);
    }
    for (const td of document.querySelectorAll('#panel [data-breakdown="bySex"] td')) {
      const v = td.getAttribute('data-value');
      out[`bySex.${td.getAttribute('data-key')}`] = v === null ? null : Number(v);
    }
    return out;
  });
}

async function apiFigures(territorialId: string, from: string, to: string): Promise<Record<string, number | null>> {
  const result = await server.gql(TerritorialPanelFiguresDocument, { id: territorialId, from, to });
  const c = result.data.coverage;
  const out: Record<string, number | null> = {
    beneficiaries: c.beneficiaries.total,
    peopleReached: c.peopleReached,
    activities: c.activities,
    workshops: c.workshops.count,
    workshopParticipants: c.workshops.participants,
    ecosSchools: c.ecosSchools,
    ecosFacilitators: c.ecosFacilitators,
    paymentsTotal: c.paymentsTotal,
    coloniasAttended: c.coloniasAttended,
  };
  for (const s of c.beneficiaries.bySex) out[`bySex.${s.key}`] = s.count;
  return out;
}

/** Clicks the map at a WGS84 point. */
async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const point = await page.evaluate(([x, y]) => (window as any).mapaMonitoreo.map.project([x, y]), [lon, lat]);
  const box = (await page.locator('#mapa canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

async function pointInside(clave: string): Promise<{ id: string; lon: number; lat: number }> {
  const [row] = await server.dataSource.query(
    `SELECT id, ST_X(p) AS lon, ST_Y(p) AS lat FROM (SELECT id, ST_PointOnSurface(geom) AS p FROM territorial WHERE clave = $1) t`,
    [clave],
  );
  return { id: String(row.id), lon: Number(row.lon), lat: Number(row.lat) };
}

/** Moves the pointer over the map at a WGS84 point; returns the screen point. */
async function hoverAt(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([x, y]) => (window as any).mapaMonitoreo.map.project([x, y]), [lon, lat]);
  const box = (await page.locator('#mapa canvas').boundingBox())!;
  const screen = { x: box.x + point.x, y: box.y + point.y };
  await page.mouse.move(screen.x, screen.y);
  return screen;
}

/** The topmost rendered feature of a layer under a screen point (what the pointer is over). */
function featureAt(page: Page, layer: string, screen: { x: number; y: number }) {
  return page.evaluate(
    ([l, x, y]) => {
      const { map } = (window as any).mapaMonitoreo;
      const canvas = map.getCanvas().getBoundingClientRect();
      const [f] = map.queryRenderedFeatures([Number(x) - canvas.left, Number(y) - canvas.top], { layers: [l] });
      return f ? { id: String(f.id), properties: f.properties as Record<string, unknown> } : null;
    },
    [layer, screen.x, screen.y] as const,
  );
}

const valuesOf = (page: Page, level: string): Promise<Record<string, { value: number | null }>> =>
  page.evaluate((l) => (window as any).mapaMonitoreo.valuesOf(l), level);

/** The API's value of an indicator over a calendar period for every territorial (or colonia), by id. */
async function apiValues(
  level: 'territoriales' | 'colonias',
  code: string,
  from: string,
  to: string,
  interval: 'MONTH' | 'QUARTER' | 'SEMESTER' | 'YEAR',
  headers: Record<string, string> = {},
): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  if (level === 'territoriales') {
    const result = await server.gql(WebMapTerritorialValuesDocument, { code, from, to, interval }, headers);
    for (const t of result.data.territoriales) out[t.id] = t.indicatorSeries[0].value;
  } else {
    const result = await server.gql(WebMapColoniaValuesDocument, { code, from, to, interval }, headers);
    for (const { node } of result.data.colonias.edges) out[node.id] = node.indicatorSeries[0].value;
  }
  return out;
}

describe('the monitoring map in Chromium', () => {
  it('loads with no console errors, no request leaving the server, and draws the 13 territoriales', async () => {
    const started = Date.now();
    const { page, watch } = await open('/');
    measurements.firstMapWallMs = Date.now() - started;
    measurements.firstMapPageMs = await page.evaluate(() => Math.round((window as any).mapaMonitoreo.timings.firstMap));
    const fills = await renderedFills(page, 'territoriales-relleno');
    expect(fills).toHaveLength(13);
    const [{ n }] = await server.dataSource.query('SELECT count(*)::int AS n FROM territorial');
    expect(fills).toHaveLength(n);
    for (const f of fills) expect(f.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(fills.map((f) => f.color)).size).toBeGreaterThan(1);
    // Header figures for the year, legend classes.
    await expect(page.locator('#resumen [data-figure="beneficiaries"] dd').textContent()).resolves.toBe('1,280');
    // The demo holds a sample of the year's activities: the header says so in words, with the report's projection
    // and how to load a year, instead of reading "76,800 de 380,000" as the program's year.
    const [{ activities }] = await server.dataSource.query(
      `SELECT count(*)::int AS activities FROM activity WHERE held_on BETWEEN '2020-01-01' AND '2020-12-31'`,
    );
    const note = (await page.locator('#muestra').textContent())!;
    expect(activities).toBeLessThan(307_200);
    await expect(page.locator('#muestra').isVisible()).resolves.toBe(true);
    expect(note).toContain(`${activities.toLocaleString('en-US')} de las 307,200 actividades`);
    expect(note).toContain('1,536,000 personas');
    expect(note).toContain('npm run import -- activities');
    expect(await page.locator('#leyenda-clases li').count()).toBeGreaterThan(1);
    // Every indicator of the catalogue is offered, by its code.
    const catalogue = await server.gql(WebMapCatalogueDocument);
    const offered = await page.locator('#indicador option').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    expect([...offered].sort()).toEqual(catalogue.data.indicators.map((i) => i.code).sort());
    expect(await page.locator('#indicador').inputValue()).toBe('META_BENEFICIARIOS');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    expect(watch.requests.some((u) => u.includes('/tiles/territoriales/'))).toBe(true);
    expect(watch.requests.some((u) => u.includes('/mapa/assets/maplibre-gl-worker.mjs'))).toBe(true);
    measurements.requestsOnLoad = watch.requests.length;
    await page.close();
  });

  it('changing the indicator re-colours the map with the API’s values, and hover shows name and value', async () => {
    const { page, watch } = await open('/mapa?indicador=META_BENEFICIARIOS');
    const before = await renderedFills(page, 'territoriales-relleno');
    const n = await refreshes(page);
    const started = Date.now();
    await page.selectOption('#indicador', 'COMPONENTE_TALLERES_PARTICIPANTES');
    await waitForMap(page, n);
    measurements.indicatorSwitchWallMs = Date.now() - started;
    measurements.indicatorSwitchPageMs = await page.evaluate(() =>
      Math.round((window as any).mapaMonitoreo.timings.lastRefreshMs),
    );
    const after = await renderedFills(page, 'territoriales-relleno');
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    expect(after.map((f) => f.color)).not.toEqual(before.map((f) => f.color));
    expect(page.url()).toContain('indicador=COMPONENTE_TALLERES_PARTICIPANTES');

    // The values coloured are the API's, per territorial and per colonia, for the year.
    const api = await apiValues(
      'territoriales',
      'COMPONENTE_TALLERES_PARTICIPANTES',
      '2020-01-01',
      '2020-12-31',
      'YEAR',
    );
    const values = await valuesOf(page, 'territoriales');
    for (const [id, value] of Object.entries(api)) expect(values[id].value).toBe(value);
    const colonias = await valuesOf(page, 'colonias');
    const apiColonias = await apiValues(
      'colonias',
      'COMPONENTE_TALLERES_PARTICIPANTES',
      '2020-01-01',
      '2020-12-31',
      'YEAR',
    );
    expect(Object.fromEntries(Object.entries(colonias).map(([id, v]) => [id, v.value]))).toEqual(apiColonias);

    const target = await pointInside('TER-05');
    await hoverAt(page, target.lon, target.lat);
    await page.waitForSelector('#tooltip:not([hidden])');
    const tooltip = await page.locator('#tooltip').textContent();
    const [{ nombre }] = await server.dataSource.query("SELECT nombre FROM territorial WHERE clave = 'TER-05'");
    expect(tooltip).toContain(nombre);
    expect(tooltip).toContain(`Participantes en los talleres de planeación participativa: ${values[target.id].value}`);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await page.close();
  });

  it('crime per 100,000 inhabitants has a value for every territorial and every colonia', async () => {
    // The map's old id for it still opens it.
    const { page, watch } = await open('/mapa?indicador=delitos-por-100k');
    expect(await page.locator('#indicador').inputValue()).toBe('FIN_DELITOS_ALTO_IMPACTO');
    const territoriales = await valuesOf(page, 'territoriales');
    const colonias = await valuesOf(page, 'colonias');
    const missing = (values: Record<string, { value: number | null }>) =>
      Object.values(values).filter((v) => v.value === null).length;
    expect([Object.keys(territoriales).length, missing(territoriales)]).toEqual([13, 0]);
    expect([Object.keys(colonias).length, missing(colonias)]).toEqual([293, 0]);
    expect(await page.locator('#leyenda-clases').textContent()).not.toContain('Sin dato');
    expect(await page.locator('#aviso').isHidden()).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the legend shows the indicator’s method and baseline and is whole in view at 1400×900', async () => {
    const { page, watch } = await open('/mapa?indicador=FIN_DELITOS_ALTO_IMPACTO');
    const { data } = await server.gql(WebMapCatalogueDocument);
    const card = async () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('#leyenda-indicador dd')].map((dd) => [
            dd.getAttribute('data-campo'),
            { text: dd.textContent, title: dd.getAttribute('title') },
          ]),
        ),
      );
    const fin = data.indicators.find((i) => i.code === 'FIN_DELITOS_ALTO_IMPACTO')!;
    const shown = await card();
    expect(shown.metodo.text).toBe(fin.method.formula);
    // The report's baseline: −19 % in 2019 (against 2018), with its source.
    expect(fin.baseline).toMatchObject({ value: -19, year: 2019 });
    expect(shown['linea-base'].text).toMatch(/^-19 .* \(2019\)$/);
    expect(shown['linea-base'].title).toContain(fin.baseline!.source);
    expect(shown).not.toHaveProperty('meta');

    // Whole in view: the legend's box and each of its classes inside the 1400×900 viewport, none clipped by it.
    const inView = () =>
      page.evaluate(() => {
        const legend = document.querySelector('#leyenda')!;
        const boxes = [legend, ...legend.querySelectorAll('li, dd')].map((e) => e.getBoundingClientRect());
        const outside = boxes.filter(
          (r) => r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth,
        ).length;
        const l = legend.getBoundingClientRect();
        const clipped = [...legend.querySelectorAll('li')].filter((li) => {
          const r = li.getBoundingClientRect();
          return r.height === 0 || r.top < l.top || r.bottom > l.bottom;
        }).length;
        return {
          outside,
          clipped,
          classes: legend.querySelectorAll('li').length,
          scrolls: legend.scrollHeight > legend.clientHeight,
        };
      });
    expect(await inView()).toEqual({ outside: 0, clipped: 0, classes: 5, scrolls: false });
    // With the panel open too, and for an indicator with a goal and no baseline.
    const n = await refreshes(page);
    await page.selectOption('#indicador', 'META_BENEFICIARIOS');
    await waitForMap(page, n);
    const goal = await card();
    expect(goal['linea-base'].text).toBe('el informe no da una');
    expect(goal.meta.text).toBe('1,280 personas (2020)');
    const loads = await panelLoads(page);
    await page.selectOption('#ir-a', { index: 1 });
    await page.waitForFunction(
      (l) => Number(document.querySelector('#panel')?.getAttribute('data-cargas') ?? 0) > l,
      loads,
      {
        polling: 200,
      },
    );
    expect(await inView()).toMatchObject({ outside: 0, clipped: 0, scrolls: false });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('clicking a territorial opens its panel with the API’s figures and series; the period changes them', async () => {
    const { page, watch } = await open('/mapa?indicador=PROPOSITO_PERSONAS_ALCANZADAS');
    const target = await pointInside('TER-03');
    const loads = await panelLoads(page);
    await clickAt(page, target.lon, target.lat);
    await waitForPanel(page, `territoriales:${target.id}`, loads);
    const [{ nombre }] = await server.dataSource.query("SELECT nombre FROM territorial WHERE clave = 'TER-03'");
    await expect(page.locator('#panel-titulo').textContent()).resolves.toBe(nombre);
    const year = await panelFigures(page);
    expect(year).toMatchObject(await apiFigures(target.id, '2020-01-01', '2020-12-31'));

    // The series: one point per month of the year, each the API's value for that month.
    const series = await server.gql(WebMapSeriesDocument, {
      code: 'PROPOSITO_PERSONAS_ALCANZADAS',
      territorialId: target.id,
      from: '2020-01-01',
      to: '2020-12-31',
      interval: 'MONTH',
    });
    const points = () =>
      page.locator('#panel svg.grafica circle').evaluateAll((cs) =>
        cs.map((c) => ({
          start: c.getAttribute('data-start'),
          end: c.getAttribute('data-end'),
          value: c.getAttribute('data-value') === '' ? null : Number(c.getAttribute('data-value')),
          chosen: c.getAttribute('class')!.includes('punto-periodo'),
        })),
      );
    const expected = series.data.indicator!.series.map((p) => ({ start: p.start, end: p.end, value: p.value }));
    expect(expected).toHaveLength(12);
    expect((await points()).map(({ chosen: _, ...p }) => p)).toEqual(expected);
    const links = await page.locator('#panel .enlaces a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const period = gisPeriod ? '&from=2020-01-01&to=2020-12-31' : '';
    expect(links).toEqual([
      `/geojson/territoriales?territorial=TER-03${period}`,
      `/ogc/collections/territoriales/items/${target.id}`,
      `/ogc/collections/territoriales/items/${target.id}?f=html`,
    ]);

    // The second semester: no field activities in the demo (they are in February), fewer beneficiaries' payments.
    const n = await refreshes(page);
    const panelN = await panelLoads(page);
    await page.selectOption('#periodo', 's2');
    await waitForMap(page, n);
    await waitForPanel(page, `territoriales:${target.id}`, panelN);
    const later = await panelFigures(page);
    const api = await apiFigures(target.id, '2020-07-01', '2020-12-31');
    expect(later).toMatchObject(api);
    expect(later.peopleReached).not.toBe(year.peopleReached);
    // Callers without a token see payments of whole program years (docs/THREAT-MODEL.md): the same for both periods.
    expect(later.paymentsTotal).toBe(year.paymentsTotal);
    expect(page.url()).toContain('periodo=s2');
    // The chart still shows the year, its six months of the semester marked.
    const marked = (await points()).filter((p) => p.chosen);
    expect(marked.map((p) => p.start)).toEqual(expected.filter((p) => p.start >= '2020-07-01').map((p) => p.start));
    // The map's values followed the period too.
    const values = await valuesOf(page, 'territoriales');
    const semester = await apiValues(
      'territoriales',
      'PROPOSITO_PERSONAS_ALCANZADAS',
      '2020-07-01',
      '2020-12-31',
      'SEMESTER',
    );
    expect(values[target.id].value).toBe(semester[target.id]);
    expect(values[target.id].value).toBe(api.peopleReached);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);

    if (process.env.UPDATE_DOCS === '1') {
      await page.selectOption('#indicador', 'META_BENEFICIARIOS');
      await page.selectOption('#periodo', 'anio');
      await waitForMap(page, await refreshes(page));
      await page.waitForSelector('#panel[data-estado="listo"]');
      await page.mouse.move(5, 5);
      await page.screenshot({ path: join(projectRoot(), 'docs', 'mapa.png') });
    }
    await page.close();
  });

  it('the period goes to GraphQL, and to the tiles when the server takes it; the tooltip shows what the tile says', async () => {
    const { page, watch } = await open('/mapa?indicador=FIN_DELITOS_ALTO_IMPACTO&periodo=s1');
    expect(await page.evaluate(() => JSON.parse(document.querySelector('#config')!.textContent!).gisPeriod)).toBe(
      gisPeriod,
    );
    const s1 = await apiValues('territoriales', 'FIN_DELITOS_ALTO_IMPACTO', '2020-01-01', '2020-06-30', 'SEMESTER');
    const values = await valuesOf(page, 'territoriales');
    for (const [id, value] of Object.entries(s1)) expect(values[id].value).toBe(value);
    const tiles = () => watch.requests.filter((u) => /\/tiles\/territoriales\/\d+\/\d+\/\d+\.mvt/.test(u));
    expect(tiles().length).toBeGreaterThan(0);
    for (const url of tiles()) {
      const params = new URL(url).searchParams;
      expect([params.get('from'), params.get('to')]).toEqual(gisPeriod ? ['2020-01-01', '2020-06-30'] : [null, null]);
    }

    // The tooltip's crime figure is the hovered tile feature's own, labelled with what it is of.
    const target = await pointInside('TER-07');
    const screen = await hoverAt(page, target.lon, target.lat);
    await page.waitForSelector('#tooltip:not([hidden])');
    const hovered = (await featureAt(page, 'territoriales-relleno', screen))!;
    expect(hovered.id).toBe(target.id);
    const crime = await page.locator('#tooltip [data-tesela="crimeHighImpact"]').textContent();
    const when = gisPeriod ? '1er semestre de 2020' : `año ${hovered.properties.crimeYear}`;
    expect(crime).toBe(
      `Delitos de alto impacto (${when}): ${(hovered.properties.crimeHighImpact as number).toLocaleString('en-US')}`,
    );

    // Another period: new figures; new tiles with it when the server takes it.
    const seen = tiles().length;
    const n = await refreshes(page);
    await page.selectOption('#periodo', 'm3');
    await waitForMap(page, n);
    const march = await apiValues('territoriales', 'FIN_DELITOS_ALTO_IMPACTO', '2020-03-01', '2020-03-31', 'MONTH');
    const marchShown = await valuesOf(page, 'territoriales');
    for (const [id, value] of Object.entries(march)) expect(marchShown[id].value).toBe(value);
    if (gisPeriod) {
      const fresh = tiles().slice(seen);
      expect(fresh.length).toBeGreaterThan(0);
      for (const url of fresh) expect(new URL(url).searchParams.get('to')).toBe('2020-03-31');
    } else {
      expect(tiles()).toHaveLength(seen);
    }
    expect(page.url()).toContain('periodo=m3');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await page.close();
  });

  it('the tooltip hides when the panel opens and then names the polygon under the pointer', async () => {
    const { page, watch } = await open('/mapa');
    const target = await pointInside('TER-01');
    const screen = await hoverAt(page, target.lon, target.lat);
    await page.waitForSelector('#tooltip:not([hidden])');
    expect(await page.locator('#tooltip').getAttribute('data-feature')).toBe(`territoriales:${target.id}`);
    const loads = await panelLoads(page);
    await page.mouse.click(screen.x, screen.y);
    await waitForPanel(page, `territoriales:${target.id}`, loads);
    // The panel took its room and the map was fitted again: what is under the pointer now is another polygon.
    expect(await page.locator('#tooltip').isHidden()).toBe(true);
    await page.mouse.move(screen.x + 1, screen.y + 1);
    const under = await featureAt(page, 'territoriales-relleno', { x: screen.x + 1, y: screen.y + 1 });
    if (under) {
      await page.waitForSelector('#tooltip:not([hidden])');
      expect(await page.locator('#tooltip').getAttribute('data-feature')).toBe(`territoriales:${under.id}`);
      expect(await page.locator('#tooltip strong').textContent()).toBe(under.properties.nombre);
    } else {
      expect(await page.locator('#tooltip').isHidden()).toBe(true);
    }
    // Out of the polygons, no tooltip.
    await page.mouse.move(5, 5);
    expect(await page.locator('#tooltip').isHidden()).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('every control has a label and works from the keyboard', async () => {
    const { page } = await open('/mapa');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('select, input, button')]
        .filter((c) => {
          const labelled =
            (c as HTMLInputElement).labels?.length || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby');
          return !labelled && c.textContent?.trim() === '';
        })
        .map((c) => c.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
    await expect(page.getByLabel('Indicador', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Año', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Periodo', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Token o clave de API', { exact: true }).count()).resolves.toBe(1);

    // Indicator: focus and arrow key (the next entry of the catalogue).
    const options = await page.locator('#indicador option').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    const next = options[options.indexOf('META_BENEFICIARIOS') + 1];
    const valuesShown = () => valuesOf(page, 'territoriales');
    const before = await valuesShown();
    let n = await refreshes(page);
    await page.focus('#indicador');
    await page.keyboard.press('ArrowDown');
    await waitForMap(page, n);
    expect(await page.locator('#indicador').inputValue()).toBe(next);
    expect(await valuesShown()).not.toEqual(before);

    // Tab reaches the next control; a point layer toggles with the space bar.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('anio');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('periodo');
    await page.focus('#puntos-ecos');
    await page.keyboard.press('Space');
    expect(await page.locator('#puntos-ecos').isChecked()).toBe(true);
    await page.waitForFunction(() => (window as any).mapaMonitoreo.map.getLayer('ecos-puntos'), null, { polling: 200 });
    expect(page.url()).toContain('puntos=ecos');

    // Level: the colonias radio by keyboard shows colonias.
    await page.focus('input[name="nivel"][value="territoriales"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="nivel"][value="colonias"]').isChecked()).toBe(true);
    await page.waitForFunction(
      () => (window as any).mapaMonitoreo.map.getLayoutProperty('colonias-relleno', 'visibility') === 'visible',
      null,
      { polling: 200 },
    );

    // A territorial's panel from the keyboard, closed with Escape.
    const loads = await panelLoads(page);
    await page.focus('#ir-a');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#ir-a').inputValue();
    expect(chosen).not.toBe('');
    await waitForPanel(page, `territoriales:${chosen}`, loads);
    expect(await page.locator('#panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#panel').isHidden()).toBe(true);
    n = await refreshes(page);
    expect(n).toBeGreaterThan(0);
    await page.close();
  });

  it('unknown indicator or period in the URL: a visible message and the default map, not a blank one', async () => {
    const { page, watch } = await open('/mapa?indicador=no-existe&anio=1999&periodo=s3');
    const notice = page.locator('#aviso');
    expect(await notice.isVisible()).toBe(true);
    const text = await notice.textContent();
    expect(text).toContain('«no-existe»');
    expect(text).toContain('«1999»');
    expect(text).toContain('«s3»');
    expect(await page.locator('#indicador').inputValue()).toBe('META_BENEFICIARIOS');
    expect(await page.locator('#anio').inputValue()).toBe('2020');
    expect(await page.locator('#periodo').inputValue()).toBe('anio');
    expect(await renderedFills(page, 'territoriales-relleno')).toHaveLength(13);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
    // Links from before the period selector: months that make a calendar period are read as it, others named.
    const legacy = await open('/mapa?desde=1&hasta=6');
    expect(await legacy.page.locator('#periodo').inputValue()).toBe('s1');
    expect(legacy.page.url()).toContain('periodo=s1');
    await legacy.page.close();
    const odd = await open('/mapa?desde=3&hasta=12');
    expect(await odd.page.locator('#aviso').textContent()).toContain('no son un periodo del informe');
    expect(await odd.page.locator('#periodo').inputValue()).toBe('anio');
    await odd.page.close();
  });
});

describe('staff sign-in on the map', () => {
  let keyName: string;
  afterAll(async () => {
    if (keyName) await server.dataSource.query('DELETE FROM api_key WHERE name = $1', [keyName]);
  });

  /** The credential headers of every request the page made since `from` (index into watch.requests). */
  function credentialsSent(page: Page): { url: string; authorization?: string; apiKey?: string }[] {
    const sent: { url: string; authorization?: string; apiKey?: string }[] = [];
    page.on('request', (request) => {
      const headers = request.headers();
      sent.push({ url: request.url(), authorization: headers.authorization, apiKey: headers['x-api-key'] });
    });
    return sent;
  }

  async function signInWith(page: Page, credential: string): Promise<void> {
    const n = await refreshes(page);
    await page.locator('#acceso summary').click();
    await page.fill('#credencial', credential);
    await page.click('#acceso-entrar');
    await waitForMap(page, n);
  }

  it('an ANALYST sees a figure PUBLIC sees suppressed; signing out forgets the token, which no URL or log carries', async () => {
    // A colonia whose Servidores del Pueblo are 1 to 4 (hidden from the public), as the API answers each role.
    const analyst = await authHeaders('ANALYST');
    const token = analyst.authorization.replace('Bearer ', '');
    const asPublic = await apiValues('colonias', 'META_BENEFICIARIOS_SERVIDORES', '2020-01-01', '2020-12-31', 'YEAR');
    const asAnalyst = await apiValues(
      'colonias',
      'META_BENEFICIARIOS_SERVIDORES',
      '2020-01-01',
      '2020-12-31',
      'YEAR',
      analyst,
    );
    const coloniaId = Object.keys(asPublic).find((id) => asPublic[id] === null && asAnalyst[id] !== null)!;
    expect(coloniaId).toBeDefined();
    const byRole = async (headers: Record<string, string>) =>
      (
        await server.gql(WebMapColoniaByRoleDocument, { id: coloniaId, from: '2020-01-01', to: '2020-12-31' }, headers)
      ).data.coverage.beneficiaries.byRole.find((r) => r.key === 'SERVIDOR_DEL_PUEBLO')!.count;
    expect(await byRole({})).toBeNull();
    const exact = await byRole(analyst);
    expect(exact).toBeGreaterThan(0);
    const cell = (page: Page) =>
      page.locator('#panel [data-breakdown="byRole"] td[data-key="SERVIDOR_DEL_PUEBLO"]').textContent();

    const logFrom = logged.length;
    const { page, watch } = await open(
      `/mapa?indicador=META_BENEFICIARIOS_SERVIDORES&nivel=colonias&ficha=colonias:${coloniaId}`,
    );
    const sent = credentialsSent(page);
    await page.waitForSelector(`#panel[data-feature="colonias:${coloniaId}"][data-estado="listo"]`);
    expect((await valuesOf(page, 'colonias'))[coloniaId].value).toBeNull();
    expect(await cell(page)).toBe('oculto');
    expect(await page.locator('#acceso-resumen').textContent()).toBe('Acceso del personal');

    // Signed in: the figures as the ANALYST's, every request with the token as a header.
    const panelN = await panelLoads(page);
    await signInWith(page, token);
    await waitForPanel(page, `colonias:${coloniaId}`, panelN);
    expect(await page.locator('#acceso-resumen').textContent()).toBe('Sesión: ANALYST');
    expect((await valuesOf(page, 'colonias'))[coloniaId].value).toBe(asAnalyst[coloniaId]);
    expect(await cell(page)).toBe(String(exact));
    expect(await page.locator('#privacidad').textContent()).toContain('sin ocultar');
    const signedIn = sent.filter((r) => /\/graphql$|\/tiles\/colonias\/\d/.test(r.url));
    expect(signedIn.some((r) => /\/tiles\//.test(r.url))).toBe(true);
    for (const r of signedIn) expect(r.authorization).toBe(`Bearer ${token}`);
    expect(await page.evaluate(() => sessionStorage.getItem('territorio.credencial'))).toBe(token);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

    // A reload keeps the session (this tab's sessionStorage).
    await page.reload();
    await waitForMap(page, 0);
    expect(await page.locator('#acceso-resumen').textContent()).toBe('Sesión: ANALYST');
    expect((await valuesOf(page, 'colonias'))[coloniaId].value).toBe(asAnalyst[coloniaId]);

    // Signed out: forgotten, and asked again as PUBLIC.
    const before = sent.length;
    const n = await refreshes(page);
    await page.click('#acceso-salir');
    await waitForMap(page, n);
    await page.waitForSelector(`#panel[data-estado="listo"]`);
    expect(await page.locator('#acceso-resumen').textContent()).toBe('Acceso del personal');
    expect((await valuesOf(page, 'colonias'))[coloniaId].value).toBeNull();
    expect(await cell(page)).toBe('oculto');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    const afterOut = sent.slice(before).filter((r) => /\/graphql$|\/tiles\//.test(r.url));
    expect(afterOut.length).toBeGreaterThan(0);
    for (const r of afterOut) expect([r.authorization, r.apiKey]).toEqual([undefined, undefined]);

    // The token went in headers only: in no URL the page asked for, nor in any line the server logged.
    const signature = token.split('.')[2];
    expect(watch.requests.filter((u) => u.includes(signature))).toEqual([]);
    expect(page.url()).not.toContain(signature);
    const lines = logged.slice(logFrom);
    expect(lines.some((l) => l.includes('/mapa/sesion'))).toBe(true);
    expect(lines.filter((l) => l.includes(signature))).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await page.close();
  });

  it('an OPERATOR’s API key: its own territorial, the key as X-API-Key; a bad credential is refused and not kept', async () => {
    const [territorial] = await server.dataSource.query(
      "SELECT id, clave, nombre FROM territorial WHERE clave = 'TER-03'",
    );
    keyName = `web-map-test-${process.pid}-${Date.now()}`;
    const key = await createApiKey(server.dataSource, keyName, Role.OPERATOR, territorial.id);
    const { page, watch } = await open('/mapa');
    const sent = credentialsSent(page);

    // Neither a token nor a key: said, nothing asked.
    await page.locator('#acceso summary').click();
    await page.fill('#credencial', 'no es un token');
    await page.click('#acceso-entrar');
    expect(await page.locator('#acceso-estado').textContent()).toContain('No es un token');
    // A token the server refuses: its reason, and nothing kept.
    await page.fill('#credencial', 'abc.def.ghi');
    await page.click('#acceso-entrar');
    await page.waitForFunction(
      () => document.querySelector('#acceso-estado')!.textContent!.startsWith('No se pudo entrar'),
      null,
      {
        polling: 200,
      },
    );
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator('#credencial').inputValue()).toBe('');

    const loads = await panelLoads(page);
    const n = await refreshes(page);
    await page.fill('#credencial', key);
    await page.click('#acceso-entrar');
    await waitForMap(page, n);
    await waitForPanel(page, `territoriales:${territorial.id}`, loads);
    expect(await page.locator('#acceso-resumen').textContent()).toBe(`Sesión: OPERATOR · TER-03 ${territorial.nombre}`);
    expect(await page.locator('#panel-titulo').textContent()).toBe(territorial.nombre);
    // The map went to its territorial: the view is about the territorial's box, not the whole alcaldía.
    const [bbox] = await server.dataSource.query(
      "SELECT ST_XMin(geom) AS w, ST_YMin(geom) AS s, ST_XMax(geom) AS e, ST_YMax(geom) AS n FROM territorial WHERE clave = 'TER-03'",
    );
    const view = await page.evaluate(() => (window as any).mapaMonitoreo.map.getBounds().toArray());
    const center = [(view[0][0] + view[1][0]) / 2, (view[0][1] + view[1][1]) / 2];
    expect(center[0]).toBeGreaterThan(Number(bbox.w));
    expect(center[0]).toBeLessThan(Number(bbox.e));
    expect(center[1]).toBeGreaterThan(Number(bbox.s));
    expect(center[1]).toBeLessThan(Number(bbox.n));
    expect(view[1][0] - view[0][0]).toBeLessThan(0.15);
    const graphql = sent.filter((r) => r.url.endsWith('/graphql') && r.apiKey);
    expect(graphql.length).toBeGreaterThan(0);
    for (const r of graphql) expect([r.apiKey, r.authorization]).toEqual([key, undefined]);
    expect(watch.requests.filter((u) => u.includes(key.slice(3)))).toEqual([]);
    await page.click('#acceso-salir');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(watch.outsideRequests).toEqual([]);
    await page.close();
  });
});

describe('OGC API HTML views in Chromium', () => {
  it('point collections are drawn over the territoriales’ outline; a wide table scrolls in its box', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/ogc/collections/ecos/items?f=html`);
    await page.waitForSelector('#ogc-mapa[data-estado="listo"]', { timeout: 60_000 });
    const outline = await page.evaluate(() => {
      const map = (window as any).mapaOgc;
      const ids = new Set(map.queryRenderedFeatures({ layers: ['contexto-territoriales'] }).map((f: any) => f.id));
      return ids.size;
    });
    expect(outline).toBe(13);
    expect(
      await page.evaluate(() => (window as any).mapaOgc.queryRenderedFeatures({ layers: ['items-puntos'] }).length),
    ).toBeGreaterThan(0);

    await page.goto(`${server.url}/ogc/collections/colonias/items?f=html&limit=20`);
    await page.waitForSelector('#ogc-mapa[data-estado="listo"]', { timeout: 60_000 });
    const widths = await page.evaluate(() => {
      const box = document.querySelector('.tabla')!;
      return {
        page: document.documentElement.scrollWidth <= window.innerWidth,
        tableWider: box.scrollWidth > box.clientWidth,
        boxInside: box.getBoundingClientRect().right <= window.innerWidth,
      };
    });
    expect(widths).toEqual({ page: true, tableWider: true, boxInside: true });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await page.close();
  });
});

describe('a colonia named <script> renders as text', () => {
  const name = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';
  let id: string;
  beforeAll(async () => {
    // A copy of an existing colonia (every column, whatever the schema has), renamed, far from Iztapalapa.
    await server.dataSource.transaction(async (manager) => {
      await manager.query(
        'CREATE TEMP TABLE web_test_colonia ON COMMIT DROP AS SELECT * FROM colonia ORDER BY id LIMIT 1',
      );
      await manager.query(
        `UPDATE web_test_colonia SET id = nextval('colonia_id_seq'), clave = 'web-test-script', nombre = $1,
                geom = ST_Multi(ST_MakeEnvelope(-99.40, 19.60, -99.39, 19.61, 4326))`,
        [name],
      );
      const [row] = await manager.query('INSERT INTO colonia SELECT * FROM web_test_colonia RETURNING id');
      id = String(row.id);
    });
  });
  afterAll(async () => {
    await server.dataSource.query("DELETE FROM colonia WHERE clave = 'web-test-script'");
  });

  it('in the OGC API HTML views (items and single feature) and in the map’s panel', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, server.url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const path of [
      `/ogc/collections/colonias/items?f=html&bbox=-99.41,19.59,-99.38,19.62`,
      `/ogc/collections/colonias/items/${id}?f=html`,
    ]) {
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector('#ogc-mapa[data-estado="listo"]', { timeout: 60_000 });
      const cells = await page.locator('table.propiedades td').allTextContents();
      expect(cells).toContain(name);
      expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
      expect(await page.locator('table.propiedades script, table.propiedades img').count()).toBe(0);
    }
    await page.goto(`${server.url}/mapa?nivel=colonias&ficha=colonias:${id}`);
    await page.waitForSelector(`#panel[data-feature="colonias:${id}"][data-estado="listo"]`, { timeout: 60_000 });
    await expect(page.locator('#panel-titulo').textContent()).resolves.toBe(name);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await page.close();
  });
});
