import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from './errors';
import { currentRequestScope } from './request-context';
import type { Identity } from '../auth/identity';
import { config, isProduction } from '../config/config';

/** Limits on the shape of a GraphQL operation, checked before execution. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3_000,
  /** Work units for an authenticated caller (GRAPHQL_MAX_COST): fields resolved, plus geometry vertices. */
  get maxCost(): number {
    return config().GRAPHQL_MAX_COST;
  },
  /** Work units for an anonymous caller (GRAPHQL_MAX_COST_ANONYMOUS). */
  get maxCostAnonymous(): number {
    return config().GRAPHQL_MAX_COST_ANONYMOUS;
  },
};

/** What an unpaginated list (e.g. Territorial.colonias) is assumed to hold when its module says nothing. */
export const UNPAGINATED_LIST_ESTIMATE = 25;

/**
 * The most entries an unpaginated list field (`Type.field`) can return, declared by the module that
 * resolves it (e.g. CrimeStats.monthly: one per month of a window of at most 10 years), so its cost follows
 * the rows it will produce instead of UNPAGINATED_LIST_ESTIMATE.
 */
const LIST_SIZES = new Map<string, number>();

export function declareListSize(typeName: string, fieldName: string, entries: number): void {
  LIST_SIZES.set(`${typeName}.${fieldName}`, entries);
}
const DEFAULT_PAGE_ESTIMATE = 50;
/** Resolving a relation (a DataLoader batch, a row to build) costs more than reading a scalar of the parent. */
const RELATION_COST = 2;
/** The default `precision` of geometry fields. */
const DEFAULT_PRECISION = 6;

/**
 * Vertices per geometry, per GraphQL type that has a `geometry` field (average over the
 * layer's rows), and per Layer enum value the whole layer's total: measured in PostGIS
 * (src/geo/geometry-cost.ts), so the cost follows the data (the real catalogue's colonias
 * have more vertices than the demo's).
 */
export interface VertexEstimates {
  perFeature: Record<string, number>;
  perLayer: Record<string, number>;
}

/**
 * Bytes of text per vertex grow with `precision` (two coordinates of `precision` decimals):
 * the factor is 1 at the default 6 and 2 at 15.
 */
function precisionFactor(precision: unknown): number {
  const p = typeof precision === 'number' && Number.isFinite(precision) ? precision : DEFAULT_PRECISION;
  return Math.max(1, (2 * (Math.min(15, Math.max(0, p)) + 5)) / (2 * (DEFAULT_PRECISION + 5)));
}

/**
 * Cost = work units before execution:
 * - a scalar field: 1;
 * - a geometry (`geometry`, `centroid`, `location`): its vertices (the layer's average;
 *   points 1) times the precision factor; `featureCollection`: the whole layer's vertices
 *   (filters are not assumed to shrink it) times the precision factor;
 * - a relation (an object field): RELATION_COST plus what it selects;
 * - a list: what it selects times its size: a connection its `first`/`last` (its `edges`
 *   then count once), a list answering a list argument (`locateMany(points:)`: one item per
 *   point) that argument's length, any other list its `limit`/`first`, else its declared size
 *   (declareListSize), else UNPAGINATED_LIST_ESTIMATE —
 *   so a relation repeated inside lists (colonias → territorial → colonias) multiplies.
 */
export function costEstimator(vertices: VertexEstimates): ComplexityEstimator {
  return ({ type: parent, field, args, childComplexity }) => {
    const type = getNullableType(field.type);
    const named = getNamedType(field.type);
    if (named.name === 'GeoJSON') {
      if (field.name === 'featureCollection') {
        const layer = String(args.layer ?? '').toUpperCase();
        return (
          1 + Math.ceil((vertices.perLayer[layer] ?? vertices.perLayer['*'] ?? 1) * precisionFactor(args.precision))
        );
      }
      if (field.name === 'geometry')
        return 1 + Math.ceil((vertices.perFeature[parent.name] ?? 1) * precisionFactor(args.precision));
      return 1 + Math.ceil(precisionFactor(args.precision));
    }
    if (named.name.endsWith('Connection'))
      return RELATION_COST + childComplexity * Number(args.first ?? args.last ?? DEFAULT_PAGE_ESTIMATE);
    if (isListType(type) && field.name !== 'edges' && childComplexity > 0) {
      return RELATION_COST + childComplexity * listSize(args, LIST_SIZES.get(`${parent.name}.${field.name}`));
    }
    if (isObjectType(named) && childComplexity > 0 && field.name !== 'node') return RELATION_COST + childComplexity;
    return undefined;
  };
}

