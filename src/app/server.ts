import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { DataSource } from 'typeorm';
import { createRequestContext } from './context';
import type { RequestContext } from '../common/request-context';
import { formatGraphQLError, serviceUnavailableStatusPlugin } from '../common/graphql-errors';
import { currentRequestScope } from '../common/request-context';
import { sendHttpError } from '../common/http-errors';
import { buildGraphQLSchema } from './schema';
import { importer, intakeLayers, layers, moduleRouters } from './registry';
import { intakeRouter } from '../import/tabular-import.router';
import { operationsRouter } from '../http/operations.router';
import { authenticationMiddleware } from '../auth/authenticate';
import { GRAPHQL_LIMITS, graphqlArmor, queryCostPlugin } from '../common/graphql-limits';
import { rateLimitMiddleware, rateLimitOptionsFromEnv, type RateLimitOptions } from '../http/rate-limit';
import { apiSecurityHeaders, corsMiddleware, requestTimeout } from '../http/security';
import { requestScopeAndLog } from '../http/access-log';
import { refuseControlCharacters } from '../http/text-params';
import { controlCharacterPlugin } from '../common/graphql-text';
import { geojsonRouter } from '../http/geojson.router';
import { ogcRouter } from '../http/ogc.router';
import { tilesRouter } from '../http/tiles.router';
import { importRouter } from '../import/import.router';
import { stringifyWithRawJsonInSlices } from '../common/raw-json';
import { GeometryCost } from '../geo/geometry-cost';
import { stoppedResponsePlugin } from '../common/request-stop';
import { watchEventLoop } from '../common/event-loop';
import { responseCacheFromEnv } from '../cache/response-cache';
import { readRoutingPlugin } from '../db/read-routing';
import { webRouter } from '../web/web.router';
import { readYourWritesMiddleware, readYourWritesPlugin } from '../db/read-your-writes';
import { config, isProduction, sqlStatementHeaderEnabled } from '../config/config';

export interface AppOptions {
  dataSource: DataSource;
  httpServer: Server;
  /** Defaults to RATE_LIMIT_PER_MINUTE / REDIS_URL from the environment. */
  rateLimit?: RateLimitOptions;
}

/**
 * X-SQL-Statements: statements this request sent to the database, for tests and
 * the benchmark (on outside production unless SQL_COUNT_HEADER=on/off says otherwise).
 */
function sqlStatementHeaderPlugin(): ApolloServerPlugin<RequestContext> {
  const enabled = sqlStatementHeaderEnabled();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const scope = currentRequestScope();
          if (enabled && scope) response.http.headers.set('x-sql-statements', String(scope.sqlStatements));
        },
      };
    },
  };
}

/** Express app with GraphQL at /graphql and the operational endpoints. */
export async function createApp({ dataSource, httpServer, rateLimit = rateLimitOptionsFromEnv() }: AppOptions) {
  const schema = await buildGraphQLSchema();
  const armor = graphqlArmor();
  // Vertex counts per layer for the cost model, measured in PostGIS (refreshed in the background).
  const geometryCost = new GeometryCost(
    dataSource,
    undefined,
    layers.all().flatMap((layer) => (layer.table ? [layer.table] : [])),
  );
  await geometryCost.load();
  // RESPONSE_CACHE=on: cached answers for public aggregate queries (src/cache/).
  const responseCache = await responseCacheFromEnv(dataSource);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: formatGraphQLError,
    includeStacktraceInErrorResponses: false,
    introspection: !isProduction(),
    allowBatchedHttpRequests: false,
    // GeoJSON built by PostGIS is spliced into the body as text, never parsed and re-serialized.
    stringifyResult: stringifyWithRawJsonInSlices,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    // index.ts owns SIGTERM/SIGINT: it drains Apollo, then closes the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      sqlStatementHeaderPlugin(),
      serviceUnavailableStatusPlugin(),
      // No @cacheControl hints are used: the default cache-control plugin would only add a hook to every field resolved.
      ApolloServerPluginCacheControlDisabled(),
      readRoutingPlugin(),
      readYourWritesPlugin(dataSource),
      ...(responseCache ? [responseCache.plugin] : []),
      ...armor.plugins,
      controlCharacterPlugin(),
      queryCostPlugin(schema, () => geometryCost.current()),
      stoppedResponsePlugin(),
      ...(isProduction() ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  // Logs each second in which one piece of work held the event loop past EVENT_LOOP_WARN_MS.
  const stopWatchingEventLoop = watchEventLoop();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  // GIS responses carry their own strong ETags (gis-response.ts); a weak ETag hashed from every
  // GraphQL POST answer would cost a hash per request and serve no cache.
  app.set('etag', false);

  // Request id, per-request SQL statement counting and the access log for everything below.
  app.use(requestScopeAndLog());
  app.use(apiSecurityHeaders(), corsMiddleware(), requestTimeout(), refuseControlCharacters());
  app.use(operationsRouter(dataSource));
  app.use(authenticationMiddleware(dataSource, rateLimit));
  app.use(rateLimitMiddleware(rateLimit));
  // The monitoring map (GET /, /mapa) and the HTML views of /ogc, in front of the OGC router.
  app.use(webRouter(dataSource, schema, layers));
  // Territorio-LSN / territorio_lsn: reads wait for the replica to replay the client's last write, else use the primary.
  app.use(readYourWritesMiddleware(dataSource));
  // GraphQL before the REST routers: the most frequent request does not walk their routes.
  app.use(
    '/graphql',
    express.json({ limit: config().GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: ({ res }) =>
        Promise.resolve(
          createRequestContext(dataSource, (res as Response).locals.scope.requestId, (res as Response).locals.identity),
        ),
    }),
  );

  // REST for GIS clients: GeoJSON files, OGC API – Features, vector tiles.
  app.use(
    geojsonRouter(dataSource, layers, createRequestContext),
    ogcRouter(dataSource, layers, createRequestContext, geometryCost),
    tilesRouter(dataSource, layers, createRequestContext),
  );
  // The modules' routers (e.g. POST /import/crime, /import/territorial-assignment), before POST /import/{layer}.
  for (const router of moduleRouters({ dataSource, importer, createRequestContext })) app.use(router);
  app.use(intakeRouter(dataSource, intakeLayers)); // POST /import/{record layer}: CSV or XLSX, streamed
  app.use(importRouter(dataSource, importer)); // POST /import/{layer}: streams its own body (before express.json)
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ code: 'NOT_FOUND', description: 'No such endpoint.' });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => sendHttpError(res, error));

  return {
    app,
    apollo,
    /** Releases what the app holds besides the HTTP server (the rate-limit store's and the response cache's connections). */
    async close() {
      stopWatchingEventLoop();
      await rateLimit.store.close?.();
      await responseCache?.close();
    },
  };
}
