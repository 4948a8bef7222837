import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { introspectionFromSchema, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { availableIndicatorIds } from './indicator-availability';
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

/**
 * The monitoring map: GET / and GET /mapa answer the page (Spanish), its
 * bundle is served from dist/web/ at /mapa/assets/ (built by `npm run build`).
 * Program years come from the database; indicators are offered when their
 * GraphQL selection is valid against the schema.
 */
export function webRouter(dataSource: DataSource, schema: GraphQLSchema, assets: WebAssets = webAssets()): Router {
  const router = Router();
  const indicatorIds = availableIndicatorIds(schema);
  const basemap = basemapStyleUrl();

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

  router.use(ogcHtml(assets));

  const page = async (_req: Request, res: Response) => {
    const years = (await dataSource.query('SELECT year FROM program_year ORDER BY year')) as { year: number }[];
    const config: MapPageConfig = {
      years: years.map((r) => Number(r.year)),
      indicators: indicatorIds,
      basemapStyleUrl: basemap?.url ?? null,
      workerUrl: assets.url('maplibre-gl-worker.mjs'),
    };
    sendPage(res, mapPage(config, assets), basemap ? [basemap.origin] : []);
  };
  router.get('/', page);
  router.get('/mapa', page);

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
