import { parse } from 'graphql';
import { buildGraphQLSchema } from '../../src/app/schema';
import {
  cachedOperationEstimate,
  GRAPHQL_LIMITS,
  operationCost,
  operationEstimate,
  type VertexEstimates,
} from '../../src/common/graphql-limits';
import { reloadConfig } from '../../src/config/config';
import { GeometryCost } from '../../src/geo/geometry-cost';
import { MemoryRateLimitStore } from '../../src/http/rate-limit';
import { authHeaders } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * Issue #27, item 2: work priced by the rows and values a request will produce, for every role — a list sized
 * by the months of its window, a connection by the rows there are — and an answer estimated before execution
 * and refused over the caller's budget of values and bytes (400 naming the limit and the estimate, no SQL
 * statement). The documents are generated alias floods and windows: their text is the subject, so they stay
 * strings.
 */

let server: TestServer;
let estimates: VertexEstimates;
let schema: Awaited<ReturnType<typeof buildGraphQLSchema>>;
beforeAll(async () => {
  server = await startTestServer();
  const cost = new GeometryCost(server.dataSource);
  await cost.load();
  estimates = cost.current();
  schema = await buildGraphQLSchema();
});
afterAll(async () => {
  await server.close();
});

const SCALARS = 'id clave nombre displayName tipo poblacion distritoLocal createdAt updatedAt version bbox';
const aliases = (n: number, selection: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

describe('CrimeStats.monthly priced by the months of its window', () => {
  /** Estimates whose crime data runs from January 2016 to December 2024. */
  const withData = (): VertexEstimates => ({
    ...estimates,
    dataMonths: { 'CrimeStats.monthly': { first: '2016-01', last: '2024-12' } },
  });
  const perMonth = (window: string, vertices = withData(), variables?: Record<string, unknown>) => {
    const cost = (selection: string) =>
      operationCost(
        schema,
        parse(`query W($from: Date, $to: Date) { territorial(clave: "TER-01") { crime${window} { ${selection} } } }`),
        vertices,
        variables,
      );
    return cost('monthly { month total highImpact }') - cost('monthly { month total }');
  };

  it('a year is 12 months, 10 years 120 (121 from mid-month), not an assumed 25', () => {
    expect(perMonth('(year: 2020)')).toBe(12);
    expect(perMonth('(from: "2015-01-01", to: "2024-12-31")')).toBe(120);
    expect(perMonth('(from: "2015-01-15", to: "2025-01-14")')).toBe(121);
    expect(perMonth('(from: "2020-03-01", to: "2020-03-31")')).toBe(1);
  });

  it('an open end reaches the first or last month of the data (from 1900: 1,500 months), as the answer does', () => {
    expect(perMonth('')).toBe(9 * 12);
    expect(perMonth('(from: "2024-01-01")')).toBe(12);
    expect(perMonth('(to: "2016-06-30")')).toBe(6);
    expect(perMonth('(from: "1900-01-01")')).toBe(125 * 12);
    // Before the data were measured, an open window is priced at the most a closed one holds.
    expect(perMonth('(from: "1900-01-01")', { ...estimates, dataMonths: {} })).toBe(121);
  });

  it('follows the window given in variables, and the widest window a fragment is spread under', () => {
    expect(perMonth('(from: $from, to: $to)', withData(), { from: '2020-01-01', to: '2020-06-30' })).toBe(6);
    const cached = cachedOperationEstimate();
    const document = parse(
      'query W($from: Date, $to: Date) { territorial(clave: "TER-01") { crime(from: $from, to: $to) { monthly { month } } } }',
    );
    const short = cached(schema, document, withData(), { from: '2020-01-01', to: '2020-01-31' });
    const long = cached(schema, document, withData(), { from: '2015-01-01', to: '2024-12-31' });
    expect(long.values - short.values).toBe(119);
    expect(cached(schema, document, withData(), { from: '2020-01-01', to: '2020-01-31' })).toEqual(short);
    const fragment = (windowA: string, windowB: string) =>
      operationEstimate(
        schema,
        parse(
          `fragment M on CrimeStats { monthly { month } } { territorial(clave: "TER-01") { a: crime${windowA} { ...M } b: crime${windowB} { ...M } } }`,
        ),
        withData(),
      ).values;
    expect(fragment('(year: 2020)', '(from: "2015-01-01", to: "2024-12-31")')).toBe(
      fragment('(from: "2015-01-01", to: "2024-12-31")', '(from: "2015-01-01", to: "2024-12-31")'),
    );
  });

  it('the anonymous probe of 293 colonias × monthly from 1900 (19.8 MB, 11 s of event loop) is refused before executing', async () => {
    const query = aliases(
      1,
      'colonias(first: 300) { edges { node { clave crime(from: "1900-01-01") { monthly { month total highImpact } } } } }',
    );
    const result = await server.gql(query);
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.sqlStatements).toBe(0);
  });
});

