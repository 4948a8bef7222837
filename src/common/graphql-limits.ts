import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
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
  /** Values an authenticated answer may be estimated to hold (GRAPHQL_MAX_VALUES). */
  get maxValues(): number {
    return config().GRAPHQL_MAX_VALUES;
  },
  /** Values an anonymous answer may be estimated to hold (GRAPHQL_MAX_VALUES_ANONYMOUS). */
  get maxValuesAnonymous(): number {
    return config().GRAPHQL_MAX_VALUES_ANONYMOUS;
  },
  /** Bytes an authenticated answer may be estimated to hold (GRAPHQL_MAX_ANSWER_BYTES). */
  get maxAnswerBytes(): number {
    return config().GRAPHQL_MAX_ANSWER_BYTES;
  },
  /** Bytes an anonymous answer may be estimated to hold (GRAPHQL_MAX_ANSWER_BYTES_ANONYMOUS). */
  get maxAnswerBytesAnonymous(): number {
    return config().GRAPHQL_MAX_ANSWER_BYTES_ANONYMOUS;
  },
};

/** What an unpaginated list (e.g. Territorial.colonias) is assumed to hold when its module says nothing. */
export const UNPAGINATED_LIST_ESTIMATE = 25;

/**
 * How many entries an unpaginated list field (`Type.field`) returns, declared by the module that resolves it,
 * so its cost follows the rows it will produce instead of UNPAGINATED_LIST_ESTIMATE:
 * - `max`: the most entries whatever the request (CrimeStats.byCategory: its 15 categories);
 * - `perMonthOfWindow`: one entry per month of the date window (`from`/`to`, or `year`) of the nearest field
 *   above that takes one (CrimeStats.monthly under `crime(from:, to:)`: 12 for a year, 120 for 10 years). An
 *   open end reaches the data's first or last month, which `dataMonthsSql` (one row: `first`, `last` as
 *   YYYY-MM, or nulls) measures at each refresh of the estimates (src/geo/geometry-cost.ts); until measured,
 *   or with no window above, an open window is priced at `max`.
 */
export interface ListSize {
  max: number;
  perMonthOfWindow?: { dataMonthsSql: string };
}

const LIST_SIZES = new Map<string, ListSize>();

export function declareListSize(typeName: string, fieldName: string, size: number | ListSize): void {
  LIST_SIZES.set(`${typeName}.${fieldName}`, typeof size === 'number' ? { max: size } : size);
}

/** The declared lists sized by the months of a window, with the statement measuring their data's months. */
export function monthlyListMeasures(): { list: string; sql: string }[] {
  return [...LIST_SIZES].flatMap(([list, size]) =>
    size.perMonthOfWindow ? [{ list, sql: size.perMonthOfWindow.dataMonthsSql }] : [],
  );
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
  /** Features per Layer enum value (COLONIAS: 293): what a `featureCollection` answers besides its vertices. */
  featuresPerLayer?: Record<string, number>;
  /** Rows per GraphQL type of a layer's table (Colonia: 293): a connection of them returns at most that many. */
  rows?: Record<string, number>;
  /** Per list sized by the months of a window (`Type.field`): the first and last month of its data (YYYY-MM). */
  dataMonths?: Record<string, { first: string | null; last: string | null }>;
}

/**
 * Bytes of text per vertex grow with `precision` (two coordinates of `precision` decimals):
 * the factor is 1 at the default 6 and 2 at 15.
 */
function precisionFactor(precision: unknown): number {
  const p = typeof precision === 'number' && Number.isFinite(precision) ? precision : DEFAULT_PRECISION;
  return Math.max(1, (2 * (Math.min(15, Math.max(0, p)) + 5)) / (2 * (DEFAULT_PRECISION + 5)));
}

/** A date window as written in a field's arguments (`from`/`to`, or `year`). */
interface WindowArgs {
  from?: unknown;
  to?: unknown;
  year?: unknown;
}

/**
 * For each field of a list sized by the months of a window (ListSize.perMonthOfWindow), the windows of the
 * fields above it that take one (several when a fragment is spread under different windows). Fields not in
 * the map have no window above them.
 */
type WindowsOf = Map<FieldNode, WindowArgs[]>;

