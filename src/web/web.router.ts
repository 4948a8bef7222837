import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { introspectionFromSchema, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Identity } from '../auth/identity';
import type { LayerRegistry } from '../geo/layers';
import { choroplethLayerIds, gisOutputsTakePeriod } from './gis-period';
import { ogcHtml } from './ogc-html';
import { mapPage, type MapPageConfig } from './map-page.html';
import { graphiqlPage } from './graphiql-page.html';
import { readmeExamples } from './graphql-examples';
import { isProduction } from '../config/config';
import { pageContentSecurityPolicy } from './html';
import { WEB_ASSETS_PATH, webAssets, type WebAssets } from './web-assets';
import { config } from '../config/config';

/** Seconds the browser may reuse a bundle file before revalidating (URLs carry a content hash). */
const ASSET_MAX_AGE_S = 3600;

/** The origin of BASEMAP_STYLE_URL (allowed by the page's CSP), or none. */
export function basemapStyleUrl(): { url: string; origin: string } | undefined {
  const configured = config().BASEMAP_STYLE_URL;
  if (!configured) return undefined;
  const parsed = new URL(configured);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error('BASEMAP_STYLE_URL must be an http(s) URL');
  return { url: parsed.href, origin: parsed.origin };
}

export function sendPage(res: Response, html: string, extraOrigins: string[] = [], { dataFonts = false } = {}): void {
  res.setHeader('Content-Security-Policy', pageContentSecurityPolicy(extraOrigins, { dataFonts }));
  res.setHeader('Cache-Control', 'no-cache');
  res.status(200).type('text/html; charset=utf-8').send(html);
}

/** The program years with data, ascending (read on each request: a year loaded later shows without a restart). */
function programYears(dataSource: DataSource): () => Promise<number[]> {
  return async () => {
    const rows = (await dataSource.query('SELECT year FROM program_year ORDER BY year')) as { year: number }[];
    return rows.map((r) => Number(r.year));
  };
}

/**
 * The monitoring map: GET / and GET /mapa answer the page (Spanish), its
 * bundle is served from dist/web/ at /mapa/assets/ (built by `npm run build`).
 * Program years come from the database; the indicators from GraphQL's
 * catalogue, which the page asks for. GET /mapa/sesion tells the page who its
 * credential is (role, territorial) for staff sign-in.
 */
export function webRouter(
  dataSource: DataSource,
  schema: GraphQLSchema,
  layers: LayerRegistry,
  assets: WebAssets = webAssets(),
): Router {
  const router = Router();
  const basemap = basemapStyleUrl();
  const gisPeriod = gisOutputsTakePeriod(layers);
  const years = programYears(dataSource);

  // The gzip copy written at build time, to browsers that accept it (ETag and 304 as for the plain file).
  router.get(`${WEB_ASSETS_PATH}/:file`, (req: Request, res: Response, next: NextFunction) => {
    const file = String(req.params.file);
    const type = /\.m?js$/.test(file)
      ? 'text/javascript; charset=utf-8'
      : /\.css$/.test(file)
        ? 'text/css; charset=utf-8'
        : null;
    const gzipped = join(assets.dir, `${file}.gz`);
    if (!type || !/^[\w-]+(\.[\w-]+)*$/.test(file) || !req.acceptsEncodings('gzip') || !existsSync(gzipped))
      return next();
    // The app turns Express's own ETags off (GIS responses carry theirs): this one is the file's size and time.
    const stat = statSync(gzipped);
    const etag = `W/"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}-gz"`;
    res.setHeader('ETag', etag);
    if (req.header('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.sendFile(gzipped, { maxAge: ASSET_MAX_AGE_S * 1000, etag: false }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  });
  router.use(
    WEB_ASSETS_PATH,
    express.static(assets.dir, {
      maxAge: ASSET_MAX_AGE_S * 1000,
      etag: true,
      index: false,
      setHeaders: (res, path) => {
        if (path.endsWith('.mjs')) res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      },
    }),
    (_req: Request, res: Response) => {
      res.status(404).json({ code: 'NOT_FOUND', description: 'No such file in the map page bundle.' });
    },
  );

  router.use(
    ogcHtml(assets, {
      periodLayers: gisPeriod ? choroplethLayerIds(layers) : [],
      choroplethLayers: choroplethLayerIds(layers),
      programYear: async () => (await years()).at(-1) ?? null,
    }),
  );

  const page = async (_req: Request, res: Response) => {
    const config: MapPageConfig = {
      years: await years(),
      gisPeriod,
      basemapStyleUrl: basemap?.url ?? null,
      workerUrl: assets.url('maplibre-gl-worker.mjs'),
    };
    sendPage(res, mapPage(config, assets), basemap ? [basemap.origin] : []);
  };
  router.get('/', page);
  router.get('/mapa', page);

  // Who the caller's credential is (authenticated upstream: a bad one never gets here, it is a 401 naming why).
  // Headers only: the page never puts a credential in a URL, and the access log writes no header.
  router.get('/mapa/sesion', async (_req: Request, res: Response) => {
    const identity = res.locals.identity as Identity;
    let territorial: { id: string; clave: string; nombre: string } | null = null;
    if (identity.territorialId !== undefined) {
      const [row] = (await dataSource.query('SELECT id, clave, nombre FROM territorial WHERE id = $1', [
        identity.territorialId,
      ])) as { id: number; clave: string; nombre: string }[];
      if (row) territorial = { id: String(row.id), clave: row.clave, nombre: row.nombre };
    }
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Authorization, X-API-Key');
    res.status(200).json({ role: identity.role, territorial });
  });

  // GraphiQL for a browser opening /graphql (in place of Apollo's landing page, which loads from a CDN);
  // JSON clients and production (no introspection there) go on to Apollo.
  const examples = readmeExamples();
  let introspection: ReturnType<typeof introspectionFromSchema> | undefined;
  router.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const browser = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!browser || isProduction()) return next();
    introspection ??= introspectionFromSchema(schema);
    sendPage(res, graphiqlPage({ endpoint: '/graphql', examples, introspection }, assets), [], { dataFonts: true });
  });
  return router;
}