describe('a connection holds at most the rows of its table', () => {
  it('colonias(first: 500) is priced as the colonias there are', () => {
    const rows = estimates.rows?.Colonia;
    expect(rows).toBe(293);
    const cost = (first: number) =>
      operationCost(schema, parse(`{ colonias(first: ${first}) { edges { node { clave } } } }`), estimates);
    expect(cost(500)).toBe(cost(293));
    expect(cost(100)).toBeLessThan(cost(293));
  });
});

describe('the answer, estimated before execution and capped per role', () => {
  /** Scalar values in a JSON answer (each leaf), geometry objects counted as one. */
  const valuesIn = (value: unknown): number => {
    if (Array.isArray(value)) return value.reduce((n: number, v) => n + valuesIn(v), 0);
    if (value && typeof value === 'object') {
      if ('coordinates' in value || ('type' in value && 'features' in value)) return 1;
      return Object.values(value).reduce((n: number, v) => n + valuesIn(v), 0);
    }
    return 1;
  };

  it.each([
    [
      'colonias with scalars',
      aliases(1, `colonias(first: 500) { edges { node { ${SCALARS} territorial { clave } } } }`),
    ],
    ['territoriales → colonias', '{ territoriales { clave nombre colonias { clave nombre poblacion } } }'],
    ['geometry at precision 15', '{ territoriales { clave geometry(precision: 15) } }'],
    ['a whole layer', '{ featureCollection(layer: COLONIAS) }'],
    [
      'a year of crime per territorial',
      '{ territoriales { clave crime(year: 2020) { total monthly { month total } } } }',
    ],
  ])('%s: the estimate is at least the answer, in values and in bytes', async (_name, query) => {
    const estimate = operationEstimate(schema, parse(query), estimates);
    const result = await server.gql(query, undefined, await authHeaders('ADMIN'));
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify({ data: result.data });
    expect(estimate.values).toBeGreaterThanOrEqual(valuesIn(result.data));
    expect(estimate.bytes).toBeGreaterThanOrEqual(Buffer.byteLength(text));
  });

  it('the probe’s anonymous all-scalar answer (15 aliases of every colonia, 1.6 MB) is under the cost budget but over the values one', () => {
    const query = aliases(15, `colonias(first: 500) { edges { node { ${SCALARS} territorial { clave nombre } } } }`);
    const estimate = operationEstimate(schema, parse(query), estimates);
    expect(estimate.cost).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCostAnonymous);
    expect(estimate.values).toBeGreaterThan(GRAPHQL_LIMITS.maxValuesAnonymous);
    expect(estimate.values).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxValues);
  });

  it('anonymous: over GRAPHQL_MAX_VALUES_ANONYMOUS refused with 400 naming the limit and the estimate, before any statement; an analyst gets it', async () => {
    // A small limit, so that the analyst's answer stays light on a loaded machine: every colonia, 17 values each.
    process.env.GRAPHQL_MAX_VALUES_ANONYMOUS = '3000';
    reloadConfig();
    try {
      const query = aliases(1, `colonias(first: 500) { edges { node { ${SCALARS} territorial { clave nombre } } } }`);
      const estimate = operationEstimate(schema, parse(query), estimates);
      expect(estimate.values).toBeGreaterThan(3000);
      const anonymous = await server.gql(query);
      expect(anonymous.status).toBe(400);
      expect(anonymous.errors).toHaveLength(1);
      expect(anonymous.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(anonymous.errors![0].message).toBe(
        `Estimated answer of ${estimate.values} values is over the limit of 3000 for anonymous callers (GRAPHQL_MAX_VALUES_ANONYMOUS): ask for fewer fields, smaller pages, fewer nested lists or a shorter window`,
      );
      expect(anonymous.sqlStatements).toBe(0);
      const analyst = await server.gql(query, undefined, await authHeaders('ANALYST'));
      expect(analyst.status).toBe(200);
      expect(analyst.errors).toBeUndefined();
      expect(analyst.data.a0.edges).toHaveLength(293);
    } finally {
      delete process.env.GRAPHQL_MAX_VALUES_ANONYMOUS;
      reloadConfig();
    }
  });

  it('ADMIN has a larger budget, bounded too: the 8.9 MB answer of the probe is refused naming GRAPHQL_MAX_VALUES', async () => {
    const query = aliases(
      15,
      `colonias(first: 500) { edges { node { ${SCALARS} territorial { clave nombre colonias { clave nombre poblacion } } } } }`,
    );
    const estimate = operationEstimate(schema, parse(query), estimates);
    expect(estimate.cost).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
    expect(GRAPHQL_LIMITS.maxValues).toBeGreaterThan(GRAPHQL_LIMITS.maxValuesAnonymous);
    const admin = await server.gql(query, undefined, await authHeaders('ADMIN'));
    expect(admin.status).toBe(400);
    expect(admin.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(admin.errors![0].message).toMatch(
      new RegExp(
        `^Estimated answer of ${estimate.values} values is over the limit of ${GRAPHQL_LIMITS.maxValues} \\(GRAPHQL_MAX_VALUES\\)`,
      ),
    );
    expect(admin.sqlStatements).toBe(0);
  });

  it('over the bytes budget: 400 naming GRAPHQL_MAX_ANSWER_BYTES_ANONYMOUS and the estimate', async () => {
    process.env.GRAPHQL_MAX_ANSWER_BYTES_ANONYMOUS = '100000';
    reloadConfig();
    try {
      const query = '{ featureCollection(layer: COLONIAS, precision: 15) }';
      const { bytes } = operationEstimate(schema, parse(query), estimates);
      const result = await server.gql(query);
      expect(result.status).toBe(400);
      expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(
        new RegExp(
          `^Estimated answer of ${bytes} bytes is over the limit of 100000 for anonymous callers \\(GRAPHQL_MAX_ANSWER_BYTES_ANONYMOUS\\)`,
        ),
      );
      expect(result.sqlStatements).toBe(0);
      // Authenticated callers have their own (16 MiB).
      const analyst = await server.gql(query, undefined, await authHeaders('ANALYST'));
      expect(analyst.status).toBe(200);
    } finally {
      delete process.env.GRAPHQL_MAX_ANSWER_BYTES_ANONYMOUS;
      reloadConfig();
    }
  });

  it('bad budget settings stop the start naming the variable', () => {
    for (const value of ['0', '-1', 'many']) {
      process.env.GRAPHQL_MAX_VALUES_ANONYMOUS = value;
      try {
        expect(() => reloadConfig()).toThrow(/GRAPHQL_MAX_VALUES_ANONYMOUS/);
      } finally {
        delete process.env.GRAPHQL_MAX_VALUES_ANONYMOUS;
        reloadConfig();
      }
    }
  });
});

