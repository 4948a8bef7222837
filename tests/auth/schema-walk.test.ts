import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { startTestServer, type GraphQLResult, type TestServer } from '../helpers/test-server';
import { Ter03CurpsDocument } from '../graphql/generated';
import { authHeaders } from '../helpers/auth';
import { writeState } from '../helpers/write-fixtures';
import { buildGraphQLSchema } from '../../src/app/schema';
import { PERSON_LEVEL_TYPES, PERSONAL_DATA_FIELDS } from '../../src/auth/schema-guards';
import { Role } from '../../src/auth/role';

/**
 * Walks every field path reachable from Query (to a bounded depth) and asks it
 * as each role: person-level rows never reach PUBLIC, personal data never
 * reaches PUBLIC or ANALYST, and an OPERATOR sees personal data only in its
 * own territorial (TER-03). Mutations: every one needs OPERATOR or ADMIN.
 *
 * FACILITATOR (bound to one TER-03 beneficiary) is asked every root field, everything under
 * myActivities and every way into a person-level type: it reads its own activities and what PUBLIC
 * reads, nothing of anyone else; every mutation but recordActivities is FORBIDDEN to it and writes nothing.
 */
const MAX_DEPTH = 4;
/** Query fields for ADMIN only (the audit trail holds who changed what, with before/after values; the webhooks). */
const ADMIN_ONLY_QUERIES = ['auditLog', 'webhooks', 'webhookDeliveries'];
/** The change feed answers signed-in callers and API keys only (an anonymous caller: UNAUTHENTICATED). */
const SIGNED_IN_QUERIES = ['changes', 'changesCursor'];
const ROLES = ['PUBLIC', 'FACILITATOR', 'ANALYST', 'OPERATOR', 'ADMIN'] as const;
/** Person-level types a FACILITATOR reads under myActivities: its own activities, not the Beneficiary behind them. */
const FACILITATOR_OWN_TYPES = new Set(['Activity', 'ActivityConnection', 'ActivityEdge']);
type WalkRole = (typeof ROLES)[number];

interface Step {
  field: GraphQLField<unknown, unknown>;
  parent: GraphQLObjectType;
}

let server: TestServer;
let schema: GraphQLSchema;
const signed: Partial<Record<WalkRole, { headers: Record<string, string>; at: number }>> = {};
/** Headers of a role, signed again every few minutes: the walk outlasts a test token's 10 minutes on a loaded machine. */
async function headersOf(role: WalkRole): Promise<Record<string, string>> {
  if (role === 'PUBLIC') return {};
  const cached = signed[role];
  if (cached && Date.now() - cached.at < 5 * 60_000) return cached.headers;
  const headers =
    role === 'FACILITATOR'
      ? await authHeaders(role, undefined, 'test:walk-facilitator', samples.facilitator)
      : await authHeaders(role, role === 'OPERATOR' ? 'TER-03' : undefined);
  signed[role] = { headers, at: Date.now() };
  return headers;
}
const samples: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  schema = await buildGraphQLSchema();
  const [row] = await server.dataSource.query(`
    SELECT (SELECT c.clave FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE t.clave = 'TER-03' AND EXISTS (SELECT 1 FROM beneficiary b WHERE b.colonia_id = c.id) ORDER BY c.id LIMIT 1) AS colonia,
           (SELECT b.id FROM beneficiary b JOIN territorial t ON t.id = b.territorial_id WHERE t.clave = 'TER-03' ORDER BY b.id LIMIT 1)::text AS beneficiary,
           (SELECT b.folio FROM beneficiary b JOIN territorial t ON t.id = b.territorial_id
             WHERE t.clave = 'TER-03' AND EXISTS (SELECT 1 FROM activity a WHERE a.beneficiary_id = b.id) ORDER BY b.id LIMIT 1) AS facilitator`);
  Object.assign(samples, row);
});
afterAll(async () => {
  await server.close();
});