/** Arguments whose list answers one item per element: the cost reads their length only. */
export const PER_ITEM_LIST_ARGUMENTS: ReadonlySet<string> = new Set(['points']);

/** Items a list field is expected to return, from its arguments. */
function listSize(args: Record<string, unknown>, declared?: number): number {
  for (const name of PER_ITEM_LIST_ARGUMENTS) {
    const list = args[name];
    if (Array.isArray(list)) return list.length;
  }
  return Number(args.limit ?? args.first ?? declared ?? UNPAGINATED_LIST_ESTIMATE);
}

/** Cost of an operation for the given estimates (variables applied). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  vertices: VertexEstimates,
  variables?: Record<string, unknown>,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName: operationName ?? undefined,
    estimators: [costEstimator(vertices), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * The arguments costEstimator reads. An operation's cost depends only on the document, the
 * vertex estimates, the operation name and the values of the variables bound to these
 * arguments or to a directive (@skip/@include): the key a computed cost is reused under.
 * An estimator that reads another argument must add it here (tests/http/work-bounds.test.ts
 * checks the cached cost against a fresh one for every argument the estimator reads).
 */
export const COST_ARGUMENTS: ReadonlySet<string> = new Set([
  'first',
  'last',
  'limit',
  'layer',
  'precision',
  ...PER_ITEM_LIST_ARGUMENTS,
]);

/** Variables a document's cost can depend on: bound to COST_ARGUMENTS, or anywhere in a directive. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inDirective = 0;
  visit(document, {
    Directive: { enter: () => void inDirective++, leave: () => void inDirective-- },
    Argument(node) {
      if (inDirective === 0 && !COST_ARGUMENTS.has(node.name.value)) return;
      visit(node.value, {
        [Kind.VARIABLE](variable) {
          names.add(variable.name.value);
        },
      });
    },
  });
  return [...names].sort();
}

/** Costs already computed for one parsed document (Apollo's document store hands back the same DocumentNode). */
interface DocumentCosts {
  variables: string[];
  costs: Map<string, number>;
}

/** Distinct cost-variable values kept per document (a client paging with many `first` values stays bounded). */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * operationCost, remembered per (vertex estimates, document, operation name, cost-relevant
 * variables): graphql-query-complexity walks the whole document with the schema's type info,
 * which a repeated query (the same `locate` with new coordinates) need not pay again.
 * A cost whose computation threw is not kept: it is computed again next time.
 */
export function cachedOperationCost(): typeof operationCost {
  const byEstimates = new WeakMap<VertexEstimates, WeakMap<DocumentNode, DocumentCosts>>();
  return (schema, document, vertices, variables, operationName) => {
    let byDocument = byEstimates.get(vertices);
    if (!byDocument) byEstimates.set(vertices, (byDocument = new WeakMap()));
    let entry = byDocument.get(document);
    if (!entry) byDocument.set(document, (entry = { variables: costVariables(document), costs: new Map() }));
    // A list variable (10,000 points) weighs by its length: keyed by the length, not the values.
    const value = (name: string) => {
      const v = variables?.[name] ?? null;
      return Array.isArray(v) ? { length: v.length } : v;
    };
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map(value)]);
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, vertices, variables, operationName);
      if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
      entry.costs.set(key, cost);
    }
    return cost;
  };
}

/**
 * Refuses, before execution, an operation whose estimated cost is over the caller's budget:
 * GRAPHQL_LIMITS.maxCost authenticated, maxCostAnonymous anonymous.
 */
export function queryCostPlugin(
  schema: GraphQLSchema,
  vertices: () => VertexEstimates,
): ApolloServerPlugin<{ identity: Identity }> {
  const costOf = cachedOperationCost();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const anonymous = contextValue.identity.via === 'anonymous';
          const budget = anonymous ? GRAPHQL_LIMITS.maxCostAnonymous : GRAPHQL_LIMITS.maxCost;
          let cost: number;
          try {
            cost = costOf(schema, document, vertices(), request.variables, request.operationName);
          } catch (error) {
            // Variables that do not fit their types: execution reports them as BAD_USER_INPUT.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          const scope = currentRequestScope();
          if (scope) scope.cost = cost;
          if (cost > budget) {
            throw new GraphQLError(
              `Query cost ${cost} is over the limit of ${budget}${anonymous ? ' for anonymous callers' : ''}: ask for fewer fields, smaller pages, fewer nested lists or less geometry (lower precision, simplifyMeters, featureCollection)`,
              { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } },
            );
          }
          try {
            await scope?.chargeWork?.(cost);
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            throw new GraphQLError(error.message, {
              extensions: { code: error.code, http: { status: error.httpStatus } },
            });
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
  const production = isProduction();
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