describe('/geojson priced like /ogc: spatial parameters by their positions × rows, the answer charged to the budget', () => {
  /** A MultiPoint of `n` short positions (2 decimals: 3,500 fit the 64 KB of an intersects) around the alcaldía, URL-encoded. */
  const multipoint = (n: number) =>
    encodeURIComponent(
      JSON.stringify({
        type: 'MultiPoint',
        coordinates: Array.from({ length: n }, (_, i) => [
          Number((-99.09 + (i % 9) / 100).toFixed(2)),
          Number((19.31 + (Math.floor(i / 9) % 9) / 100).toFixed(2)),
        ]),
      }),
    );
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}${path}`, { headers });
    const text = await res.text();
    return { status: res.status, text, sql: Number(res.headers.get('x-sql-statements') ?? NaN) };
  };

  it('an intersects geometry over the limit is refused with 400 naming intersects and the limit', async () => {
    // 3,500 positions × 293 colonias = 1,025,500: over the anonymous 1,000,000, under the authenticated 5,000,000
    // (and under the 64 KB of text an intersects may have).
    const url = `/geojson/colonias?intersects=${multipoint(3500)}`;
    const anonymous = await get(url);
    expect(anonymous.status).toBe(400);
    const body = JSON.parse(anonymous.text);
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.description).toMatch(
      /intersects.*3500 positions over a layer of 293 rows: work 1025500 \(positions × rows\) is over the limit of 1000000 for anonymous callers \(OGC_FILTER_MAX_WORK_ANONYMOUS\)/,
    );
    const analyst = await get(url, await authHeaders('ANALYST'));
    expect(analyst.status).toBe(200);
    expect(JSON.parse(analyst.text).type).toBe('FeatureCollection');
  });

  it('a small intersects, a bbox and near pass; malformed ones are still refused naming the parameter', async () => {
    expect((await get(`/geojson/colonias?intersects=${multipoint(10)}`)).status).toBe(200);
    expect((await get('/geojson/colonias?bbox=-99.1,19.3,-99.0,19.4')).status).toBe(200);
    expect((await get('/geojson/colonias?near=-99.06,19.35,500')).status).toBe(200);
    const bad = await get('/geojson/colonias?intersects=%7Bnot%20json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).description).toMatch(/intersects/);
  });

  it('a whole layer is charged to the client’s budget per minute: past it, 429 naming the budget', async () => {
    const budgeted = await startTestServer({
      rateLimit: { limit: 0, windowMs: 60_000, store: new MemoryRateLimitStore(), workBudgetAnonymous: 5_000 },
    });
    try {
      const layer = await fetch(`${budgeted.url}/geojson/colonias`);
      expect(layer.status).toBe(429);
      expect(Number(layer.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await layer.json()) as { code: string; description: string };
      expect(body.code).toBe('TOO_MANY_REQUESTS');
      expect(body.description).toMatch(/WORK_BUDGET_PER_MINUTE_ANONYMOUS/);
    } finally {
      await budgeted.close();
    }
  });
});
