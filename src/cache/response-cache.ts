import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { Role } from '../auth/role';
import { logger } from '../common/logger';
import { currentRequestScope } from '../common/request-context';
import { RawJson, stringifyWithRawJson } from '../common/raw-json';
import { startDataChangeFeed, type DataChangeFeed } from './data-change-feed';
import { MemoryResponseCacheStore, RedisResponseCacheStore, type ResponseCacheStore } from './response-cache.store';
import { config } from '../config/config';

/**
 * Optional response cache for PUBLIC aggregate queries (RESPONSE_CACHE=on;
 * off by default). A query is cached when the caller is anonymous and every
 * root field is a public aggregate (ROOT_FIELDS), keyed by the data
 * generation (src/cache/data-change-feed.ts), the query text, the operation
 * name and the variables: a committed write moves the generation on, so
 * nothing computed before it is served after it. Answers with errors are not
 * stored. Entries also expire after RESPONSE_CACHE_TTL_SECONDS (default 300),
 * With a read replica, misses are computed on the primary (so a lagging
 * replica's answer is never cached as current) and requests carrying a
 * read-your-writes LSN bypass the cache. Memory by
 * default (RESPONSE_CACHE_MAX_MB, default 64); with REDIS_URL, one Redis
 * shared by every replica of the API.
 *
 * Responses say X-Response-Cache: hit or miss (and X-SQL-Statements: 0 on a hit).
 */

export const CACHEABLE_ROOT_FIELDS = new Set([
  'coverage',
  'programSummary',
  'featureCollection',
  'territoriales',
  'territorial',
  'colonias',
  'colonia',
  '__typename',
]);

export interface ResponseCache {
  plugin: ApolloServerPlugin<RequestContext>;
  feed: DataChangeFeed;
  close(): Promise<void>;
}

export interface ResponseCacheOptions {
  ttlSeconds: number;
  store: ResponseCacheStore;
}

function isCacheable(operation: OperationDefinitionNode | undefined, context: RequestContext): boolean {
  if (!operation || operation.operation !== 'query' || context.identity.role !== Role.PUBLIC) return false;
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value),
  );
}

function cacheKey(
  generation: string,
  query: string,
  operationName: string | null | undefined,
  variables: unknown,
): string {
  return createHash('sha256')
    .update(generation)
    .update('\u0000')
    .update(query)
    .update('\u0000')
    .update(operationName ?? '')
    .update('\u0000')
    .update(JSON.stringify(variables ?? {}))
    .digest('base64url');
}

export function responseCachePlugin(
  feed: DataChangeFeed,
  options: ResponseCacheOptions,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let pendingKey: string | undefined;
      return {
        async responseForOperation({ operation, request, contextValue }) {
          const generation = feed.generation();
          if (generation === null || request.query === undefined || !isCacheable(operation, contextValue)) return null;
          const scope = currentRequestScope();
          // A client that sends the LSN of its last write must see it: the notification of that write may not
          // have reached this process yet, so an answer cached under the previous generation could lack it.
          if (scope?.minLsn) return null;
          const key = cacheKey(generation, request.query, request.operationName, request.variables);
          const data = await options.store.get(key);
          if (data === undefined) {
            pendingKey = key;
            // A miss is computed on the primary, never on a read replica: a lagging replica's answer
            // stored under the new generation would be served as current until the next write.
            if (scope) scope.readOnly = false;
            return null;
          }
          return {
            http: { status: undefined, headers: new HeaderMap([['x-response-cache', 'hit']]) },
            // The stored data is JSON text: it goes into the body as it is (src/geo/raw-json.ts).
            body: { kind: 'single', singleResult: { data: new RawJson(data) } },
          };
        },
        async willSendResponse({ response }) {
          if (pendingKey === undefined || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors && errors.length > 0) return;
          if (data === undefined || data === null) return;
          response.http.headers.set('x-response-cache', 'miss');
          await options.store.set(pendingKey, stringifyWithRawJson(data), options.ttlSeconds);
        },
      };
    },
  };
}

/** The cache RESPONSE_CACHE=on asks for (null when off); fails fast on bad settings. */
export async function responseCacheFromEnv(dataSource: DataSource): Promise<ResponseCache | null> {
  const settings = config();
  if (settings.RESPONSE_CACHE === 'off') return null;
  const ttlSeconds = settings.RESPONSE_CACHE_TTL_SECONDS;
  const store: ResponseCacheStore = settings.REDIS_URL
    ? new RedisResponseCacheStore(settings.REDIS_URL)
    : new MemoryResponseCacheStore(settings.RESPONSE_CACHE_MAX_MB * 2 ** 20);
  // Without a working change feed the cache would serve stale answers: refuse to start.
  const feed = await startDataChangeFeed(dataSource);
  logger.info({ store: settings.REDIS_URL ? 'redis' : 'memory', ttlSeconds }, 'response cache on');
  return {
    plugin: responseCachePlugin(feed, { ttlSeconds, store }),
    feed,
    async close() {
      await feed.close();
      await store.close();
    },
  };
}
