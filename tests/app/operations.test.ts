import { startTestServer, type TestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

it('GET /healthz says the process is alive', async () => {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

it('GET /readyz checks the database and the migrations', async () => {
  const response = await fetch(`${server.url}/readyz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'current' });
});

it('gives every response a request id, and keeps a sane one from the caller', async () => {
  const generated = await fetch(`${server.url}/healthz`);
  expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  const given = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
  expect(given.headers.get('x-request-id')).toBe('abc-123');
  const hostile = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'a b<script>' } });
  expect(hostile.headers.get('x-request-id')).not.toBe('a b<script>');
});

it('answers malformed JSON with 400 and a JSON body, no stack', async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query": "{ territoriales { id } ',
  });
  expect(response.status).toBe(400);
  const body: any = await response.json();
  expect(body).toEqual({ code: 'BAD_USER_INPUT', description: 'The request body is not valid JSON' });
});

it('answers an oversize body with 413 and a JSON body', async () => {
  const query = `{ territoriales { id } } # ${'x'.repeat(1_100_000)}`; // over the 1 MB GRAPHQL_BODY_LIMIT
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(413);
  expect(((await response.json()) as any).code).toBe('PAYLOAD_TOO_LARGE');
});

it('answers unknown paths with 404 JSON', async () => {
  const response = await fetch(`${server.url}/nope`);
  expect(response.status).toBe(404);
  expect(((await response.json()) as any).code).toBe('NOT_FOUND');
});

it('answers a GraphQL syntax error and an unknown field without a stack or SQL', async () => {
  // Strings: malformed and invalid documents are the subject.
  const syntax = await server.gql('{ territoriales { ');
  expect(syntax.status).toBe(400);
  expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  const unknown = await server.gql('{ territoriales { curp } }');
  expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(JSON.stringify([syntax, unknown])).not.toMatch(/stack|SELECT/);
});
