import { escapeHtml, jsonForScript, pageContentSecurityPolicy } from './html';
function wantsHtml(req, f) {
    if (f !== null)
        return f === 'html';
    return req.accepts(['application/json', 'application/geo+json', 'text/html']) === 'text/html';
}
/** Only http(s) and relative links become hrefs. */
function safeHref(href) {
    const text = String(href ?? '');
    return /^(https?:\/\/|\/)/i.test(text) ? text : '#';
}
/** The HTML view of an /ogc URL (absolute or relative): the same URL with f=html. */
function htmlHref(href) {
    try {
        const url = new URL(href, 'http://relative.invalid');
        if (!url.pathname.startsWith('/ogc'))
            return safeHref(href);
        url.searchParams.set('f', 'html');
        return url.origin === 'http://relative.invalid' ? `${url.pathname}${url.search}` : url.href;
    }
    catch {
        return '#';
    }
}
function jsonHref(href) {
    try {
        const url = new URL(href, 'http://relative.invalid');
        url.searchParams.set('f', 'json');
        return url.origin === 'http://relative.invalid' ? `${url.pathname}${url.search}` : url.href;
    }
    catch {
        return '#';
    }
}
function a(href, text, attributes = '') {
    return `<a href="${escapeHtml(safeHref(href))}"${attributes}>${escapeHtml(text)}</a>`;
}
function cell(value) {
    if (value === null || value === undefined)
        return '<td class="nulo">—</td>';
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    return `<td>${escapeHtml(text)}</td>`;
}
function linksList(links) {
    if (!links?.length)
        return '';
    const items = links.map((l) => {
        const isOgc = /\/ogc(\/|$|\?)/.test(l.href);
        const html = isOgc && l.rel !== 'service-desc' ? ` · ${a(htmlHref(l.href), 'HTML')}` : '';
        return `<li>${escapeHtml(l.title ?? l.rel ?? l.href)} (${escapeHtml(l.rel ?? '')}): ${a(l.href, l.type ?? 'enlace')}${html}</li>`;
    });
    return `<h2>Enlaces</h2><ul class="enlaces">${items.join('')}</ul>`;
}
function page(title, body, assets, selfJson, withMap = false) {
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
function mapBlock(features, assets) {
    const data = { workerUrl: assets.url('maplibre-gl-worker.mjs'), features };
    return `<div id="ogc-mapa" role="region" aria-label="Mapa de los elementos"></div>
<script type="application/json" id="ogc-datos">${jsonForScript(data)}</script>`;
}
function itemsPage(doc, assets, selfJson, collection) {
    const features = Array.isArray(doc.features) ? doc.features : [];
    const keys = [];
    for (const f of features)
        for (const k of Object.keys(f.properties ?? {}))
            if (!keys.includes(k))
                keys.push(k);
    const head = `<tr><th scope="col">id</th>${keys.map((k) => `<th scope="col">${escapeHtml(k)}</th>`).join('')}</tr>`;
    const rows = features
        .map((f) => {
        const id = f.id === undefined ? '' : String(f.id);
        const idCell = id
            ? `<th scope="row">${a(`/ogc/collections/${encodeURIComponent(collection)}/items/${encodeURIComponent(id)}?f=html`, id)}</th>`
            : '<th scope="row">—</th>';
        return `<tr>${idCell}${keys.map((k) => cell(f.properties?.[k])).join('')}</tr>`;
    })
        .join('\n');
    const links = Array.isArray(doc.links) ? doc.links : [];
    const nav = ['prev', 'next']
        .map((rel) => {
        const link = links.find((l) => l.rel === rel);
        const label = rel === 'prev' ? '← Anterior' : 'Siguiente →';
        return link ? a(htmlHref(link.href), label, ` rel="${rel}"`) : `<span aria-disabled="true">${label}</span>`;
    })
        .join('');
    const counts = `<p>${escapeHtml(doc.numberReturned ?? features.length)} elementos en esta página de ${escapeHtml(doc.numberMatched ?? '?')}.</p>`;
    const body = `${counts}${mapBlock({ type: 'FeatureCollection', features }, assets)}
<nav class="paginas" aria-label="Páginas">${nav}</nav>
<div class="tabla"><table class="propiedades"><caption class="oculto">Propiedades</caption><thead>${head}</thead><tbody>
${rows}
</tbody></table></div>
<nav class="paginas" aria-label="Páginas (abajo)">${nav}</nav>`;
    return page(`${collection}: elementos`, body, assets, selfJson, true);
}
function featurePage(doc, assets, selfJson, collection) {
    const rows = Object.entries(doc.properties ?? {})
        .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th>${cell(v)}</tr>`)
        .join('\n');
    const title = doc.properties?.nombre ?? doc.properties?.clave ?? doc.id;
    const body = `${mapBlock({ type: 'FeatureCollection', features: [doc] }, assets)}
<table class="propiedades"><caption>Propiedades del elemento ${escapeHtml(doc.id)} de ${escapeHtml(collection)}</caption>
<tbody><tr><th scope="row">id</th>${cell(doc.id)}</tr>
${rows}
</tbody></table>
<p>${a(`/ogc/collections/${encodeURIComponent(collection)}/items?f=html`, 'Todos los elementos de la colección')}</p>`;
    return page(String(title), body, assets, selfJson, true);
}
function collectionsPage(doc, assets, selfJson) {
    const rows = doc.collections
        .map((c) => `<tr><th scope="row">${a(`/ogc/collections/${encodeURIComponent(c.id)}?f=html`, c.title ?? c.id)}</th>${cell(c.id)}${cell(c.description)}<td>${a(`/ogc/collections/${encodeURIComponent(c.id)}/items?f=html`, 'elementos')}</td></tr>`)
        .join('\n');
    const body = `<table class="propiedades"><thead><tr><th scope="col">Colección</th><th scope="col">id</th><th scope="col">Descripción</th><th scope="col">Ver</th></tr></thead><tbody>
${rows}
</tbody></table>`;
    return page('Colecciones', body, assets, selfJson);
}
function collectionPage(doc, assets, selfJson) {
    const bbox = doc.extent?.spatial?.bbox?.[0];
    const interval = doc.extent?.temporal?.interval?.[0];
    const body = `<p>${escapeHtml(doc.description)}</p>
<table class="propiedades"><tbody>
<tr><th scope="row">id</th>${cell(doc.id)}</tr>
<tr><th scope="row">Extensión (lon/lat)</th>${cell(bbox ? bbox.join(', ') : null)}</tr>
${interval ? `<tr><th scope="row">Periodo</th>${cell(interval.join(' / '))}</tr>` : ''}
<tr><th scope="row">SRC</th>${cell((doc.crs ?? []).join(' '))}</tr>
</tbody></table>
<p>${a(`/ogc/collections/${encodeURIComponent(doc.id)}/items?f=html`, 'Ver los elementos (mapa y tabla)')}</p>
${linksList(doc.links)}`;
    return page(doc.title ?? doc.id, body, assets, selfJson);
}
function errorPage(status, doc, assets, selfJson) {
    const body = `<p role="alert"><strong>${escapeHtml(status)} ${escapeHtml(doc.code)}</strong>: ${escapeHtml(doc.description)}</p>`;
    return page('Error', body, assets, selfJson);
}
function genericPage(doc, assets, selfJson, path) {
    if (Array.isArray(doc.conformsTo)) {
        const items = doc.conformsTo.map((c) => `<li>${escapeHtml(c)}</li>`).join('');
        return page('Clases de conformidad', `<ul>${items}</ul>`, assets, selfJson);
    }
    if (doc.openapi) {
        const body = `<p>Definición OpenAPI ${escapeHtml(doc.openapi)} de esta API. ${a(selfJson, 'Descargar en JSON')}.</p>
<pre>${escapeHtml(JSON.stringify(doc, null, 2))}</pre>`;
        return page(doc.info?.title ?? 'OpenAPI', body, assets, selfJson);
    }
    const body = `${doc.description ? `<p>${escapeHtml(doc.description)}</p>` : ''}${linksList(doc.links)}${doc.links ? '' : `<pre>${escapeHtml(JSON.stringify(doc, null, 2))}</pre>`}`;
    return page(doc.title ?? path, body, assets, selfJson);
}
export function renderOgcHtml(path, status, doc, assets, selfJson) {
    const match = /^\/ogc\/collections\/([^/]+)(\/items(?:\/([^/]+))?)?\/?$/.exec(path);
    const collection = match ? decodeURIComponent(match[1]) : '';
    if (status >= 400)
        return errorPage(status, doc, assets, selfJson);
    if (doc?.type === 'FeatureCollection')
        return itemsPage(doc, assets, selfJson, collection);
    if (doc?.type === 'Feature')
        return featurePage(doc, assets, selfJson, collection);
    if (Array.isArray(doc?.collections))
        return collectionsPage(doc, assets, selfJson);
    if (match && !match[2] && doc?.id)
        return collectionPage(doc, assets, selfJson);
    return genericPage(doc ?? {}, assets, selfJson, path);
}
/** The middleware in front of the OGC router (see the top of this file). */
export function ogcHtml(assets) {
    return (req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !/^\/ogc(\/|$)/.test(req.path))
            return next();
        const url = new URL(req.url, 'http://relative.invalid');
        if (!wantsHtml(req, url.searchParams.get('f')))
            return next();
        url.searchParams.delete('f');
        req.url = `${url.pathname}${url.search}`;
        // The router's ETag is the JSON's: the HTML is answered in full.
        delete req.headers['if-none-match'];
        const selfJson = jsonHref(req.url);
        const send = res.send.bind(res);
        res.send = (body) => {
            res.send = send;
            const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : undefined;
            let doc;
            try {
                doc = text === undefined ? undefined : JSON.parse(text);
            }
            catch {
                doc = undefined;
            }
            if (doc === undefined || doc === null || typeof doc !== 'object')
                return send(body);
            res.removeHeader('ETag');
            res.removeHeader('Content-Disposition');
            res.setHeader('Content-Security-Policy', pageContentSecurityPolicy());
            res.setHeader('Vary', 'Accept');
            res.type('text/html; charset=utf-8');
            return send(renderOgcHtml(url.pathname, res.statusCode, doc, assets, selfJson));
        };
        next();
    };
}
