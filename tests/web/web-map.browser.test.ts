import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { TerritorialPanelFiguresDocument, TerritorialWorkshops2020Document } from '../graphql/generated';
import { ensureWebBundle, launchChromium, watchPage, type PageWatch } from '../helpers/browser';
import { projectRoot } from '../../src/web/web-assets';

// The callbacks of page.evaluate run in the browser. The tests' program has no DOM library (adding it would retype
// Node's fetch for every file), so the browser globals they use are declared here, untyped.
declare const window: any;
declare const document: any;
type HTMLInputElement = any;

/**
 * The monitoring map in a real browser: Debian's Chromium, headless, WebGL in
 * software. Times are measured and written out (dist/, and docs/ with
 * UPDATE_DOCS=1), never asserted.
 */

let server: TestServer;
let browser: Browser;
const measurements: Record<string, unknown> = { mode: process.env.TERRITORIO_TEST_DB };

beforeAll(async () => {
  await ensureWebBundle();
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
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
    { timeout: 90_000 },
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
    { timeout: 60_000 },
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
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    expect(watch.requests.some((u) => u.includes('/tiles/territoriales/'))).toBe(true);
    expect(watch.requests.some((u) => u.includes('/mapa/assets/maplibre-gl-worker.mjs'))).toBe(true);
    measurements.requestsOnLoad = watch.requests.length;
    await page.close();
  });

  it('changing the indicator re-colours the map, and hover shows name and value', async () => {
    const { page, watch } = await open('/mapa?indicador=beneficiarios');
    const before = await renderedFills(page, 'territoriales-relleno');
    const n = await refreshes(page);
    const started = Date.now();
    await page.selectOption('#indicador', 'talleres');
    await waitForMap(page, n);
    measurements.indicatorSwitchWallMs = Date.now() - started;
    measurements.indicatorSwitchPageMs = await page.evaluate(() =>
      Math.round((window as any).mapaMonitoreo.timings.lastRefreshMs),
    );
    const after = await renderedFills(page, 'territoriales-relleno');
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    expect(after.map((f) => f.color)).not.toEqual(before.map((f) => f.color));
    expect(page.url()).toContain('indicador=talleres');

    // The values coloured are the API's workshops per territorial.
    const values = await page.evaluate(() => (window as any).mapaMonitoreo.valuesOf('territoriales'));
    const api = await server.gql(TerritorialWorkshops2020Document);
    for (const t of api.data.territoriales) expect(values[t.id].value).toBe(t.coverage.workshops.count);

    const target = await pointInside('TER-05');
    const point = await page.evaluate(
      ([x, y]) => (window as any).mapaMonitoreo.map.project([x, y]),
      [target.lon, target.lat],
    );
    const box = (await page.locator('#mapa canvas').boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await page.waitForSelector('#tooltip:not([hidden])');
    const tooltip = await page.locator('#tooltip').textContent();
    const [{ nombre }] = await server.dataSource.query("SELECT nombre FROM territorial WHERE clave = 'TER-05'");
    expect(tooltip).toContain(nombre);
    expect(tooltip).toContain(`Talleres de planeación participativa: ${values[target.id].value}`);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await page.close();
  });

  it('crime per 100,000 inhabitants has a value for every territorial and every colonia', async () => {
    const { page, watch } = await open('/mapa?indicador=delitos-por-100k');
    const territoriales = await page.evaluate(() => (window as any).mapaMonitoreo.valuesOf('territoriales'));
    const colonias = await page.evaluate(() => (window as any).mapaMonitoreo.valuesOf('colonias'));
    const missing = (values: Record<string, { value: number | null }>) =>
      Object.values(values).filter((v) => v.value === null).length;
    expect([Object.keys(territoriales).length, missing(territoriales)]).toEqual([13, 0]);
    expect([Object.keys(colonias).length, missing(colonias)]).toEqual([293, 0]);
    expect(await page.locator('#leyenda-clases').textContent()).not.toContain('Sin dato');
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('clicking a territorial opens its panel with the API’s figures; the period changes them', async () => {
    const { page, watch } = await open('/mapa');
    const target = await pointInside('TER-03');
    const loads = await panelLoads(page);
    await clickAt(page, target.lon, target.lat);
    await waitForPanel(page, `territoriales:${target.id}`, loads);
    const [{ nombre }] = await server.dataSource.query("SELECT nombre FROM territorial WHERE clave = 'TER-03'");
    await expect(page.locator('#panel-titulo').textContent()).resolves.toBe(nombre);
    const year = await panelFigures(page);
    expect(year).toMatchObject(await apiFigures(target.id, '2020-01-01', '2020-12-31'));
    expect(await page.locator('#panel svg.grafica rect').count()).toBe(12);
    const links = await page.locator('#panel .enlaces a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      '/geojson/territoriales?territorial=TER-03',
      `/ogc/collections/territoriales/items/${target.id}`,
      `/ogc/collections/territoriales/items/${target.id}?f=html`,
    ]);

    // March to December: no field activities in the demo (they are in February), fewer beneficiaries' payments.
    const n = await refreshes(page);
    const panelN = await panelLoads(page);
    await page.selectOption('#desde', '3');
    await waitForMap(page, n);
    await waitForPanel(page, `territoriales:${target.id}`, panelN);
    const later = await panelFigures(page);
    const api = await apiFigures(target.id, '2020-03-01', '2020-12-31');
    expect(later).toMatchObject(api);
    expect(later.peopleReached).not.toBe(year.peopleReached);
    // Callers without a token see payments of whole program years (docs/THREAT-MODEL.md): the same for both periods.
    expect(later.paymentsTotal).toBe(year.paymentsTotal);
    expect(page.url()).toContain('desde=3');
    // The map's values followed the period too.
    const values = await page.evaluate(() => (window as any).mapaMonitoreo.valuesOf('territoriales'));
    expect(values[target.id].value).toBe(api.beneficiaries);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);

    if (process.env.UPDATE_DOCS === '1') {
      await page.selectOption('#desde', '1');
      await waitForMap(page, await refreshes(page));
      await page.waitForSelector('#panel[data-estado="listo"]');
      await page.mouse.move(5, 5);
      await page.screenshot({ path: join(projectRoot(), 'docs', 'mapa.png') });
    }
    await page.close();
  });

  it('every control has a label and works from the keyboard', async () => {
    const { page } = await open('/mapa');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('select, input, button')]
        .filter((c) => {
          const labelled =
            (c as HTMLInputElement).labels?.length || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby');
          return !labelled;
        })
        .map((c) => c.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
    await expect(page.getByLabel('Indicador', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Año', { exact: true }).count()).resolves.toBe(1);

    // Indicator: focus and arrow key.
    const valuesShown = () => page.evaluate(() => (window as any).mapaMonitoreo.valuesOf('territoriales'));
    const before = await valuesShown();
    let n = await refreshes(page);
    await page.focus('#indicador');
    await page.keyboard.press('ArrowDown');
    await waitForMap(page, n);
    expect(await page.locator('#indicador').inputValue()).toBe('personas-alcanzadas');
    expect(await valuesShown()).not.toEqual(before);

    // Tab reaches the next control; a point layer toggles with the space bar.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('anio');
    await page.focus('#puntos-ecos');
    await page.keyboard.press('Space');
    expect(await page.locator('#puntos-ecos').isChecked()).toBe(true);
    await page.waitForFunction(() => (window as any).mapaMonitoreo.map.getLayer('ecos-puntos'));
    expect(page.url()).toContain('puntos=ecos');

    // Level: the colonias radio by keyboard shows colonias.
    await page.focus('input[name="nivel"][value="territoriales"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="nivel"][value="colonias"]').isChecked()).toBe(true);
    await page.waitForFunction(
      () => (window as any).mapaMonitoreo.map.getLayoutProperty('colonias-relleno', 'visibility') === 'visible',
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
    const { page, watch } = await open('/mapa?indicador=no-existe&anio=1999&desde=13&hasta=2');
    const notice = page.locator('#aviso');
    expect(await notice.isVisible()).toBe(true);
    const text = await notice.textContent();
    expect(text).toContain('«no-existe»');
    expect(text).toContain('«1999»');
    expect(text).toContain('«13»');
    expect(await page.locator('#indicador').inputValue()).toBe('beneficiarios');
    expect(await page.locator('#anio').inputValue()).toBe('2020');
    expect(await renderedFills(page, 'territoriales-relleno')).toHaveLength(13);
    expect(watch.consoleErrors).toEqual([]);
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
