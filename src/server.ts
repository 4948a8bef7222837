import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { createRequestContext, type RequestContext } from './context';
import { formatGraphQLError } from './common/graphql-errors';
import { logger } from './common/logger';
import { currentRequestScope, runInRequestScope, type RequestScope } from './common/request-context';
import { sendHttpError } from './common/http-errors';
import { buildGraphQLSchema } from './schema';
import { operationsRouter } from './http/operations.router';
import { authenticationMiddleware } from './auth/authenticate';
import { geojsonRouter } from './http/geojson.router';
import { ogcRouter } from './http/ogc.router';
import { tilesRouter } from './http/tiles.router';

export interface AppOptions {
  dataSource: DataSource;
  httpServer: Server;
}

const isProduction = () => process.env.NODE_ENV === 'production';

/**
 * X-SQL-Statements: statements this request sent to the database, for tests and
 * the benchmark (on outside production unless SQL_COUNT_HEADER=on/off says otherwise).
 */
function sqlStatementHeaderPlugin(): ApolloServerPlugin<RequestContext> {
  const enabled = (process.env.SQL_COUNT_HEADER ?? (isProduction() ? 'off' : 'on')) === 'on';
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
export async function createApp({ dataSource, httpServer }: AppOptions) {
  const schema = await buildGraphQLSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: formatGraphQLError,
    includeStacktraceInErrorResponses: false,
    introspection: !isProduction(),
    // index.ts owns SIGTERM/SIGINT: it drains Apollo, then closes the database.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), sqlStatementHeaderPlugin()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  // Request id + per-request SQL statement counting for everything below.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const scope: RequestScope = { requestId, sqlStatements: 0 };
    res.locals.scope = scope;
    runInRequestScope(scope, () => next());
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => (res as Response).locals.scope.requestId,
      customProps: (_req, res) => ({ sqlStatements: (res as Response).locals.scope?.sqlStatements }),
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );

  app.use(operationsRouter(dataSource));
  app.use(authenticationMiddleware(dataSource));
  // REST for GIS clients: GeoJSON files, OGC API – Features, vector tiles.
  app.use(geojsonRouter(dataSource), ogcRouter(dataSource), tilesRouter(dataSource));
  app.use(
    '/graphql',
    express.json({ limit: process.env.GRAPHQL_BODY_LIMIT ?? '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createRequestContext(dataSource, (res as Response).locals.scope.requestId, (res as Response).locals.identity),
    }),
  );

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ code: 'NOT_FOUND', description: 'No such endpoint.' });
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => sendHttpError(res, error));

  return { app, apollo };
}
