import { get as httpGet } from 'node:http';
import { buildGraphQLSchema } from '../../src/app/schema';
import { availableIndicatorIds } from '../../src/web/indicator-availability';
import { INDICATORS } from '../../src/web/indicators';
import { basemapStyleUrl } from '../../src/web/web.router';
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
      expect(config.indicators).toEqual(expect.arrayContaining(['beneficiarios', 'personas-alcanzadas', 'talleres']));
      expect(config.basemapStyleUrl).toBeNull();
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

  it('offers an indicator only when the schema can answer its queries', async () => {
    const schema = await buildGraphQLSchema();
    const offered = availableIndicatorIds(schema);
    expect(offered).toEqual(expect.arrayContaining(['beneficiarios', 'personas-alcanzadas', 'talleres']));
    const dormant = { ...INDICATORS[0], id: 'dormant', select: 'coverage(from: $from, to: $to) { notAFieldYet }' };
    expect(availableIndicatorIds(schema, [dormant])).toEqual([]);
    // Each entry is one line in the list: its queries validate or the entry sleeps; none is offered twice.
    expect(new Set(offered).size).toBe(offered.length);
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
    expect(feature.text).toContain('<th scope="row">clave</th><td>TER-03</td>');
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
