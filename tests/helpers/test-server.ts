import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { DataSource } from 'typeorm';
import { dataSource } from '../../src/app/ormconfig';
import { MAX_REQUEST_HEADER_BYTES } from '../../src/http/gis-response';
import { createApp } from '../../src/app/server';
import { reloadConfig } from '../../src/config/config';
import { authHeaders } from './auth';
import { MemoryRateLimitStore, type RateLimitOptions } from '../../src/http/rate-limit';

export interface GraphQLResult<T> {
  status: number;
  /**
   * Typed as present: a test reads it after looking at `errors`, and an answer without data fails the test at
   * that read. (A document given as a string answers `any`.)
   */
  data: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
  /** SQL statements the server issued for this request (X-SQL-Statements). */
  sqlStatements: number;
}

export interface TestServer {
  url: string;
  dataSource: DataSource;
  /**
   * One GraphQL request. The document is a typed operation of tests/graphql/*.graphql (generated.ts: typed
   * data and variables, required when the operation has a required variable), or a string for the tests whose
   * subject is the document text itself (malformed, over-deep or generated documents, alias floods).
   */
  gql<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...rest: VariablesAndHeaders<TVariables>
  ): Promise<GraphQLResult<TResult>>;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<any>>;
  close(): Promise<void>;
}

/** Variables may be left out only when the operation has no required one. */
type VariablesAndHeaders<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, headers?: Record<string, string>]
    : [variables: TVariables, headers?: Record<string, string>];

export interface TestServerOptions {
  /** Send every request as this role (a signed bearer token); default: anonymous (PUBLIC). */
  role?: 'ANALYST' | 'OPERATOR' | 'ADMIN';
  territorial?: string;
  /** Rate limiting: off unless a test asks for it. */
  rateLimit?: RateLimitOptions;
}

/** The real app on a loopback port, over the shared test database. */
let openServers = 0;

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  // The settings as the test left the environment (a server process reads them once, at its start).
  reloadConfig();
  const defaultHeaders = options.role ? await authHeaders(options.role, options.territorial) : {};
  if (!dataSource.isInitialized) await dataSource.initialize();
  openServers += 1;
  const httpServer: Server = createServer({ maxHeaderSize: MAX_REQUEST_HEADER_BYTES });
  const {
    app,
    apollo,
    close: closeApp,
  } = await createApp({
    dataSource,
    httpServer,
    rateLimit: options.rateLimit ?? { limit: 0, windowMs: 60_000, store: new MemoryRateLimitStore() },
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    dataSource,
    async gql(
      document: string | TypedDocumentNode<unknown, Record<string, unknown>>,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ): Promise<GraphQLResult<any>> {
      const query = typeof document === 'string' ? document : print(document);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...defaultHeaders, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: any; errors?: any[] };
      return {
        status: response.status,
        ...body,
        sqlStatements: Number(response.headers.get('x-sql-statements') ?? NaN),
      };
    },
    async close() {
      await apollo.stop();
      await closeApp();
      // Servers of one test file share the DataSource: the last one closes it.
      openServers -= 1;
      if (openServers === 0 && dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/**
 * One error with this code whose message names `argument` (when given); nothing
 * of the server in the answer: no stack, frame, SQL or constraint violation.
 */
export function expectError(result: GraphQLResult<unknown>, code: string, argument?: string): void {
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  expect({ code: error.extensions?.code, message: error.message }).toEqual({
    code,
    message: expect.stringContaining(argument ?? ''),
  });
  expect(JSON.stringify(result)).not.toMatch(/stack|SELECT|INSERT |UPDATE |violates|\bat [\w.<>]+ \(/);
}