function windowsOfMonthlyLists(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>) {
  const found: WindowsOf = new Map();
  if (![...LIST_SIZES.values()].some((size) => size.perMonthOfWindow)) return found;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const walk = (
    selections: SelectionSetNode,
    type: GraphQLCompositeType,
    window: WindowArgs | undefined,
    spread: ReadonlySet<string>,
  ): void => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (inner && isCompositeType(inner)) walk(selection.selectionSet, inner, window, spread);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const inner = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || spread.has(fragment.name.value) || !inner || !isCompositeType(inner)) continue;
        walk(fragment.selectionSet, inner, window, new Set([...spread, fragment.name.value]));
      } else if (isObjectType(type) || isInterfaceType(type)) {
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        if (LIST_SIZES.get(`${type.name}.${field.name}`)?.perMonthOfWindow) {
          const windows = found.get(selection) ?? [];
          windows.push(window ?? {});
          found.set(selection, windows);
        }
        let inner = window;
        if (field.args.some((a) => a.name === 'from' || a.name === 'year')) {
          try {
            inner = getArgumentValues(field, selection, variables) as WindowArgs;
          } catch {
            // Arguments that do not fit their types: execution refuses them; the list keeps its most entries.
            inner = undefined;
          }
        }
        const named = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(named)) walk(selection.selectionSet, named, inner, spread);
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = schema.getRootType(definition.operation);
    if (root) walk(definition.selectionSet, root, undefined, new Set());
  }
  return found;
}

/** YYYY-MM of a date argument, or null when it is not one (open, or refused at execution). */
function monthOf(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : null;
}

function monthsFromTo(first: string, last: string): number {
  const [fy, fm] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  return Math.max(1, (ly - fy) * 12 + (lm - fm) + 1);
}

/** Entries of a list with one per month of `window`; open ends reach the data's months (`max` until measured). */
function monthsOfWindow(window: WindowArgs, size: ListSize, data?: { first: string | null; last: string | null }) {
  if (typeof window.year === 'number') return 12;
  const first = monthOf(window.from) ?? data?.first ?? null;
  const last = monthOf(window.to) ?? data?.last ?? null;
  if (first === null || last === null) return size.max;
  // A window starting after the data's last month (open end): no entries; priced as one.
  return first > last ? 1 : monthsFromTo(first, last);
}

/**
 * What an estimator computes from the same walk of the operation:
 * - `cost`: work units (GRAPHQL_MAX_COST);
 * - `values`: the values the answer will hold — one per scalar field per row, a geometry one (its text is
 *   spliced in, not executed per vertex) — what executing and serializing it costs the event loop;
 * - `bytes`: the answer's size: a value its name and about BYTES_PER_VALUE, a geometry its vertices' text.
 */
export type EstimateKind = 'cost' | 'values' | 'bytes';

/** JSON text of one scalar value with its key, quotes and separators, on average (measured: 18–24 in the schema's lists). */
const BYTES_PER_VALUE = 24;

/** A feature's text besides its vertices: id, type, properties (with coverage figures). */
const BYTES_PER_FEATURE = 1_000;

/** Text of one vertex at `precision` decimals: two numbers of 3 integer digits, their separators and brackets. */
function bytesPerVertex(precision: unknown): number {
  const p = typeof precision === 'number' && Number.isFinite(precision) ? precision : DEFAULT_PRECISION;
  return 2 * (Math.min(15, Math.max(0, p)) + 4) + 4;
}

/**
 * Cost = work units before execution:
 * - a scalar field: 1;
 * - a geometry (`geometry`, `centroid`, `location`): its vertices (the layer's average;
 *   points 1) times the precision factor; `featureCollection`: the whole layer's vertices
 *   (filters are not assumed to shrink it) times the precision factor;
 * - a relation (an object field): RELATION_COST plus what it selects;
 * - a list: what it selects times its size: a connection its `first`/`last`, at most the
 *   rows of its type's table (VertexEstimates.rows; its `edges` then count once), a list answering a list argument (`locateMany(points:)`: one item per
 *   point) that argument's length, any other list its `limit`/`first`, else its declared size
 *   (declareListSize: the months of the window above it, or its most entries), else
 *   UNPAGINATED_LIST_ESTIMATE — so a relation repeated inside lists (colonias → territorial →
 *   colonias) multiplies.
 * `values` and `bytes` (EstimateKind) walk the same sizes.
 */
