import { get as httpGet } from 'node:http';
import { layers } from '../../src/app/registry';
import { createApiKey } from '../../src/auth/api-keys';
import { Role } from '../../src/auth/role';
import { LayerRegistry, type LayerDefinition } from '../../src/geo/layers';
import { gisOutputsTakePeriod } from '../../src/web/gis-period';
import { COLLECTION_LABELS, formatPropertyNumber, PROPERTY_LABELS } from '../../src/web/ogc-labels';
import { basemapStyleUrl } from '../../src/web/web.router';
import { authHeaders } from '../helpers/auth';
import { ensureWebBundle } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { reloadConfig } from '../../src/config/config';

/** The map page and the OGC API HTML views over HTTP (the browser tests drive them in Chromium). */

let server: TestServer;
beforeAll(async () => {
  await ensureWebBundle();
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('GET / and /mapa', () => {
  it('serve the Spanish page with its local bundle, a strict CSP and the configuration', async () => {
    for (const path of ['/', '/mapa']) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.text).toContain('<html lang="es">');
      const csp = page.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(page.text).not.toMatch(/https?:\/\//);
      const config = JSON.parse(/<script type="application\/json" id="config">(.*?)<\/script>/.exec(page.text)![1]);
      expect(config.years).toEqual([2020]);
      expect(config.gisPeriod).toBe(gisOutputsTakePeriod(layers));
      expect(config.basemapStyleUrl).toBeNull();
      // The data links: OGC, GraphiQL and the printable report (whose latest year /reporte redirects to).
      for (const href of ['/ogc?f=html', '/graphql', '/reporte']) expect(page.text).toContain(`href="${href}"`);
      const assets = [...page.text.matchAll(/(?:href|src)="(\/mapa\/assets\/[^"]+)"/g)].map((m) => m[1]);
      expect(assets).toHaveLength(2);
      for (const asset of [...assets, config.workerUrl]) {
        const response = await get(asset.replace(/&amp;/g, '&'));
        expect(response.status).toBe(200);
        expect(response.text).not.toMatch(/@import\s+url\(\s*["']?https?:|fonts\.googleapis|unpkg\.com|cdn\./);
      }
    }
  });

  it('bundle files are cacheable (ETag, 304) and unknown ones are 404', async () => {
    const first = await fetch(`${server.url}/mapa/assets/mapa.js`);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect(first.headers.get('content-type')).toMatch(/javascript/);
    // Sent pre-compressed to a client that accepts gzip (fetch does, and decompresses).
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(first.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(await first.text()).toContain('mapaMonitoreo');
    // node:http, not fetch: fetch adds `cache-control: no-cache` to a conditional request, as the Fetch standard says.
    const again = await new Promise<number>((resolve, reject) =>
      httpGet(
        `${server.url}/mapa/assets/mapa.js`,
        { headers: { 'if-none-match': etag, 'accept-encoding': 'gzip' } },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      ).on('error', reject),
    );
    expect(again).toBe(304);
    const worker = await fetch(`${server.url}/mapa/assets/maplibre-gl-worker.mjs`);
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/mapa/assets/nope.js')).status).toBe(404);
    expect((await get('/mapa/assets/../../package.json')).status).toBe(404);
  });

  it('sends the period to the GIS outputs only when the OGC definition says the choropleths take one', async () => {
    // What the served OpenAPI says of the choropleth collections' items (territoriales, colonias).
    const api = JSON.parse((await get('/ogc/api')).text);
    const choropleths = layers.all().filter((l) => (l.figures?.length ?? 0) > 0);
    expect(choropleths.map((l) => l.id)).toEqual(['territoriales', 'colonias']);
    const listed = choropleths.every((l) =>
      api.paths[`/collections/${l.id}/items`].get.parameters.some(
        (p: { $ref?: string; name?: string }) => p.$ref?.endsWith('/datetime') || p.name === 'datetime',
      ),
    );
    expect(gisOutputsTakePeriod(layers)).toBe(listed);
    // A registry whose choropleths are dated: their items take datetime, so the page sends the period.
    const dated: LayerDefinition[] = layers
      .all()
      .map((l) => ((l.figures?.length ?? 0) > 0 ? { ...l, dateSql: 'NULL::date' } : l));
    expect(gisOutputsTakePeriod(new LayerRegistry(dated))).toBe(true);
    expect(gisOutputsTakePeriod(new LayerRegistry(layers.all().filter((l) => !l.figures?.length)))).toBe(false);
  });

  it('BASEMAP_STYLE_URL: optional, http(s) only', () => {
    const saved = process.env.BASEMAP_STYLE_URL;
    try {
      // Each value as a process starting with it would read it (reloadConfig).
      delete process.env.BASEMAP_STYLE_URL;
      reloadConfig();
      expect(basemapStyleUrl()).toBeUndefined();
      process.env.BASEMAP_STYLE_URL = 'https://tiles.example.org/style.json';
      reloadConfig();
      expect(basemapStyleUrl()).toEqual({
        url: 'https://tiles.example.org/style.json',
        origin: 'https://tiles.example.org',
      });
      process.env.BASEMAP_STYLE_URL = 'javascript:alert(1)';
      expect(() => reloadConfig()).toThrow('BASEMAP_STYLE_URL must be an http(s) URL');
      process.env.BASEMAP_STYLE_URL = 'not a url';
      expect(() => reloadConfig()).toThrow('BASEMAP_STYLE_URL must be an http(s) URL');
    } finally {
      if (saved === undefined) delete process.env.BASEMAP_STYLE_URL;
      else process.env.BASEMAP_STYLE_URL = saved;
      reloadConfig();
    }
  });
});

describe('GET /mapa/sesion: who the map page’s credential is', () => {
  const keyName = `web-pages-test-${process.pid}`;
  afterAll(async () => {
    await server.dataSource.query('DELETE FROM api_key WHERE name = $1', [keyName]);
  });

  it('answers the role and territorial of a token or API key, never cached; anonymous is PUBLIC', async () => {
    const anonymous = await get('/mapa/sesion');
    expect(anonymous.status).toBe(200);
    expect(JSON.parse(anonymous.text)).toEqual({ role: 'PUBLIC', territorial: null });
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse((await get('/mapa/sesion', await authHeaders('ANALYST'))).text)).toEqual({
      role: 'ANALYST',
      territorial: null,
    });
    const [t] = await server.dataSource.query("SELECT id, nombre FROM territorial WHERE clave = 'TER-03'");
    expect(JSON.parse((await get('/mapa/sesion', await authHeaders('OPERATOR', 'TER-03'))).text)).toEqual({
      role: 'OPERATOR',
      territorial: { id: String(t.id), clave: 'TER-03', nombre: t.nombre },
    });
    const key = await createApiKey(server.dataSource, keyName, Role.OPERATOR, t.id);
    const byKey = await get('/mapa/sesion', { 'x-api-key': key });
    expect(JSON.parse(byKey.text)).toMatchObject({ role: 'OPERATOR', territorial: { clave: 'TER-03' } });
    expect(byKey.headers.get('vary')).toMatch(/Authorization/);
  });

  it('bad credentials: 401 naming why, never a PUBLIC answer', async () => {
    const bad: Record<string, string>[] = [
      { authorization: 'Bearer abc.def.ghi' },
      { authorization: 'Basic dXNlcjpwYXNz' },
      { 'x-api-key': 'tk_' + 'x'.repeat(43) },
      { ...(await authHeaders('ANALYST')), 'x-api-key': 'tk_' + 'x'.repeat(43) },
    ];
    for (const headers of bad) {
      const answer = await get('/mapa/sesion', headers);
      expect(answer.status).toBe(401);
      const body = JSON.parse(answer.text);
      expect(body.code).toBe('UNAUTHENTICATED');
      expect(body.description).toMatch(/token|API key|Authorization|either/);
      expect(answer.text).not.toContain('PUBLIC');
    }
  });
});

describe('OGC API – Features in HTML', () => {
  it('JSON stays the default; a browser or f=html gets HTML; f=json wins over Accept', async () => {
    const accepts: Record<string, string>[] = [
      {},
      { accept: '*/*' },
      { accept: 'application/json' },
      { accept: 'application/geo+json' },
    ];
    for (const headers of accepts) {
      const response = await get('/ogc/collections/colonias/items?limit=2', headers);
      expect(response.headers.get('content-type')).toBe('application/geo+json');
      expect(JSON.parse(response.text).features).toHaveLength(2);
    }
    const browser = await get('/ogc/collections/colonias/items?limit=2', { accept: BROWSER_ACCEPT });
    expect(browser.status).toBe(200);
    expect(browser.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(browser.headers.get('vary')).toMatch(/Accept/);
    expect(browser.headers.get('content-security-policy')).toContain("script-src 'self'");
    const explicit = await get('/ogc/collections/colonias/items?limit=2&f=html');
    expect(explicit.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const json = await get('/ogc/collections/colonias/items?limit=2&f=json', { accept: BROWSER_ACCEPT });
    expect(json.headers.get('content-type')).toBe('application/geo+json');
    // An HTML answer is never a 304 of the JSON's ETag.
    const etag = (await fetch(`${server.url}/ogc/collections/colonias/items?limit=2`)).headers.get('etag')!;
    const html = await get('/ogc/collections/colonias/items?limit=2&f=html', { 'if-none-match': etag });
    expect(html.status).toBe(200);
    expect(html.text).toContain('<table');
  });

  it('items: a map, a table of properties and next/prev links that stay in HTML', async () => {
    const page = await get('/ogc/collections/colonias/items?limit=5&offset=5&territorial=TER-03&f=html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('id="ogc-mapa"');
    expect(page.text).toMatch(/<script type="module" src="\/mapa\/assets\/ogc\.js\?v=[0-9a-f]+"><\/script>/);
    const rows = page.text.match(/<tr><th scope="row">/g) ?? [];
    expect(rows).toHaveLength(5);
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE t.clave = 'TER-03'",
    );
    expect(page.text).toContain(`5 elementos en esta página de ${n}.`);
    const next = /<a href="([^"]+)" rel="next">/.exec(page.text)![1].replace(/&amp;/g, '&');
    const prev = /<a href="([^"]+)" rel="prev">/.exec(page.text)![1].replace(/&amp;/g, '&');
    expect(new URL(next).searchParams.get('offset')).toBe('10');
    expect(new URL(next).searchParams.get('f')).toBe('html');
    expect(new URL(next).searchParams.get('territorial')).toBe('TER-03');
    expect(new URL(prev).searchParams.get('offset')).toBe('0');
    const nextPage = await fetch(next);
    expect(nextPage.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // The features the table lists are the JSON page's.
    const json = JSON.parse((await get('/ogc/collections/colonias/items?limit=5&offset=5&territorial=TER-03')).text);
    for (const f of json.features) expect(page.text).toContain(`items/${f.id}?f=html">${f.id}</a>`);
  });

  it('landing page, conformance, collections, a collection and a feature', async () => {
    const landing = await get('/ogc', { accept: BROWSER_ACCEPT });
    expect(landing.text).toContain('/ogc/collections?f=html');
    const conformance = await get('/ogc/conformance?f=html');
    expect(conformance.text).toContain('ogcapi-features-1/1.0/conf/core');
    const collections = await get('/ogc/collections?f=html');
    for (const id of ['territoriales', 'colonias', 'ecos', 'improvements', 'workshops', 'mercomuna'])
      expect(collections.text).toContain(`/ogc/collections/${id}/items?f=html`);
    const collection = await get('/ogc/collections/ecos?f=html');
    expect(collection.text).toContain('Ver los elementos');
    const [{ id }] = await server.dataSource.query("SELECT id FROM territorial WHERE clave = 'TER-03'");
    const feature = await get(`/ogc/collections/territoriales/items/${id}?f=html`);
    expect(feature.status).toBe(200);
    expect(feature.text).toContain('<th scope="row">Clave<span class="campo">clave</span></th><td>TER-03</td>');
    expect(feature.text).toContain('id="ogc-datos"');
    const api = await get('/ogc/api?f=html');
    expect(api.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('errors keep their status and are escaped; an unknown format is still a JSON 400', async () => {
    const missing = await get('/ogc/collections/%3Cb%3Enope/items?f=html');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(missing.text).toContain('&lt;b&gt;nope');
    expect(missing.text).not.toContain('<b>nope');
    const bad = await get('/ogc/collections/colonias/items?limit=abc&f=html');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('limit must be an integer');
    const xml = await get('/ogc?f=xml');
    expect(xml.status).toBe(400);
    expect(JSON.parse(xml.text).code).toBe('BAD_USER_INPUT');
  });
});

describe('OGC API HTML views read well (issue #28, item 6)', () => {
  /** The text a person reads: no scripts, no API property names (shown small under their labels), no tags. */
  const visibleText = (html: string) =>
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<span class="campo">[^<]*<\/span>/g, ' ')
      .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&');

  it('labels are Spanish: no English title, description or link text of the JSON reaches the page', async () => {
    const collections = JSON.parse((await get('/ogc/collections')).text).collections as {
      id: string;
      title: string;
      description: string;
    }[];
    const english: string[] = [];
    const paths = ['/ogc', '/ogc/collections', '/ogc/conformance'];
    for (const c of collections) {
      paths.push(`/ogc/collections/${c.id}`, `/ogc/collections/${c.id}/items?limit=2`);
      if (/ (of|and|with|the) /.test(c.description)) english.push(c.description);
      if (/\b(incidents|improvements|workshops|index)\b/i.test(c.title)) english.push(c.title);
    }
    expect(english.length).toBeGreaterThan(4);
    for (const path of paths) {
      const json = JSON.parse((await get(path)).text);
      // (A link titled with a collection's name is the same in both languages: "Colonias", "ECOS".)
      const spanish = Object.values(COLLECTION_LABELS).map((c) => c.title);
      for (const link of json.links ?? []) if (link.title && !spanish.includes(link.title)) english.push(link.title);
      const page = await get(`${path}${path.includes('?') ? '&' : '?'}f=html`);
      expect(page.status).toBe(200);
      const text = visibleText(page.text);
      for (const phrase of new Set(english))
        expect({ path, found: text.includes(phrase) ? phrase : null }).toEqual({ path, found: null });
      expect(text).not.toMatch(/\b(This|The|Vector tiles|Queryables|Collections|Conformance classes)\b/);
    }
  });

  it('every property of every collection has a Spanish label, with its API name under it', async () => {
    const missing = layers
      .all()
      .flatMap((l) =>
        [...l.properties, ...(l.figures ?? []).flatMap((f) => f.properties)].map((p) => `${l.id}.${p.name}`),
      )
      .filter((name) => !PROPERTY_LABELS[name.split('.')[1]]);
    expect(missing).toEqual([]);
    const page = await get('/ogc/collections/colonias/items?limit=2&f=html');
    expect(page.text).toContain('<th scope="col">Área (km²)<span class="campo">areaKm2</span></th>');
    expect(page.text).toContain(
      '<th scope="col">Delitos por 100 mil habitantes<span class="campo">crimeRatePer100k</span></th>',
    );
  });

  it('numbers are rounded: areaKm2 to 2 decimals, rates to 1, the exact value in the cell’s title', async () => {
    expect(formatPropertyNumber('areaKm2', 0.16488256613818278)).toBe('0.16');
    expect(formatPropertyNumber('areaKm2', 12)).toBe('12.00');
    expect(formatPropertyNumber('crimeRatePer100k', 215.18)).toBe('215.2');
    expect(formatPropertyNumber('peopleReachedPer1000', 68.8566920097547)).toBe('68.9');
    expect(formatPropertyNumber('coverageRatio', 0.5)).toBe('50.0 %');
    expect(formatPropertyNumber('ids', 0.925522691244804)).toBe('0.926');
    expect(formatPropertyNumber('crimeYear', 2020)).toBe('2020');
    expect(formatPropertyNumber('poblacion', 1844597)).toBe('1844597');
    expect(formatPropertyNumber('unknownFraction', 1.23456)).toBe('1.23');
    expect(formatPropertyNumber('attended', true)).toBe('sí');
    expect(formatPropertyNumber('nombre', 'ACULCO')).toBeUndefined();
    for (const collection of ['territoriales', 'colonias']) {
      const page = await get(`/ogc/collections/${collection}/items?limit=20&f=html`);
      const cells = [...page.text.matchAll(/<td class="numero" title="([^"]*)">([^<]*)<\/td>/g)];
      expect(cells.length).toBeGreaterThan(20);
      for (const [, exact, shown] of cells) {
        expect(shown).not.toMatch(/\.\d{4,}/);
        expect(
          Math.abs(Number(shown.replace(' %', '')) - Number(exact) * (shown.endsWith('%') ? 100 : 1)),
        ).toBeLessThan(0.06);
      }
      const json = JSON.parse((await get(`/ogc/collections/${collection}/items?limit=20`)).text);
      const area = json.features[0].properties.areaKm2 as number;
      expect(page.text).toContain(`<td class="numero" title="${area}">${area.toFixed(2)}</td>`);
    }
  });

  it('the items table scrolls inside its box (its stylesheet), instead of running off the page', async () => {
    const page = await get('/ogc/collections/colonias/items?limit=2&f=html');
    expect(page.text).toMatch(/<div class="tabla"><table class="propiedades">/);
    const css = /<link rel="stylesheet" href="([^"]+)">/.exec(page.text)![1].replace(/&amp;/g, '&');
    const sheet = (await get(css)).text;
    expect(sheet).toMatch(/\.ogc \.tabla\{[^}]*overflow-x:auto/);
    expect(sheet).toMatch(/\.ogc \.tabla\{[^}]*max-width:100%/);
  });

  it('maps of every collection but the territoriales carry the territoriales’ outline as context', async () => {
    const contextOf = (html: string) =>
      JSON.parse(/<script type="application\/json" id="ogc-datos">(.*?)<\/script>/.exec(html)![1]).context;
    for (const collection of ['ecos', 'improvements', 'workshops', 'mercomuna', 'colonias'])
      expect(contextOf((await get(`/ogc/collections/${collection}/items?limit=2&f=html`)).text)).toBe(
        '/tiles/territoriales.json',
      );
    const [{ id }] = await server.dataSource.query('SELECT id FROM ecos_school ORDER BY id LIMIT 1');
    expect(contextOf((await get(`/ogc/collections/ecos/items/${id}?f=html`)).text)).toBe('/tiles/territoriales.json');
    expect(contextOf((await get('/ogc/collections/territoriales/items?f=html')).text)).toBeNull();
    // The outline it names is served.
    expect((await get('/tiles/territoriales.json')).status).toBe(200);
  });

  it('colonia and territorial features: the figures of the map’s year unless a datetime is given, said above the table', async () => {
    const takes = gisOutputsTakePeriod(layers);
    for (const collection of ['colonias', 'territoriales']) {
      const page = await get(`/ogc/collections/${collection}/items?limit=5&f=html`);
      expect(page.status).toBe(200);
      // The JSON this page shows, by its own link: asked for 2020 when the router takes a period, else without one.
      const self = /<link rel="alternate" type="application\/json" href="([^"]+)">/
        .exec(page.text)![1]
        .replace(/&amp;/g, '&');
      expect(new URL(self, server.url).searchParams.get('datetime')).toBe(takes ? '2020-01-01/2020-12-31' : null);
      const json = JSON.parse((await get(self)).text);
      for (const f of json.features.slice(0, 5)) {
        const crime = f.properties.crimeHighImpact;
        expect(page.text).toContain(`<td class="numero" title="${crime}">${crime}</td>`);
      }
      if (takes) expect(page.text).toContain('data-periodo="2020-01-01/2020-12-31"');
      else {
        expect(page.text).toContain('data-periodo=""');
        expect(visibleText(page.text)).toContain('delitos: el último año completo de datos');
        // The demo's crime data ends with 2020: its last complete year is the map's.
        expect(
          new Set(json.features.map((f: any) => f.properties.crimeYear).filter((y: unknown) => y !== null)),
        ).toEqual(new Set([2020]));
      }
      // A period given is the reader's, not replaced.
      if (takes) {
        const june = await get(`/ogc/collections/${collection}/items?limit=5&datetime=2020-06-01/2020-06-30&f=html`);
        expect(june.text).toContain('data-periodo="2020-06-01/2020-06-30"');
      }
    }
    // Point collections get no period note or default.
    const ecos = await get('/ogc/collections/ecos/items?limit=2&f=html');
    expect(ecos.text).not.toContain('data-periodo');
  });
});