function argValue(arg: GraphQLArgument, step: Step): string | undefined {
  const named = getNamedType(arg.type);
  const parent = step.parent.name;
  if (parent === 'Query' && step.field.name === 'territorial' && arg.name === 'clave') return '"TER-03"';
  if (parent === 'Query' && step.field.name === 'colonia' && arg.name === 'clave')
    return JSON.stringify(samples.colonia);
  if (parent === 'Query' && step.field.name === 'coverage' && arg.name === 'territorialId') return undefined;
  if (['first', 'limit'].includes(arg.name)) return '3';
  if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) return undefined;
  if (arg.name === 'lon') return '-99.0905';
  if (arg.name === 'lat') return '19.3735';
  if (arg.name === 'year') return '2020';
  if (arg.name === 'points') return '[{ lon: -99.0905, lat: 19.3735 }]';
  if (arg.name === 'code') return '"FIN_IDS"';
  if (arg.name === 'id' && step.field.name === 'beneficiary') return JSON.stringify(samples.beneficiary);
  if (arg.name === 'layer') return 'COLONIAS';
  if (isEnumType(named)) return named.getValues()[0].name;
  throw new Error(`no sample value for required argument ${parent}.${step.field.name}(${arg.name})`);
}

function selection(steps: Step[], index: number): string {
  const step = steps[index];
  const args = step.field.args.map((a) => [a.name, argValue(a, step)] as const).filter(([, v]) => v !== undefined);
  const call = `${step.field.name}${args.length ? `(${args.map(([n, v]) => `${n}: ${v}`).join(', ')})` : ''}`;
  const type = getNamedType(step.field.type);
  if (index === steps.length - 1) {
    return isLeafType(type) || type.name === 'GeoJSON' ? call : `${call} { __typename }`;
  }
  // Next to a beneficiary's fields, its territorial: to judge an OPERATOR's personal-data answers.
  const sibling = type.name === 'Beneficiary' ? ' walkTerritorial: territorial { clave }' : '';
  return `${call} { ${selection(steps, index + 1)}${sibling} }`;
}

function walk(type: GraphQLObjectType, path: Step[], out: Step[][]): void {
  for (const field of Object.values(type.getFields())) {
    if (field.name.startsWith('__')) continue;
    const steps = [...path, { field, parent: type }];
    out.push(steps);
    const next = getNamedType(field.type);
    const seen = path.filter((s) => getNamedType(s.field.type).name === next.name).length;
    if (isObjectType(next) && steps.length < MAX_DEPTH && seen < 1) walk(next, steps, out);
  }
}

/** Values at the end of a path in a response (lists flattened), with the beneficiary territorial next to them. */
function leaves(data: any, steps: Step[]): { value: unknown; territorial?: string }[] {
  let nodes: { value: any; territorial?: string }[] = [{ value: data }];
  for (const step of steps) {
    const next: { value: any; territorial?: string }[] = [];
    for (const node of nodes) {
      if (node.value === null || node.value === undefined) continue;
      const values = Array.isArray(node.value) ? node.value : [node.value];
      for (const v of values) {
        if (v === null || v === undefined) continue;
        next.push({ value: v[step.field.name], territorial: v.walkTerritorial?.clave ?? node.territorial });
      }
    }
    nodes = next.flatMap((n) =>
      Array.isArray(n.value) && !isLeafType(getNamedType(steps[steps.length - 1].field.type))
        ? n.value.map((v: any) => ({ value: v, territorial: n.territorial }))
        : [n],
    );
  }
  return nodes;
}