export function costEstimator(
  vertices: VertexEstimates,
  windows: WindowsOf = new Map(),
  kind: EstimateKind = 'cost',
): ComplexityEstimator {
  const key = (node: FieldNode) => (node.alias ?? node.name).value.length;
  return ({ type: parent, field, args, childComplexity, node }) => {
    const type = getNullableType(field.type);
    const named = getNamedType(field.type);
    if (named.name === 'GeoJSON') {
      const layer = String(args.layer ?? '').toUpperCase();
      const count =
        field.name === 'featureCollection'
          ? (vertices.perLayer[layer] ?? vertices.perLayer['*'] ?? 1)
          : field.name === 'geometry'
            ? (vertices.perFeature[parent.name] ?? 1)
            : 1;
      if (kind === 'values') return 1;
      if (kind === 'bytes') {
        // A FeatureCollection's features carry their properties (coverage figures: ~500 bytes) besides the vertices.
        const features = field.name === 'featureCollection' ? (vertices.featuresPerLayer?.[layer] ?? 1_000) : 0;
        return key(node) + 4 + features * BYTES_PER_FEATURE + Math.ceil(count * bytesPerVertex(args.precision));
      }
      return 1 + Math.ceil(count * precisionFactor(args.precision));
    }
    const relation = kind === 'cost' ? RELATION_COST : kind === 'bytes' ? key(node) + 4 : 0;
    if (named.name.endsWith('Connection')) {
      // A page holds at most the rows there are (colonias(first: 500) returns 293).
      const rows = vertices.rows?.[named.name.slice(0, -'Connection'.length)] ?? Infinity;
      return relation + childComplexity * Math.min(rows, Number(args.first ?? args.last ?? DEFAULT_PAGE_ESTIMATE));
    }
    if (isListType(type) && field.name !== 'edges' && childComplexity > 0) {
      const name = `${parent.name}.${field.name}`;
      const declared = LIST_SIZES.get(name);
      let entries = declared?.max;
      if (declared?.perMonthOfWindow) {
        const data = vertices.dataMonths?.[name];
        entries = Math.max(1, ...(windows.get(node) ?? [{}]).map((w) => monthsOfWindow(w, declared, data)));
      }
      return relation + childComplexity * listSize(args, entries);
    }
    if (isObjectType(named) && childComplexity > 0 && field.name !== 'node') return relation + childComplexity;
    if (kind === 'bytes' && childComplexity === 0) {
      // A scalar, or a list of scalars (bbox: 4 numbers).
      return key(node) + BYTES_PER_VALUE + (isListType(type) ? 3 * BYTES_PER_VALUE : 0);
    }
    if (kind === 'values' && childComplexity === 0) return isListType(type) ? 4 : 1;
    if (kind !== 'cost' && childComplexity > 0) return relation + childComplexity;
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

function estimate(
  kind: EstimateKind,
  schema: GraphQLSchema,
  document: DocumentNode,
  vertices: VertexEstimates,
  variables?: Record<string, unknown>,
  operationName?: string | null,
  windows = windowsOfMonthlyLists(schema, document, variables),
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName: operationName ?? undefined,
    estimators: [costEstimator(vertices, windows, kind), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Cost of an operation for the given estimates (variables applied). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  vertices: VertexEstimates,
  variables?: Record<string, unknown>,
  operationName?: string | null,
): number {
  return estimate('cost', schema, document, vertices, variables, operationName);
}

/** What an operation's answer is estimated to hold before execution: its values and bytes (EstimateKind). */
export interface AnswerEstimate {
  cost: number;
  values: number;
  bytes: number;
}

/** Cost, values and bytes of an operation (three walks of the same sizes). */
export function operationEstimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  vertices: VertexEstimates,
  variables?: Record<string, unknown>,
  operationName?: string | null,
): AnswerEstimate {
  const windows = windowsOfMonthlyLists(schema, document, variables);
  const of = (kind: EstimateKind) => estimate(kind, schema, document, vertices, variables, operationName, windows);
  return { cost: of('cost'), values: of('values'), bytes: of('bytes') };
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
  // The window of a list sized by its months (declareListSize perMonthOfWindow).
  'from',
  'to',
  'year',
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

/** Estimates already computed for one parsed document (Apollo's document store hands back the same DocumentNode). */
interface DocumentCosts<T> {
  variables: string[];
  costs: Map<string, T>;
}

/** Distinct cost-variable values kept per document (a client paging with many `first` values stays bounded). */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * `compute`, remembered per (vertex estimates, document, operation name, cost-relevant
 * variables): graphql-query-complexity walks the whole document with the schema's type info,
 * which a repeated query (the same `locate` with new coordinates) need not pay again.
 * An estimate whose computation threw is not kept: it is computed again next time.
 */
function cached<T>(compute: typeof operationCost | typeof operationEstimate) {
  const byEstimates = new WeakMap<VertexEstimates, WeakMap<DocumentNode, DocumentCosts<T>>>();
  return (...[schema, document, vertices, variables, operationName]: Parameters<typeof operationCost>): T => {
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
      cost = compute(schema, document, vertices, variables, operationName) as T;
      if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
      entry.costs.set(key, cost);
    }
    return cost;
  };
}

/** operationCost, remembered (see `cached`). */
export function cachedOperationCost(): typeof operationCost {
  return cached<number>(operationCost);
}

/** operationEstimate, remembered (see `cached`). */
export function cachedOperationEstimate(): typeof operationEstimate {
  return cached<AnswerEstimate>(operationEstimate);
}

/**
 * Refuses, before execution, an operation whose estimate is over the caller's budgets (BAD_USER_INPUT, HTTP
 * 400, naming the limit and the estimate): its cost (GRAPHQL_LIMITS.maxCost authenticated, maxCostAnonymous
 * anonymous), the values its answer will hold (maxValues, maxValuesAnonymous: executing and serializing them
 * holds the event loop) and its bytes (maxAnswerBytes, maxAnswerBytesAnonymous).
 */
export function queryCostPlugin(
  schema: GraphQLSchema,
  vertices: () => VertexEstimates,
): ApolloServerPlugin<{ identity: Identity }> {
  const estimateOf = cachedOperationEstimate();
  const refuse = (message: string) =>
    new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          const anonymous = contextValue.identity.via === 'anonymous';
          const who = anonymous ? ' for anonymous callers' : '';
          let estimate: AnswerEstimate;
          try {
            estimate = estimateOf(schema, document, vertices(), request.variables, request.operationName);
          } catch (error) {
            // Variables that do not fit their types: execution reports them as BAD_USER_INPUT.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          const { cost, values, bytes } = estimate;
          const scope = currentRequestScope();
          if (scope) scope.cost = cost;
          const budget = anonymous ? GRAPHQL_LIMITS.maxCostAnonymous : GRAPHQL_LIMITS.maxCost;
          if (cost > budget) {
            throw refuse(
              `Query cost ${cost} is over the limit of ${budget}${who}: ask for fewer fields, smaller pages, fewer nested lists or less geometry (lower precision, simplifyMeters, featureCollection)`,
            );
          }
          const maxValues = anonymous ? GRAPHQL_LIMITS.maxValuesAnonymous : GRAPHQL_LIMITS.maxValues;
          if (values > maxValues) {
            throw refuse(
              `Estimated answer of ${values} values is over the limit of ${maxValues}${who} (${anonymous ? 'GRAPHQL_MAX_VALUES_ANONYMOUS' : 'GRAPHQL_MAX_VALUES'}): ask for fewer fields, smaller pages, fewer nested lists or a shorter window`,
            );
          }
          const maxBytes = anonymous ? GRAPHQL_LIMITS.maxAnswerBytesAnonymous : GRAPHQL_LIMITS.maxAnswerBytes;
          if (bytes > maxBytes) {
            throw refuse(
              `Estimated answer of ${bytes} bytes is over the limit of ${maxBytes}${who} (${anonymous ? 'GRAPHQL_MAX_ANSWER_BYTES_ANONYMOUS' : 'GRAPHQL_MAX_ANSWER_BYTES'}): ask for fewer fields, smaller pages or less geometry (lower precision, simplifyMeters)`,
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
