import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled, } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { createRequestContext } from './context';
import { formatGraphQLError } from './common/graphql-errors';
import { currentRequestScope } from './common/request-context';
import { sendHttpError } from './common/http-errors';
import { buildGraphQLSchema } from './schema';
import { layers } from './registry';
import { operationsRouter } from './http/operations.router';
import { authenticationMiddleware } from './auth/authenticate';
import { GRAPHQL_LIMITS, graphqlArmor, queryCostPlugin } from './common/graphql-limits';
import { rateLimitMiddleware, rateLimitOptionsFromEnv } from './http/rate-limit';
import { apiSecurityHeaders, corsMiddleware, requestTimeout } from './http/security';
import { requestScopeAndLog } from './http/access-log';
import { geojsonRouter } from './http/geojson.router';
import { ogcRouter } from './http/ogc.router';
import { tilesRouter } from './http/tiles.router';
import { importRouter } from './import/import.router';
import { stringifyWithRawJson } from './common/raw-json';
import { responseCacheFromEnv } from './cache/response-cache';
import { readRoutingPlugin } from './db/read-routing';
import { webRouter } from './web/web.router';
const isProduction = () => process.env.NODE_ENV === 'production';
/**
 * X-SQL-Statements: statements this request sent to the database, for tests and
 * the benchmark (on outside production unless SQL_COUNT_HEADER=on/off says otherwise).
 */
function sqlStatementHeaderPlugin() {
    const enabled = (process.env.SQL_COUNT_HEADER ?? (isProduction() ? 'off' : 'on')) === 'on';
    return {
        async requestDidStart() {
            return {
                async willSendResponse({ response }) {
                    const scope = currentRequestScope();
                    if (enabled && scope)
                        response.http.headers.set('x-sql-statements', String(scope.sqlStatements));
                },
            };
        },
    };
}
/** Express app with GraphQL at /graphql and the operational endpoints. */
export async function createApp({ dataSource, httpServer, rateLimit = rateLimitOptionsFromEnv() }) {
    const schema = await buildGraphQLSchema();
    const armor = graphqlArmor();
    // RESPONSE_CACHE=on: cached answers for public aggregate queries (src/cache/).
    const responseCache = await responseCacheFromEnv(dataSource);
    const apollo = new ApolloServer({
        schema,
        formatError: formatGraphQLError,
        includeStacktraceInErrorResponses: false,
        introspection: !isProduction(),
        allowBatchedHttpRequests: false,
        // GeoJSON built by PostGIS is spliced into the body as text, never parsed and re-serialized.
        stringifyResult: stringifyWithRawJson,
        parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
        validationRules: armor.validationRules,
        // index.ts owns SIGTERM/SIGINT: it drains Apollo, then closes the database.
        stopOnTerminationSignals: false,
        plugins: [
            ApolloServerPluginDrainHttpServer({ httpServer }),
            sqlStatementHeaderPlugin(),
            // No @cacheControl hints are used: the default cache-control plugin would only add a hook to every field resolved.
            ApolloServerPluginCacheControlDisabled(),
            readRoutingPlugin(),
            readYourWritesPlugin(dataSource),
            ...(responseCache ? [responseCache.plugin] : []),
            ...armor.plugins,
            queryCostPlugin(schema),
            ...(isProduction() ? [ApolloServerPluginLandingPageDisabled()] : []),
        ],
    });
    await apollo.start();
    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback');
    // GIS responses carry their own strong ETags (gis-response.ts); a weak ETag hashed from every
    // GraphQL POST answer would cost a hash per request and serve no cache.
    app.set('etag', false);
    // Request id, per-request SQL statement counting and the access log for everything below.
    app.use(requestScopeAndLog());
    app.use(apiSecurityHeaders(), corsMiddleware(), requestTimeout());
    app.use(operationsRouter(dataSource));
    app.use(authenticationMiddleware(dataSource));
    app.use(rateLimitMiddleware(rateLimit));
    app.use(webRouter(dataSource, schema));
    app.use(geojsonRouter(dataSource, layers), ogcRouter(dataSource, layers), tilesRouter(dataSource, layers));
    app.use(importRouter(dataSource)); // POST /import/{layer}: streams its own body (before express.json)
    app.use('/graphql', express.json({ limit: process.env.GRAPHQL_BODY_LIMIT ?? '256kb' }), expressMiddleware(apollo, {
        context: ({ res }) => Promise.resolve(createRequestContext(dataSource, res.locals.scope.requestId, res.locals.identity)),
    }));
    app.use((_req, res) => {
        res.status(404).json({ code: 'NOT_FOUND', description: 'No such endpoint.' });
    });
    app.use((error, _req, res, _next) => sendHttpError(res, error));
    return {
        app,
        apollo,
        /** Releases what the app holds besides the HTTP server (the rate-limit store's and the response cache's connections). */
        async close() {
            await rateLimit.store.close?.();
            await responseCache?.close();
        },
    };
}
