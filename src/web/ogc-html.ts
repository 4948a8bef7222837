import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { escapeHtml, jsonForScript, pageContentSecurityPolicy } from './html';
import { COLLECTION_LABELS, formatPropertyNumber, linkLabel, PROPERTY_LABELS } from './ogc-labels';
import type { WebAssets } from './web-assets';

/**
 * OGC API – Features as HTML, as pg_featureserv and GeoServer offer it: asked
 * with `?f=html`, or by a browser (Accept prefers text/html), every /ogc
 * resource answers a small Spanish HTML page — a map and a table of the
 * properties for items, next/prev links — rendered from the JSON document the
 * OGC router itself produces. JSON stays the default for clients (no Accept,
 * `*\/*`, application/json or `f=json`).
 *
 * The hook is one middleware in front of the OGC router: it drops `f=html`
 * from the URL, lets the router answer, and turns its JSON body (documents and
 * errors alike) into HTML. Every value is escaped.
 *
 * Labels are Spanish (ogc-labels.ts), numbers rounded, the items table scrolls
 * in its own box, and the map of every collection but the territoriales has
 * their outline as context. The choropleth collections' items (coverage and
 * crime figures) are those of the map's year unless a `datetime` is given,
 * once the OGC router takes a period for them (`periodLayers`).
 */

/** What the middleware needs from the server. */
export interface OgcHtmlOptions {
  /** Collections whose items take `datetime` for their figures: without one, the HTML asks for the program year. */
  periodLayers: string[];
  /** Collections whose features carry coverage and crime figures (the choropleths). */
  choroplethLayers: string[];
  /** The map's default year (the latest program year), or null without one. */
  programYear(): Promise<number | null>;
}

type Json = any;
interface Link {
  href: string;
  rel?: string;
  type?: string;
  title?: string;
}

function wantsHtml(req: Request, f: string | null): boolean {
  if (f !== null) return f === 'html';
  return req.accepts(['application/json', 'application/geo+json', 'text/html']) === 'text/html';
}

/** Only http(s) and relative links become hrefs. */
function safeHref(href: unknown): string {
  const text = String(href ?? '');
  return /^(https?:\/\/|\/)/i.test(text) ? text : '#';
}

/** The HTML view of an /ogc URL (absolute or relative): the same URL with f=html. */
function htmlHref(href: string): string {
  try {
    const url = new URL(href, 'http://relative.invalid');
    if (!url.pathname.startsWith('/ogc')) return safeHref(href);
    url.searchParams.set('f', 'html');
    return url.origin === 'http://relative.invalid' ? `${url.pathname}${url.search}` : url.href;
  } catch {
    return '#';
  }
}

function jsonHref(href: string): string {
  try {
    const url = new URL(href, 'http://relative.invalid');
    url.searchParams.set('f', 'json');
    return url.origin === 'http://relative.invalid' ? `${url.pathname}${url.search}` : url.href;
  } catch {
    return '#';
  }
}

function a(href: string, text: unknown, attributes = ''): string {
  return `<a href="${escapeHtml(safeHref(href))}"${attributes}>${escapeHtml(text)}</a>`;
}

/** A property's value: numbers rounded (the exact value in the title), objects as JSON, nothing as a dash. */
function cell(value: unknown, name = ''): string {
  if (value === null || value === undefined) return '<td class="nulo">—</td>';
  const shown = formatPropertyNumber(name, value);
  if (shown !== undefined && typeof value === 'number')
    return `<td class="numero" title="${escapeHtml(String(value))}">${escapeHtml(shown)}</td>`;
  if (shown !== undefined) return `<td>${escapeHtml(shown)}</td>`;
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return `<td>${escapeHtml(text)}</td>`;
}

/** A property's Spanish label with its API name under it (the name filters and GIS clients use). */
function propertyHeading(name: string): string {
  const label = PROPERTY_LABELS[name]?.label;
  return label && label !== name
    ? `${escapeHtml(label)}<span class="campo">${escapeHtml(name)}</span>`
    : escapeHtml(name);
}

const collectionTitle = (id: string, fallback: unknown) => COLLECTION_LABELS[id]?.title ?? String(fallback ?? id);
const collectionDescription = (id: string, fallback: unknown) =>
  COLLECTION_LABELS[id]?.description ?? String(fallback ?? '');

