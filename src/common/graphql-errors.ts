import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, ErrorCode } from './errors';
import { logger } from './logger';
import {
  isDatabaseUnavailable,
  isStatementCancelled,
  RETRY_AFTER_SECONDS,
  serviceUnavailable,
  statementCancelled,
} from '../db/unavailable';

/**
 * Codes whose messages come from graphql-js / Apollo, or from the plugins before execution (the cost
 * limit, the work budget: src/common/graphql-limits.ts), and are safe to show as they are.
 */
const CLIENT_CODES = new Set([
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function validationMessage(error: ArgumentValidationError): string {
  const messages = error.extensions.validationErrors?.flatMap((e) => Object.values(e.constraints ?? {})) ?? [];
  return messages.length > 0 ? messages.join('; ') : 'Argument validation failed';
}

/**
 * The one mapping from thrown errors to what a GraphQL client sees: AppErrors
 * keep their message and code, validation errors become BAD_USER_INPUT, and
 * anything unexpected is logged and masked (no stack, no SQL).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { path, locations } = formatted;
  if (original instanceof AppError) {
    return { message: original.message, path, locations, extensions: { ...original.extensions } };
  }
  if (original instanceof ArgumentValidationError) {
    return { message: validationMessage(original), path, locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn({ err: original, path }, 'database unavailable during GraphQL execution');
    const outage = serviceUnavailable(true);
    return { message: outage.message, path, locations, extensions: { ...outage.extensions } };
  }
  if (isStatementCancelled(original)) {
    logger.warn({ err: original, path }, 'statement cancelled during GraphQL execution');
    const cancelled = statementCancelled();
    return { message: cancelled.message, path, locations, extensions: { ...cancelled.extensions } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { message: formatted.message, path, locations, extensions: { code } };
  }
  logger.error({ err: original, path }, 'unexpected error in GraphQL execution');
  return { message: 'Internal server error', path, locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/**
 * HTTP 503 + Retry-After for a GraphQL answer that holds nothing (no data, or only nulls at
 * the top) because the database was unavailable; a partial answer keeps its 200 with the
 * SERVICE_UNAVAILABLE errors on the fields that failed.
 */
export function serviceUnavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          const nothing = data === null || data === undefined || Object.values(data).every((v) => v === null);
          if (!nothing) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
