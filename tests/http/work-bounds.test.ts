import { parse } from 'graphql';
import { buildGraphQLSchema } from '../../src/app/schema';
import {
  cachedOperationCost,
  COST_ARGUMENTS,
  GRAPHQL_LIMITS,
  operationCost,
  type VertexEstimates,
} from '../../src/common/graphql-limits';
import { runInRequestScope, type RequestScope } from '../../src/common/request-context';
import { stopRequest } from '../../src/common/request-stop';
import { GeometryCost } from '../../src/geo/geometry-cost';
import { authHeaders } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  TerritorialesAndColoniasPreciseGeometryDocument,
  TerritorialesPreciseGeometryDocument,
} from '../graphql/generated';
import { reloadConfig } from '../../src/config/config';

/**
 * Issue #15: work bounded per request before execution — geometry priced by its vertices,
 * nested lists by their page sizes, a lower budget for anonymous callers — a response byte
 * cap that stops execution, and a stop (timeout) that refuses further statements and
 * cancels running ones.
 */

let server: TestServer;
let vertices: VertexEstimates;
let schema: Awaited<ReturnType<typeof buildGraphQLSchema>>;

// The cost model's documents stay strings: they are built in code and priced (operationCost) as well as sent.
// The probe's query: 597 bytes, 168 MB of answer, 8.3 s, 2.2 GB of memory before this fix.
const DOS_ALIAS = (i: number) =>
  `a${i}: colonias(first: 500) { edges { node { territorial { colonias { geometry(precision: 15) territorial { geometry(precision: 15) } } } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  const cost = new GeometryCost(server.dataSource);
  await cost.load();
  vertices = cost.current();
  schema = await buildGraphQLSchema();
});
afterAll(async () => {
  delete process.env.MAX_RESPONSE_BYTES;
  await server.close();
});

const costOf = (query: string, variables?: Record<string, unknown>) =>
  operationCost(schema, parse(query), vertices, variables);

describe('the cost model', () => {
  it('prices geometry by the vertices PostGIS counts, and precision raises it', async () => {
    const [row] = await server.dataSource.query(
      `SELECT ceil(avg(ST_NPoints(geom)))::int AS colonia, (SELECT ceil(avg(ST_NPoints(geom)))::int FROM territorial) AS territorial FROM colonia`,
    );
    expect(vertices.perFeature).toMatchObject({ Colonia: row.colonia, Territorial: row.territorial });
    const scalar = costOf('{ territoriales { clave } }');
    const geometry = costOf('{ territoriales { geometry } }');
    const precise = costOf('{ territoriales { geometry(precision: 15) } }');
    expect(geometry - scalar).toBeGreaterThanOrEqual(25 * (row.territorial - 1));
    expect(precise).toBeGreaterThan(geometry);
    expect(costOf('{ featureCollection(layer: COLONIAS) }')).toBeGreaterThan(vertices.perLayer.COLONIAS);
  });

  it.each([4, 15])(
    'the DoS query under %i aliases is refused before executing (no SQL statement), even authenticated',
    async (aliases) => {
      const query = `{ ${Array.from({ length: aliases }, (_, i) => DOS_ALIAS(i)).join(' ')} }`;
      expect(costOf(query)).toBeGreaterThan(GRAPHQL_LIMITS.maxCost);
      for (const headers of [{}, await authHeaders('ADMIN')]) {
        const result = await server.gql(query, undefined, headers);
        expect(result.status).toBe(400);
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors![0].message).toMatch(/^Query cost \d+ is over the limit of \d+/);
        expect(result.sqlStatements).toBe(0);
      }
    },
  );

  it('a cost remembered per document is the cost computed afresh, for every argument and directive it reads', () => {
    // Each document binds a variable to one argument the estimators read (or to a directive): the cached cost must
    // follow that variable. `lon`/`lat` are read by no estimator: they must not split the cache (same cost).
    const cases: [string, Record<string, unknown>[]][] = [
      [
        'query C($first: Int, $p: Int) { colonias(first: $first) { edges { node { geometry(precision: $p) } } } }',
        [
          { first: 10, p: 6 },
          { first: 500, p: 6 },
          { first: 10, p: 15 },
          { first: 10, p: 6 },
        ],
      ],
      ['query L($last: Int) { colonias(last: $last) { edges { node { clave } } } }', [{ last: 5 }, { last: 400 }]],
      [
        'query F($layer: Layer!, $p: Int) { featureCollection(layer: $layer, precision: $p) }',
        [{ layer: 'COLONIAS' }, { layer: 'TERRITORIALES' }, { layer: 'COLONIAS', p: 15 }],
      ],
      [
        'query S($with: Boolean!) { territoriales { clave geometry @include(if: $with) } }',
        [{ with: false }, { with: true }, { with: false }],
      ],
      [
        'query M($points: [PointInput!]!) { locateMany(points: $points) { colonia { clave } } }',
        [
          { points: [{ lon: -99.06, lat: 19.35 }] },
          { points: Array.from({ length: 10_000 }, () => ({ lon: -99.06, lat: 19.35 })) },
          { points: [{ lon: -99.07, lat: 19.36 }] },
        ],
      ],
      [
        'query Q2($lon: Float!, $lat: Float!) { locate(lon: $lon, lat: $lat) { colonia { id } } }',
        [
          { lon: -99.06, lat: 19.35 },
          { lon: -99.07, lat: 19.36 },
        ],
      ],
    ];
    expect([...COST_ARGUMENTS].sort()).toEqual(['first', 'last', 'layer', 'limit', 'points', 'precision']);
    const cached = cachedOperationCost();
    for (const [query, variableSets] of cases) {
      const document = parse(query);
      const costs = variableSets.map((variables) => {
        const fresh = operationCost(schema, document, vertices, variables);
        expect(cached(schema, document, vertices, variables)).toBe(fresh);
        return fresh;
      });
      if (query.startsWith('query Q2')) expect(new Set(costs).size).toBe(1);
      else expect(new Set(costs).size).toBeGreaterThan(1);
    }
  });

  it('a stale vertex estimate is refreshed outside the request that noticed it (not one of its statements)', async () => {
    const stale = new GeometryCost(server.dataSource, -1); // every call finds the estimates stale
    const scope: RequestScope = { requestId: 'test:refresh', sqlStatements: 0, readOnly: true };
    await runInRequestScope(scope, () => stale.load());
    expect(scope.sqlStatements).toBe(1); // measured inside the scope: counted (the test can fail)
    runInRequestScope(scope, () => stale.current());
    await stale.whenRefreshed();
    expect(scope.sqlStatements).toBe(1);
    expect(stale.current().perFeature).toEqual(vertices.perFeature);
  });

  it('one alias of the DoS query is refused too: repeated relations multiply', () => {
    expect(costOf(`{ ${DOS_ALIAS(0)} }`)).toBeGreaterThan(GRAPHQL_LIMITS.maxCostAnonymous);
  });

  it('anonymous callers get a lower budget than authenticated ones', async () => {
    expect(GRAPHQL_LIMITS.maxCostAnonymous).toBeLessThan(GRAPHQL_LIMITS.maxCost);
    // The fewest aliases of a page of territorial geometry over the anonymous budget (the data decides how many).
    // Precision 1: the cost counts vertices whatever the precision, and the answer stays under the byte cap.
    const alias = (i: number) =>
      `c${i}: colonias(first: 500) { edges { node { territorial { geometry(precision: 1) } } } }`;
    const queryOf = (k: number) => `{ ${Array.from({ length: k }, (_, i) => alias(i)).join(' ')} }`;
    const k = Array.from({ length: 15 }, (_, i) => i + 1).find(
      (count) => costOf(queryOf(count)) > GRAPHQL_LIMITS.maxCostAnonymous,
    )!;
    const q = queryOf(k);
    expect(costOf(q)).toBeGreaterThan(GRAPHQL_LIMITS.maxCostAnonymous);
    expect(costOf(q)).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
    const anonymous = await server.gql(q);
    expect(anonymous.status).toBe(400);
    expect(anonymous.errors![0].message).toMatch(/for anonymous callers/);
    expect(anonymous.sqlStatements).toBe(0);
    const analyst = await server.gql(q, undefined, await authHeaders('ANALYST'));
    expect(analyst.errors).toBeUndefined();
  });
});

describe('the response byte cap stops execution', () => {
  it('past MAX_RESPONSE_BYTES: one PAYLOAD_TOO_LARGE error, HTTP 413, no partial answer', async () => {
    process.env.MAX_RESPONSE_BYTES = '20000';
    reloadConfig();
    try {
      const result = await server.gql(TerritorialesAndColoniasPreciseGeometryDocument);
      expect(result.status).toBe(413);
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        {
          message: expect.stringMatching(/larger than 20000 bytes/),
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ]);
    } finally {
      delete process.env.MAX_RESPONSE_BYTES;
      reloadConfig();
    }
    const whole = await server.gql(TerritorialesPreciseGeometryDocument);
    expect(whole.errors).toBeUndefined();
  });
});

describe('a stopped request (timeout) does no more work', () => {
  it('refuses its further statements and cancels the running one on PostgreSQL', async () => {
    const scope: RequestScope = { requestId: 'test-stop', sqlStatements: 0 };
    const embedded = process.env.TERRITORIO_TEST_DB === 'embedded';
    const seconds = embedded ? 0.2 : 30;
    const running = runInRequestScope(scope, () =>
      server.dataSource.query(`SELECT pg_sleep(${seconds}) AS slept`).then(
        () => 'finished',
        (error: { driverError?: { code?: string } }) => error.driverError?.code ?? String(error),
      ),
    );
    // Let the statement reach the server, then stop the request as the timeout does.
    await new Promise((resolve) => setImmediate(resolve));
    await runInRequestScope(scope, async () => {
      while (![...(scope.clients ?? [])].some((c) => (c as { activeQuery?: unknown }).activeQuery)) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    stopRequest(scope, 'timeout', 'The request took longer than 1 ms and was stopped');
    // Real PostgreSQL: 57014 query_canceled long before the 30 s sleep ends. PGlite cannot cancel: the statement
    // runs to its end (there the cost model bounds it before it starts).
    expect(await running).toBe(embedded ? 'finished' : '57014');
    await expect(runInRequestScope(scope, () => server.dataSource.query('SELECT 1'))).rejects.toThrow(
      'The request took longer than 1 ms and was stopped',
    );
    expect(await server.dataSource.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});