function linksList(links: Link[] | undefined): string {
  if (!links?.length) return '';
  const items = links.map((l) => {
    const isOgc = /\/ogc(\/|$|\?)/.test(l.href);
    const html = isOgc && l.rel !== 'service-desc' ? ` · ${a(htmlHref(l.href), 'HTML')}` : '';
    return `<li>${a(l.href, linkLabel(l))}${html}</li>`;
  });
  return `<h2>Enlaces</h2><ul class="enlaces">${items.join('')}</ul>`;
}

function page(title: string, body: string, assets: WebAssets, selfJson: string, withMap = false): string {
  const script = withMap ? `<script type="module" src="${escapeHtml(assets.url('ogc.js'))}"></script>` : '';
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · OGC API – Features · territorio</title>
<link rel="stylesheet" href="${escapeHtml(assets.url('ogc.css'))}">
<link rel="icon" href="data:,">
<link rel="alternate" type="application/json" href="${escapeHtml(safeHref(selfJson))}">
${script}
</head>
<body class="ogc">
<header class="cabecera"><div class="titulos"><h1>${escapeHtml(title)}</h1>
<p>OGC API – Features de territorio · Alcaldía Iztapalapa</p></div></header>
<main>
<nav class="migas" aria-label="Ruta">${a('/mapa', 'Mapa de monitoreo')} · ${a('/ogc?f=html', 'Inicio OGC API')} · ${a('/ogc/collections?f=html', 'Colecciones')} · ${a(selfJson, 'Esta página en JSON')}</nav>
${body}
</main>
</body>
</html>
`;
}

/** The map of a page's features; every collection but the territoriales gets their outline as context. */
function mapBlock(features: Json, assets: WebAssets, collection: string): string {
  const context = collection === 'territoriales' ? null : '/tiles/territoriales.json';
  const data = { workerUrl: assets.url('maplibre-gl-worker.mjs'), features, context };
  return `<div id="ogc-mapa" role="region" aria-label="Mapa de los elementos"></div>
<script type="application/json" id="ogc-datos">${jsonForScript(data)}</script>`;
}

function itemsPage(doc: Json, assets: WebAssets, selfJson: string, collection: string, note: string): string {
  const features: Json[] = Array.isArray(doc.features) ? doc.features : [];
  const keys: string[] = [];
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) if (!keys.includes(k)) keys.push(k);
  const head = `<tr><th scope="col">${propertyHeading('id')}</th>${keys.map((k) => `<th scope="col">${propertyHeading(k)}</th>`).join('')}</tr>`;
  const rows = features
    .map((f) => {
      const id = f.id === undefined ? '' : String(f.id);
      const idCell = id
        ? `<th scope="row">${a(`/ogc/collections/${encodeURIComponent(collection)}/items/${encodeURIComponent(id)}?f=html`, id)}</th>`
        : '<th scope="row">—</th>';
      return `<tr>${idCell}${keys.map((k) => cell(f.properties?.[k], k)).join('')}</tr>`;
    })
    .join('\n');
  const links: Link[] = Array.isArray(doc.links) ? doc.links : [];
  const nav = ['prev', 'next']
    .map((rel) => {
      const link = links.find((l) => l.rel === rel);
      const label = rel === 'prev' ? '← Anterior' : 'Siguiente →';
      return link ? a(htmlHref(link.href), label, ` rel="${rel}"`) : `<span aria-disabled="true">${label}</span>`;
    })
    .join('');
  const counts = `<p>${escapeHtml(doc.numberReturned ?? features.length)} elementos en esta página de ${escapeHtml(doc.numberMatched ?? '?')}.</p>`;
  const body = `${counts}${note}${mapBlock({ type: 'FeatureCollection', features }, assets, collection)}
<nav class="paginas" aria-label="Páginas">${nav}</nav>
<div class="tabla"><table class="propiedades"><caption class="oculto">Propiedades</caption><thead>${head}</thead><tbody>
${rows}
</tbody></table></div>
<nav class="paginas" aria-label="Páginas (abajo)">${nav}</nav>`;
  return page(`${collectionTitle(collection, collection)}: elementos`, body, assets, selfJson, true);
}

function featurePage(doc: Json, assets: WebAssets, selfJson: string, collection: string): string {
  const rows = Object.entries(doc.properties ?? {})
    .map(([k, v]) => `<tr><th scope="row">${propertyHeading(k)}</th>${cell(v, k)}</tr>`)
    .join('\n');
  const title = doc.properties?.nombre ?? doc.properties?.clave ?? doc.id;
  const body = `${mapBlock({ type: 'FeatureCollection', features: [doc] }, assets, collection)}
<table class="propiedades"><caption>Propiedades del elemento ${escapeHtml(doc.id)} de ${escapeHtml(collectionTitle(collection, collection))}</caption>
<tbody><tr><th scope="row">${propertyHeading('id')}</th>${cell(doc.id, 'id')}</tr>
${rows}
</tbody></table>
<p>${a(`/ogc/collections/${encodeURIComponent(collection)}/items?f=html`, 'Todos los elementos de la colección')}</p>`;
  return page(String(title), body, assets, selfJson, true);
}

function collectionsPage(doc: Json, assets: WebAssets, selfJson: string): string {
  const rows = (doc.collections as Json[])
    .map(
      (c) =>
        `<tr><th scope="row">${a(`/ogc/collections/${encodeURIComponent(c.id)}?f=html`, collectionTitle(c.id, c.title))}</th>${cell(c.id)}${cell(collectionDescription(c.id, c.description))}<td>${a(`/ogc/collections/${encodeURIComponent(c.id)}/items?f=html`, 'elementos')}</td></tr>`,
    )
    .join('\n');
  const body = `<table class="propiedades"><thead><tr><th scope="col">Colección</th><th scope="col">Identificador</th><th scope="col">Descripción</th><th scope="col">Ver</th></tr></thead><tbody>
${rows}
</tbody></table>`;
  return page('Colecciones', body, assets, selfJson);
}

function collectionPage(doc: Json, assets: WebAssets, selfJson: string): string {
  const bbox = doc.extent?.spatial?.bbox?.[0];
  const interval = doc.extent?.temporal?.interval?.[0];
  const body = `<p>${escapeHtml(collectionDescription(doc.id, doc.description))}</p>
<table class="propiedades"><tbody>
<tr><th scope="row">Identificador</th>${cell(doc.id)}</tr>
<tr><th scope="row">Extensión (lon/lat)</th>${cell(bbox ? bbox.join(', ') : null)}</tr>
${interval ? `<tr><th scope="row">Periodo</th>${cell(interval.join(' / '))}</tr>` : ''}
<tr><th scope="row">SRC</th>${cell((doc.crs ?? []).join(' '))}</tr>
</tbody></table>
<p>${a(`/ogc/collections/${encodeURIComponent(doc.id)}/items?f=html`, 'Ver los elementos (mapa y tabla)')}</p>
${linksList(doc.links)}`;
  return page(collectionTitle(doc.id, doc.title), body, assets, selfJson);
}

function errorPage(status: number, doc: Json, assets: WebAssets, selfJson: string): string {
  const body = `<p role="alert"><strong>Error ${escapeHtml(status)} (${escapeHtml(doc.code)})</strong>. Mensaje de la API: ${escapeHtml(doc.description)}</p>`;
  return page('Error', body, assets, selfJson);
}

function genericPage(doc: Json, assets: WebAssets, selfJson: string, path: string): string {
  if (Array.isArray(doc.conformsTo)) {
    const items = doc.conformsTo.map((c: string) => `<li>${escapeHtml(c)}</li>`).join('');
    return page('Clases de conformidad', `<ul>${items}</ul>`, assets, selfJson);
  }
  if (doc.openapi) {
    const body = `<p>Definición OpenAPI ${escapeHtml(doc.openapi)} de esta API. ${a(selfJson, 'Descargar en JSON')}.</p>
<pre>${escapeHtml(JSON.stringify(doc, null, 2))}</pre>`;
    return page('Definición de la API (OpenAPI)', body, assets, selfJson);
  }
  if (path.replace(/\/$/, '') === '/ogc') {
    const body = `<p>Las direcciones territoriales, las colonias y los lugares del programa «Fortalecimiento de la Democracia Participativa para el Bienestar y la Paz» (Alcaldía Iztapalapa) como OGC API – Features.</p>${linksList(doc.links)}`;
    return page('territorio: datos territoriales de Iztapalapa', body, assets, selfJson);
  }
  const body = `${doc.description ? `<p>${escapeHtml(doc.description)}</p>` : ''}${linksList(doc.links)}${
    doc.links ? '' : `<pre>${escapeHtml(JSON.stringify(doc, null, 2))}</pre>`
  }`;
  return page(doc.title ?? path, body, assets, selfJson);
}

const COLLECTION_PATH = /^\/ogc\/collections\/([^/]+)(\/items(?:\/([^/]+))?)?\/?$/;

export function renderOgcHtml(
  path: string,
  status: number,
  doc: Json,
  assets: WebAssets,
  selfJson: string,
  note = '',
): string {
  const match = COLLECTION_PATH.exec(path);
  const collection = match ? decodeURIComponent(match[1]) : '';
  if (status >= 400) return errorPage(status, doc, assets, selfJson);
  if (doc?.type === 'FeatureCollection') return itemsPage(doc, assets, selfJson, collection, note);
  if (doc?.type === 'Feature') return featurePage(doc, assets, selfJson, collection);
  if (Array.isArray(doc?.collections)) return collectionsPage(doc, assets, selfJson);
  if (match && !match[2] && doc?.id) return collectionPage(doc, assets, selfJson);
  return genericPage(doc ?? {}, assets, selfJson, path);
}

/**
 * The figures' period of a choropleth collection's items, said in words above the table: the `datetime` given
 * (or the program year asked for by default), else what the router gives without a period.
 */
function periodNote(datetime: string | null, defaulted: boolean, takesPeriod: boolean): string {
  if (takesPeriod && datetime)
    return `<p class="nota" data-periodo="${escapeHtml(datetime)}">Cifras de cobertura y delitos del periodo ${escapeHtml(datetime)}${
      defaulted ? ' (el año del mapa; otro periodo: <code>datetime=AAAA-MM-DD/AAAA-MM-DD</code>)' : ''
    }.</p>`;
  return '<p class="nota" data-periodo="">Cobertura: todo el programa; delitos: el último año completo de datos (columna «Año de los delitos»).</p>';
}

/** The middleware in front of the OGC router (see the top of this file). */
export function ogcHtml(assets: WebAssets, options: OgcHtmlOptions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !/^\/ogc(\/|$)/.test(req.path)) return next();
    const url = new URL(req.url, 'http://relative.invalid');
    if (!wantsHtml(req, url.searchParams.get('f'))) return next();
    url.searchParams.delete('f');
    const match = COLLECTION_PATH.exec(url.pathname);
    const collection = match ? decodeURIComponent(match[1]) : '';
    const items = !!match?.[2] && !match[3];
    const takesPeriod = options.periodLayers.includes(collection);
    let defaulted = false;
    if (items && takesPeriod && !url.searchParams.has('datetime')) {
      // As the map: the figures of the program year, unless the link names a period.
      const year = await options.programYear().catch(() => null);
      if (year !== null) {
        url.searchParams.set('datetime', `${year}-01-01/${year}-12-31`);
        defaulted = true;
      }
    }
    const note =
      items && options.choroplethLayers.includes(collection)
        ? periodNote(url.searchParams.get('datetime'), defaulted, takesPeriod)
        : '';
    req.url = `${url.pathname}${url.search}`;
    // The router's ETag is the JSON's: the HTML is answered in full.
    delete req.headers['if-none-match'];
    const selfJson = jsonHref(req.url);
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : undefined;
      let doc: Json;
      try {
        doc = text === undefined ? undefined : JSON.parse(text);
      } catch {
        doc = undefined;
      }
      if (doc === undefined || doc === null || typeof doc !== 'object') return send(body);
      res.removeHeader('ETag');
      res.removeHeader('Content-Disposition');
      res.setHeader('Content-Security-Policy', pageContentSecurityPolicy());
      res.setHeader('Vary', 'Accept');
      res.type('text/html; charset=utf-8');
      return send(renderOgcHtml(url.pathname, res.statusCode, doc, assets, selfJson, note));
    };
    next();
  };
}
