import { createClient } from 'redis';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { authHeaders } from '../helpers/auth';
import {
  ColoniaPagesOverCostDocument,
  DashboardColoniasDocument,
  SchemaTypeNamesDocument,
  TerritorialIdsDocument,
} from '../graphql/generated';
import { GRAPHQL_LIMITS } from '../../src/common/graphql-limits';
import { formatGraphQLError } from '../../src/common/graphql-errors';
import { MemoryRateLimitStore, RedisRateLimitStore } from '../../src/http/rate-limit';
import { GraphQLError } from 'graphql';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function expectRejected(
  result: { status: number; errors?: { message: string; extensions?: { code?: string } }[] },
  pattern: RegExp,
) {
  expect(result.status).toBe(400);
  expect(result.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
  expect(result.errors?.[0]?.message).toMatch(pattern);
}

// The documents built in code below stay strings: their size and shape are what the limits are tested on.
describe('GraphQL operation limits', () => {
  it('rejects a query deeper than the limit', async () => {
    // territorial → colonias → territorial → colonias … past the maximum depth.
    let selection = 'id';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth; i++)
      selection = i % 2 === 0 ? `colonias { ${selection} }` : `territorial { ${selection} }`;
    expectRejected(await server.gql(`{ territoriales { ${selection} } }`), /depth/i);
  });

  it('rejects more aliases than the limit', async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: territoriales { id }`).join(
      ' ',
    );
    expectRejected(await server.gql(`{ ${aliases} }`), /alias/i);
  });

  it('rejects more directives than the limit', async () => {
    const directives = Array.from({ length: GRAPHQL_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expectRejected(await server.gql(`{ territoriales ${directives} { id } }`), /directive/i);
  });

  it('rejects more tokens than the limit while parsing', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'id').join(' ');
    expectRejected(await server.gql(`{ territoriales { ${fields} } }`), /tokens/i);
  });

  it('rejects, before running it, a query whose lists multiply past the cost limit', async () => {
    // Within the depth and alias limits, but it would resolve millions of fields.
    const wide = Array.from(
      { length: 14 },
      (_, i) =>
        `w${i}: territoriales { colonias { territorial { colonias { territorial { colonias { id clave nombre areaKm2 bbox } } } } } }`,
    ).join(' ');
    const result = await server.gql(`{ ${wide} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/Query cost \d+ is over the limit/);
    expect(result.sqlStatements).toBe(0);
    // Big pages count too.
    const pages = await server.gql(ColoniaPagesOverCostDocument, {}, await authHeaders('ANALYST'));
    expect(pages.errors?.[0]?.message).toMatch(/Query cost/);
  });

  it('accepts the heavy queries a dashboard really sends', async () => {
    const result = await server.gql(DashboardColoniasDocument);
    expect(result.errors).toBeUndefined();
  });

  it('refuses batched operations (a JSON array body)', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ territoriales { id } }' }, { query: '{ territoriales { id } }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/"data"/);
  });

  it('caps page sizes', async () => {
    // A string: the literal page size is the bad input under test.
    const result = await server.gql('{ colonias(first: 100000) { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/first must be between 1 and 500/);
  });
});

describe('rate limiting', () => {
  it('answers 429 with a JSON body past the limit, per client (token subject, else IP)', async () => {
    const limited = await startTestServer({
      rateLimit: { limit: 5, windowMs: 60_000, store: new MemoryRateLimitStore() },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await fetch(`${limited.url}/geojson/territoriales`)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const refused = await fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ territoriales { id } }"}',
      });
      expect(refused.status).toBe(429);
      expect(await refused.json()).toEqual({
        code: 'TOO_MANY_REQUESTS',
        description: expect.stringMatching(/5 requests per minute/),
      });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('ratelimit-remaining')).toBe('0');
      // Another client (a token holder) has its own budget.
      const other = await limited.gql(
        TerritorialIdsDocument,
        {},
        await authHeaders('ANALYST', undefined, 'other-client'),
      );
      expect(other.status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('shares counts through Redis, so several replicas enforce one limit', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const key = `test-${process.pid}-${Date.now()}`;
    const replicaA = new RedisRateLimitStore(url);
    const replicaB = new RedisRateLimitStore(url);
    try {
      expect((await replicaA.hit(key, 10_000)).count).toBe(1);
      expect((await replicaB.hit(key, 10_000)).count).toBe(2);
      const third = await replicaA.hit(key, 10_000);
      expect(third.count).toBe(3);
      expect(third.resetAt).toBeGreaterThan(Date.now());
      expect(third.resetAt).toBeLessThanOrEqual(Date.now() + 10_000);
    } finally {
      const client = createClient({ url });
      await client.connect();
      await client.del(`territorio:ratelimit:${key}`);
      await client.quit();
      await replicaA.close();
      await replicaB.close();
    }
  });
});

describe('HTTP hardening', () => {
  it('sends security headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers CORS only for allowed origins', async () => {
    const local = await fetch(`${server.url}/geojson/territoriales`, { headers: { origin: 'http://localhost:5173' } });
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const evil = await fetch(`${server.url}/geojson/territoriales`, { headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sets a statement_timeout on database connections (a real PostgreSQL; PGlite enforces none)', async () => {
    const [{ statement_timeout }] = await server.dataSource.query('SHOW statement_timeout');
    // The embedded PGlite ignores startup options and, single-threaded, cannot cancel a
    // running statement: there the HTTP request timeout below is the only guard.
    expect(statement_timeout).toBe(process.env.TERRITORIO_TEST_DB === 'embedded' ? '0' : '15s');
  });

  it('stops a request that runs past REQUEST_TIMEOUT_MS with 503 and a JSON body', async () => {
    process.env.REQUEST_TIMEOUT_MS = '1';
    const slow = await startTestServer();
    delete process.env.REQUEST_TIMEOUT_MS;
    try {
      const response = await fetch(`${slow.url}/geojson/colonias`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        description: 'The request took longer than 1 ms and was stopped',
      });
    } finally {
      await slow.close();
    }
  });

  it('masks unexpected errors: no stack, no SQL, no internals', () => {
    const internal = new Error(
      'duplicate key value violates unique constraint "colonia_clave_key" SELECT * FROM colonia',
    );
    const formatted = formatGraphQLError(
      { message: internal.message, extensions: { stacktrace: ['at x'] } },
      new GraphQLError(internal.message, { originalError: internal }),
    );
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('production mode', () => {
  const saved = process.env.NODE_ENV;
  afterAll(() => {
    process.env.NODE_ENV = saved;
  });

  it('turns off introspection, the landing page and field suggestions', async () => {
    process.env.NODE_ENV = 'production';
    const production = await startTestServer();
    process.env.NODE_ENV = saved;
    try {
      const introspection = await production.gql(SchemaTypeNamesDocument);
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      const landing = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(landing.headers.get('content-type')).not.toMatch(/html/);
      expect(await landing.text()).not.toMatch(/<html/i);
      // A string: a misspelt field, an invalid document.
      const typo = await production.gql('{ territorialez { id } }');
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await production.close();
    }
  });
});
