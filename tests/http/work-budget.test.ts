import { parse } from 'graphql';
import { buildGraphQLSchema } from '../../src/app/schema';
import { operationCost } from '../../src/common/graphql-limits';
import { FILTER_WORK_LIMITS } from '../../src/geo/filter-work';
import { GeometryCost } from '../../src/geo/geometry-cost';
import { MemoryRateLimitStore } from '../../src/http/rate-limit';
import { authHeaders } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * Issue #27, item 2: work priced by what a request produces — list fields by the entries they return, CQL2
 * geometries by their vertices and the layer's rows — and a per-client budget of work per minute.
 */

let server: TestServer;
/** The same app with a small work budget: 5,000 units a minute anonymous, none authenticated. */
let budgeted: TestServer;
let geometryCost: GeometryCost;
beforeAll(async () => {
  server = await startTestServer();
  budgeted = await startTestServer({
    rateLimit: { limit: 0, windowMs: 60_000, store: new MemoryRateLimitStore(), workBudgetAnonymous: 5_000 },
  });
  geometryCost = new GeometryCost(server.dataSource, undefined, ['crime_incident', 'colonia']);
  await geometryCost.load();
});
afterAll(async () => {
  await budgeted.close();
  await server.close();
});

/** A LINESTRING of `n` vertices across the alcaldía, as CQL2 text. */
function line(n: number): string {
  const points = Array.from(
    { length: n },
    (_, i) => `${(-99.1 + (0.14 * i) / n).toFixed(6)} ${(19.3 + (0.1 * i) / n).toFixed(6)}`,
  );
  return `LINESTRING(${points.join(', ')})`;
}

async function ogc(target: TestServer, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${target.url}${path}`, { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text) };
}

describe('list fields priced by the entries they return', () => {
  it('prices CrimeStats.monthly at the 121 months of a 10-year window, not 25', async () => {
    const schema = await buildGraphQLSchema();
    const cost = (selection: string) =>
      operationCost(
        schema,
        parse(`{ territoriales { crime(from: "2015-01-15", to: "2025-01-14") { ${selection} } } }`),
        geometryCost.current(),
      );
    // One more scalar per month: 121 more units per territorial (25 territoriales assumed, an unpaginated list).
    const perMonthScalar = cost('monthly { month total highImpact }') - cost('monthly { month total }');
    expect(perMonthScalar).toBe(25 * 121);
    // byCategory: its 15 categories.
    expect(cost('byCategory { key count }') - cost('byCategory { key }')).toBe(25 * 15);
  });
});

describe('CQL2 geometries priced by their vertices and the layer rows', () => {
  it('counts the layers’ rows', () => {
    expect(geometryCost.rowsOf('colonia')).toBe(293);
    expect(geometryCost.rowsOf('crime_incident')).toBeGreaterThan(10_000);
  });

  it('refuses a 200-vertex S_DWITHIN over crime, anonymous (400 naming filter and the limit) and authenticated', async () => {
    const filter = encodeURIComponent(`S_DWITHIN(geometry, ${line(200)}, 500)`);
    const path = `/ogc/collections/crime/items?filter=${filter}&limit=10`;
    const anonymous = await ogc(server, path);
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.code).toBe('BAD_USER_INPUT');
    expect(anonymous.body.description).toMatch(/^filter geometries have/);
    expect(anonymous.body.description).toMatch(
      /200 positions .* over the limit of 1000000 for anonymous callers \(OGC_FILTER_MAX_WORK_ANONYMOUS\)/,
    );
    const analyst = await ogc(server, path, await authHeaders('ANALYST'));
    expect(analyst.status).toBe(400);
    expect(analyst.body.description).toMatch(/over the limit of 5000000 \(OGC_FILTER_MAX_WORK\)/);
  });

  it('accepts a bbox-sized polygon over crime, and many vertices over a small layer', async () => {
    const square = 'POLYGON((-99.06 19.35, -99.05 19.35, -99.05 19.36, -99.06 19.36, -99.06 19.35))';
    const crime = await ogc(
      server,
      `/ogc/collections/crime/items?filter=${encodeURIComponent(`S_INTERSECTS(geometry, ${square})`)}&limit=5`,
    );
    expect(crime.status).toBe(200);
    expect(crime.body.type).toBe('FeatureCollection');
    // 293 colonias × 1,000 positions = 293,000 units: allowed.
    const colonias = await ogc(
      server,
      `/ogc/collections/colonias/items?filter=${encodeURIComponent(`S_DWITHIN(geometry, ${line(1000)}, 10)`)}&limit=1`,
    );
    expect(colonias.status).toBe(200);
    expect(5 * geometryCost.rowsOf('crime_incident')).toBeLessThanOrEqual(FILTER_WORK_LIMITS.maxAnonymous);
  });
});

describe('a per-client budget of work per minute', () => {
  it('charges GraphQL costs and OGC pages to the IP; past the budget, 429 naming it with Retry-After', async () => {
    const query = '{ colonias(first: 100) { edges { node { id clave nombre territorial { id clave } } } } }';
    const cost = operationCost(await buildGraphQLSchema(), parse(query), geometryCost.current());
    const allowed = Math.floor(5_000 / cost);
    expect(allowed).toBeGreaterThanOrEqual(1);
    const answers = [];
    for (let i = 0; i <= allowed; i++) {
      const res = await fetch(`${budgeted.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      answers.push({ status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any });
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(allowed).fill(200), 429]);
    const refused = answers[allowed];
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.body.errors[0].message).toMatch(
      /Work budget exceeded: 5000 cost units per minute \(WORK_BUDGET_PER_MINUTE_ANONYMOUS\) for this client; this request costs \d+/,
    );
    expect(refused.body.data ?? null).toBeNull();

    // The same IP's OGC page (1,000 rows) is refused too, as JSON.
    const page = await ogc(budgeted, '/ogc/collections/colonias/items?limit=1000');
    expect(page.status).toBe(429);
    expect(page.body.code).toBe('TOO_MANY_REQUESTS');
    expect(page.body.description).toMatch(/WORK_BUDGET_PER_MINUTE_ANONYMOUS/);
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);

    // An authenticated caller has its own budget (none set here).
    const analyst = await ogc(budgeted, '/ogc/collections/colonias/items?limit=1000', await authHeaders('ANALYST'));
    expect(analyst.status).toBe(200);
  });
});
