import { authHeaders } from '../helpers/auth';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { factories } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { CachedCoverageDocument, CachedTerritorialesLayerDocument, UncachedLocateDocument } from '../graphql/generated';

/**
 * RESPONSE_CACHE=on: a public aggregate query is answered from the cache
 * (no SQL) until a committed write invalidates it; authenticated callers and
 * other queries are never cached. Off by default.
 */

const COVERAGE = CachedCoverageDocument;

let server: TestServer;
const saved = process.env.RESPONSE_CACHE;

/** Raw fetch, not TestServer.gql: the tests compare the answer's bytes and read the cache's headers. */
async function post(
  document: string | TypedDocumentNode<unknown, Record<string, never>>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document) }),
  });
  return {
    text: await response.text(),
    cache: response.headers.get('x-response-cache'),
    sqlStatements: Number(response.headers.get('x-sql-statements')),
  };
}

/** Asks until the cache has seen the write (the change feed is asynchronous), at most 10 s. */
async function untilMiss(query: TypedDocumentNode<unknown, Record<string, never>>) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answer = await post(query);
    if (answer.cache !== 'hit' || Date.now() > deadline) return answer;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('off by default', () => {
  beforeAll(async () => {
    delete process.env.RESPONSE_CACHE;
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers every request from the database', async () => {
    const first = await post(COVERAGE);
    const second = await post(COVERAGE);
    expect([first.cache, second.cache]).toEqual([null, null]);
    expect(second.sqlStatements).toBeGreaterThan(0);
  });
});

describe('RESPONSE_CACHE=on', () => {
  beforeAll(async () => {
    process.env.RESPONSE_CACHE = 'on';
    server = await startTestServer();
  });
  const make = factories(() => server, { checkWriteState: true });
  afterAll(async () => {
    await server.close();
    if (saved === undefined) delete process.env.RESPONSE_CACHE;
    else process.env.RESPONSE_CACHE = saved;
  });

  it('serves a public aggregate from the cache, without SQL, until a write invalidates it', async () => {
    const first = await post(COVERAGE);
    expect(first.cache).toBe('miss');
    expect(first.sqlStatements).toBeGreaterThan(0);
    const second = await post(COVERAGE);
    expect(second).toEqual({ text: first.text, cache: 'hit', sqlStatements: 0 });

    const before = JSON.parse(first.text).data.coverage;
    try {
      // A committed write the cache hears of (SQL, as any other writer's): one activity of a seeded beneficiary.
      await make.sql.activity({ heldOn: '2019-07-01', kind: 'SANITIZACION', peopleReached: 7 });
      const afterWrite = await untilMiss(COVERAGE);
      expect(afterWrite.cache).toBe('miss');
      expect(JSON.parse(afterWrite.text).data.coverage).toEqual({
        ...before,
        activities: before.activities + 1,
        peopleReached: before.peopleReached + 7,
      });
      expect((await post(COVERAGE)).cache).toBe('hit');
    } finally {
      await make.cleanUp(); // now, not after the test: the cache must forget it too
    }
    const afterDelete = await untilMiss(COVERAGE);
    expect(JSON.parse(afterDelete.text).data.coverage).toEqual(before);
  });

  it('passes a cached FeatureCollection through unchanged', async () => {
    const query = CachedTerritorialesLayerDocument;
    const first = await post(query);
    const second = await post(query);
    expect(second.cache).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(JSON.parse(second.text).data.featureCollection.features).toHaveLength(13);
  });

  it('never caches for an authenticated caller, nor queries outside the public aggregates', async () => {
    const headers = await authHeaders('ANALYST');
    await post(COVERAGE, headers);
    const analyst = await post(COVERAGE, headers);
    expect(analyst.cache).toBeNull();
    expect(analyst.sqlStatements).toBeGreaterThan(0);
    const locate = UncachedLocateDocument;
    await post(locate);
    expect((await post(locate)).cache).toBeNull();
  });

  it('does not store answers with errors', async () => {
    // A string: the literal unknown id is the bad input.
    const bad = `query { coverage(territorialId: "999999") { activities } }`;
    const first = await post(bad);
    const second = await post(bad);
    expect(JSON.parse(second.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect([first.cache, second.cache]).toEqual([null, null]);
  });
});
