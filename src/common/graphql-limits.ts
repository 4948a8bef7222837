import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from './errors';

/** Limits on the shape of a GraphQL operation, checked before execution. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3_000,
  /** Estimated field resolutions (lists multiply their selections, see listAwareEstimator). */
  maxCost: 1_000_000,
};

/** What an unpaginated list (e.g. Territorial.colonias) is assumed to hold. */
export const UNPAGINATED_LIST_ESTIMATE = 25;
const DEFAULT_PAGE_ESTIMATE = 50;

/**
 * Cost = fields resolved, with lists multiplying what they select: a
 * connection by its `first`/`last` (its `edges` then count once), any other
 * list by its `limit`/`first` argument or UNPAGINATED_LIST_ESTIMATE. Unlike a
 * depth-weighted cost, this grows with what the server must actually do.
 */
export const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  const named = getNamedType(field.type);
  if (named.name.endsWith('Connection'))
    return 1 + childComplexity * Number(args.first ?? args.last ?? DEFAULT_PAGE_ESTIMATE);
  if (isListType(type) && field.name !== 'edges' && childComplexity > 0) {
    return 1 + childComplexity * Number(args.limit ?? args.first ?? UNPAGINATED_LIST_ESTIMATE);
  }
  return undefined;
};

/** Refuses, before execution, an operation whose estimated cost is over GRAPHQL_LIMITS.maxCost. */
export function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables,
              operationName: request.operationName,
              estimators: [listAwareEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit their types: execution reports them as BAD_USER_INPUT.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > GRAPHQL_LIMITS.maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} is over the limit of ${GRAPHQL_LIMITS.maxCost}: ask for fewer fields, smaller pages or fewer nested lists`,
              { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

function reportWithoutSyntaxPrefix(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

/**
 * graphql-armor: depth, aliases and directives, plus no field suggestions in
 * production (they leak the schema when introspection is off).
 */
export function graphqlArmor() {
  const production = process.env.NODE_ENV === 'production';
  // armor words its refusals "Syntax Error: …" although the query parsed: report them as validation errors.
  const refusal = { propagateOnRejection: false, onReject: [reportWithoutSyntaxPrefix] };
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...refusal },
    // Cost: queryCostPlugin, which weighs lists by their size.
    costLimit: { enabled: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...refusal },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...refusal },
    // graphql-js enforces the token limit while parsing (parseOptions.maxTokens in server.ts):
    // armor's own parser plugin turns every syntax error into a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