const authCodes = (result: GraphQLResult<unknown>) =>
  (result.errors ?? []).map((e) => e.extensions?.code).filter((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN');

it('walks every field path from Query and enforces the role policy on each', async () => {
  const paths: Step[][] = [];
  walk(schema.getQueryType()!, [], paths);
  expect(paths.length).toBeGreaterThan(300);
  const checked = {
    personLevel: 0,
    personal: 0,
    open: 0,
    refusedForCost: 0,
    denials: 0,
    facilitatorOwn: 0,
    facilitatorAsked: 0,
  };
  for (const steps of paths) {
    const query = `{ ${selection(steps, 0)} }`;
    const personLevel = steps.some((s) => PERSON_LEVEL_TYPES.has(getNamedType(s.field.type).name));
    const last = steps[steps.length - 1];
    const personal = (PERSONAL_DATA_FIELDS[last.parent.name] ?? []).includes(last.field.name);
    if (personal) checked.personal += 1;
    else if (personLevel) checked.personLevel += 1;
    else checked.open += 1;
    const adminOnly = steps.some((s) => s.parent.name === 'Query' && ADMIN_ONLY_QUERIES.includes(s.field.name));
    const facilitatorRoot = steps[0].field.name === 'myActivities';
    const facilitatorOwn =
      facilitatorRoot &&
      steps.every(
        (s) =>
          !PERSON_LEVEL_TYPES.has(getNamedType(s.field.type).name) ||
          FACILITATOR_OWN_TYPES.has(getNamedType(s.field.type).name),
      );
    // Roles form a ladder: test the rung below the minimum (denied) and the minimum (allowed). FACILITATOR stands
    // beside it. It is asked every root field, every path under myActivities, and every path that ends at its
    // first person-level field: every other person-level or personal path runs through such a field, and what
    // lies below a refused field cannot be reached (the refusals below are the ones asked here).
    const firstPersonLevel = steps.findIndex((s) => PERSON_LEVEL_TYPES.has(getNamedType(s.field.type).name));
    const askFacilitator =
      steps.length === 1 ||
      facilitatorRoot ||
      adminOnly ||
      (firstPersonLevel >= 0 && firstPersonLevel === steps.length - 1);
    const ladder: readonly WalkRole[] = personal
      ? ROLES.filter((r) => r !== 'FACILITATOR')
      : adminOnly
        ? ['OPERATOR', 'ADMIN']
        : personLevel
          ? ['PUBLIC', 'ANALYST']
          : ['PUBLIC', 'ADMIN'];
    const roles: readonly WalkRole[] = askFacilitator ? [...ladder, 'FACILITATOR'] : ladder;
    if (askFacilitator) checked.facilitatorAsked += 1;
    for (const role of roles) {
      // A string: the walk generates one document per path of the schema.
      const result = await server.gql(query, undefined, await headersOf(role));
      const context = `${role} ${query}`;
      expect([context, result.status < 500]).toEqual([context, true]);
      const denied = authCodes(result);
      const values = leaves(result.data, steps).filter((l) => l.value !== null && l.value !== undefined);
      // A path whose nested lists go over the query-cost limit is refused whole, for every role, before running.
      const refusedForCost = result.data === undefined && /Query cost/.test(result.errors?.[0]?.message ?? '');
      if (refusedForCost) {
        checked.refusedForCost += 1;
        continue;
      }
      // A denial shows as UNAUTHENTICATED/FORBIDDEN wherever a row would have been; a path
      // whose parents are empty (a colonia without workshops) has nothing to deny and leaks nothing.
      if (role === 'FACILITATOR' && facilitatorOwn && !personal) {
        expect([context, denied]).toEqual([context, []]);
        if (values.length > 0) checked.facilitatorOwn += 1;
      } else if (role === 'FACILITATOR' && (personLevel || personal || adminOnly)) {
        expect([context, values.length]).toEqual([context, 0]);
        if (denied.length > 0) checked.denials += 1;
      } else if (facilitatorRoot) {
        // myActivities is a FACILITATOR's own list: every other role is refused it.
        expect([context, values.length]).toEqual([context, 0]);
        if (denied.length > 0) checked.denials += 1;
      } else if (adminOnly && role !== 'ADMIN') {
        expect([context, values.length]).toEqual([context, 0]);
        if (denied.length > 0) checked.denials += 1;
      } else if (role === 'PUBLIC' && SIGNED_IN_QUERIES.includes(steps[0].field.name)) {
        expect([context, values.length]).toEqual([context, 0]);
        if (denied.length > 0) checked.denials += 1;
      } else if (role === 'PUBLIC' && (personLevel || personal)) {
        expect([context, values.length]).toEqual([context, 0]);
        if (denied.length > 0) checked.denials += 1;
      } else if (role === 'ANALYST' && personal) {
        expect([context, values.length]).toEqual([context, 0]);
        if (denied.length > 0) checked.denials += 1;
      } else if (role === 'OPERATOR' && personal) {
        for (const leaf of values) expect([context, leaf.territorial]).toEqual([context, 'TER-03']);
      } else {
        expect([context, denied]).toEqual([context, []]);
      }
    }
  }
  // The walk must actually reach each kind of path.
  expect(checked.personal).toBeGreaterThanOrEqual(10);
  expect(checked.personLevel).toBeGreaterThanOrEqual(20);
  expect(checked.open).toBeGreaterThanOrEqual(100);
  expect(checked.refusedForCost).toBeLessThan(paths.length / 4);
  expect(checked.denials).toBeGreaterThanOrEqual(30);
  expect(checked.facilitatorOwn).toBeGreaterThanOrEqual(5);
  expect(checked.facilitatorAsked).toBeGreaterThanOrEqual(100);
  // A bound, not a timed assertion: ~2,200 paths × up to 4 roles; with the real units' polygons the walk
  // takes several minutes on a loaded 2-core machine.
}, 900_000);

it('an OPERATOR reads personal data of its own territorial on some path (the walk is not vacuous)', async () => {
  const result = await server.gql(Ter03CurpsDocument, {}, await headersOf('OPERATOR'));
  const curps = result.data.territorial!.colonias.flatMap((c) => c.beneficiaries.map((b) => b.curp));
  expect(curps.length).toBeGreaterThan(50);
  expect(curps.every((c) => /^[A-Z0-9]{18}$/.test(c!))).toBe(true);
});

/** A value of an input type that passes GraphQL's own coercion (what the resolver then makes of it does not matter). */
function sampleInput(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleInput(type.ofType);
  if (isListType(type)) return [sampleInput(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sampleInput(f.type)]),
    );
  if (!isScalarType(type)) throw new Error(`no sample for ${String(type)}`);
  const scalars: Record<string, unknown> = {
    ID: '1',
    Int: 1,
    Float: 1.5,
    String: 'x',
    Boolean: true,
    Date: '2020-01-01',
    DateTimeISO: '2020-01-01T00:00:00.000Z',
    GeoJSON: { type: 'Point', coordinates: [-99.0905, 19.3735] },
    JSONObject: {},
  };
  if (!(type.name in scalars)) throw new Error(`no sample for scalar ${type.name}`);
  return scalars[type.name];
}

it('refuses every mutation but recordActivities to a FACILITATOR, and nothing is written', async () => {
  const mutations = Object.values(schema.getMutationType()!.getFields());
  const before = await writeState(server.dataSource);
  let refused = 0;
  for (const mutation of mutations) {
    if (mutation.name === 'recordActivities') continue;
    const variables = Object.fromEntries(mutation.args.map((a) => [a.name, sampleInput(a.type)]));
    const definitions = mutation.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const call = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const leaf = isLeafType(getNamedType(mutation.type));
    // A string: the walk generates one document per mutation of the schema.
    const document = `mutation Walk${definitions ? `(${definitions})` : ''} { ${mutation.name}${call ? `(${call})` : ''}${leaf ? '' : ' { __typename }'} }`;
    const result = await server.gql(document, variables, await headersOf('FACILITATOR'));
    expect([mutation.name, result.errors?.map((e) => e.extensions?.code)]).toEqual([mutation.name, ['FORBIDDEN']]);
    refused += 1;
  }
  expect(refused).toBeGreaterThanOrEqual(20);
  expect(await writeState(server.dataSource)).toEqual(before);
});

it('requires OPERATOR or ADMIN on every mutation (FACILITATOR: recordActivities only)', () => {
  const mutationType = schema.getMutationType();
  const storage = getMetadataStorage();
  const names = mutationType ? Object.keys(mutationType.getFields()) : [];
  for (const name of names) {
    const definition = storage.mutations.find((m) => m.schemaName === name);
    expect([name, !!definition]).toEqual([name, true]);
    const authorized = storage.authorizedFields.find(
      (a) => a.target === definition!.target && a.fieldName === definition!.methodName,
    );
    const allowed = name === 'recordActivities' ? [Role.FACILITATOR] : [Role.OPERATOR, Role.ADMIN];
    expect([name, authorized?.roles?.[0]]).toEqual([
      name,
      expect.stringMatching(new RegExp(`^(${allowed.join('|')})$`)),
    ]);
  }
});
