import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { apiKeyLookups } from '../../src/auth/api-keys';
import { MemoryRateLimitStore } from '../../src/http/rate-limit';
import { nameProblem, PRINTABLE_NAME } from '../../src/common/text-input';
import { authHeaders } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { places, writeState, type Places } from '../helpers/write-fixtures';
import { expectError } from '../helpers/test-server';
import {
  HostileBeneficiaryCountDocument,
  HostileColoniaByClaveDocument,
  HostileCreateActivityDocument,
  HostileDeleteActivityDocument,
  HostileRenameColoniaDocument,
  HostileTerritorialByClaveDocument,
  TerritorialClavesDocument,
} from '../graphql/generated';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package (see src/auth/jwt.ts)
const { SignJWT }: typeof Jose = require('jose');

/**
 * Issue #15: hostile strings at every edge (one validation, src/common/text-input.ts), token
 * lifetime, failed-authentication limiting, and the messages of refusals.
 */

let server: TestServer;
let limited: TestServer;
let admin: Record<string, string>;
let at: Places;
const NUL = '\u0000';

beforeAll(async () => {
  server = await startTestServer();
  limited = await startTestServer({
    rateLimit: { limit: 0, windowMs: 60_000, store: new MemoryRateLimitStore(), authFailureLimit: 5 },
  });
  admin = await authHeaders('ADMIN', undefined, 'test:hostile-input');
  at = await places(server.dataSource);
});
afterAll(async () => {
  await server.dataSource.query(`DELETE FROM audit_log WHERE actor = 'test:hostile-input'`);
  await limited.close();
  await server.close();
});

async function sign(claims: Record<string, unknown>, times: { iat?: number; exp?: number; nbf?: number }) {
  const secret = new TextEncoder().encode(process.env.JWT_SECRET);
  const jwt = new SignJWT({ role: 'ANALYST', sub: 'test:jwt', ...claims }).setProtectedHeader({ alg: 'HS256' });
  if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
  if (times.nbf !== undefined) jwt.setNotBefore(times.nbf);
  return `Bearer ${await jwt.sign(secret)}`;
}
const now = () => Math.floor(Date.now() / 1000);

describe('NUL and other control characters are BAD_USER_INPUT at the edge, never an internal error', () => {
  it.each<[string, string | TypedDocumentNode<unknown, { c: string }>, { c: string } | undefined, string]>([
    // The literals' escapes are the hostile text under test: strings.
    ['colonia(clave:) literal', `{ colonia(clave: "a\\u0000b") { id } }`, undefined, 'clave'],
    ['territorial(clave:) literal', `{ territorial(clave: "TER-03\\u0000") { id } }`, undefined, 'clave'],
    ['colonia(clave:) variable', HostileColoniaByClaveDocument, { c: `x${NUL}` }, '$c'],
    ['an ESC in a variable', HostileTerritorialByClaveDocument, { c: '\u001b[31m' }, '$c'],
  ])('%s', async (_label, query, variables, argument) => {
    // Twice: the second time the server has the document cached (its literals are checked once per document).
    for (let attempt = 0; attempt < 2; attempt++) {
      const result =
        typeof query === 'string' ? await server.gql(query, variables) : await server.gql(query, variables!);
      expect(result.status).toBe(400);
      expectError(result, 'BAD_USER_INPUT', argument);
      expect(result.errors![0].message).toMatch(/control character \(U\+00(00|1B)\)/);
    }
  });

  it('GET /geojson/colonias?territorial=%00 and a NUL path segment: 400 naming the parameter', async () => {
    const response = await fetch(`${server.url}/geojson/colonias?territorial=%00`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'BAD_USER_INPUT',
      description: 'territorial contains a control character (U+0000)',
    });
    const path = await fetch(`${server.url}/ogc/collections/colonias%00/items`);
    expect(path.status).toBe(400);
  });

  it('updateColonia(nombre:) with NUL, ESC or a right-to-left override: refused, nothing written', async () => {
    const [colonia] = await server.dataSource.query(`SELECT id, version FROM colonia WHERE id = $1`, [
      at.ter03.coloniaId,
    ]);
    const before = await writeState(server.dataSource);
    for (const nombre of [`San${NUL}Miguel`, 'San \u001b[2J Miguel', 'San Miguel \u202Eevil', 'a\u2066b']) {
      const result = await server.gql(
        HostileRenameColoniaDocument,
        { id: String(colonia.id), v: colonia.version, n: nombre },
        admin,
      );
      expectError(result, 'BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(/^(\$n|nombre)/);
    }
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it('the name rule: one control character is no longer let through, bidi controls are refused, real names pass', () => {
    for (const bad of ['\u001b', 'ab\u0000cd', 'x\u0007', '\u202Eabc', 'abc\u2069', '   ', '\u200b']) {
      expect(PRINTABLE_NAME.test(bad)).toBe(false);
      expect(nameProblem(bad)).not.toBeNull();
    }
    for (const good of [
      'Santa Cruz Meyehualco',
      'Ampliación Paraje San Juan',
      "O'Higgins",
      'U. H. Vicente Guerrero 1ª',
    ]) {
      expect(PRINTABLE_NAME.test(good)).toBe(true);
      expect(nameProblem(good)).toBeNull();
    }
  });

  it('a feature name with NUL in POST /import/ecos: the feature is rejected with the reason, nothing written', async () => {
    const before = await writeState(server.dataSource);
    const feature = (nombre: string) => ({
      type: 'Feature',
      properties: { nombre, programYear: 2020, sessions: 1, participants: 1 },
      geometry: at.ter03.point,
    });
    const response = await fetch(`${server.url}/import/ecos?dry_run=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/geo+json', ...admin },
      body: JSON.stringify({ type: 'FeatureCollection', features: [feature(`ECOS${NUL}1`), feature('ECOS \u202E2')] }),
    });
    expect(response.status).toBe(422);
    const report: any = await response.json();
    expect(report.rejected).toBe(2);
    expect(report.outcomes[0].reasons).toEqual(['field nombre contains a control character (U+0000)']);
    expect(report.outcomes[1].reasons[0]).toContain('bidirectional-text control (U+202E)');
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it('a JWT territorial (or sub) claim with NUL: 401, not an internal error', async () => {
    for (const claims of [{ role: 'OPERATOR', territorial: `TER-03${NUL}` }, { sub: `a${NUL}` }]) {
      const authorization = await sign(claims, { iat: now(), exp: now() + 600 });
      const result = await server.gql(TerritorialClavesDocument, {}, { authorization });
      expect(result.status).toBe(401);
      expect(result.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors![0].message).toMatch(/claim contains a control character \(U\+0000\)/);
    }
  });
});

describe('token lifetime: at most JWT_MAX_LIFETIME_SECONDS (24 h), iat and nbf checked', () => {
  it.each([
    [
      'valid until the year 2500',
      { iat: now(), exp: Date.UTC(2500, 0, 1) / 1000 },
      /lifetime .* over the maximum of 86400 s/,
    ],
    ['25 h of lifetime', { iat: now(), exp: now() + 25 * 3600 }, /over the maximum of 86400 s/],
    ['no iat', { exp: now() + 600 }, /iat/],
    ['no exp', { iat: now() }, /exp/],
    ['expired', { iat: now() - 600, exp: now() - 1 }, /expired/],
    ['iat in the future', { iat: now() + 3600, exp: now() + 7200 }, /iat/],
    ['issued two days ago', { iat: now() - 2 * 86_400, exp: now() + 600 }, /issued more than 86400 s ago/],
    ['nbf in the future', { iat: now(), exp: now() + 7200, nbf: now() + 3600 }, /not valid yet/],
  ])('%s: 401', async (_label, times, message) => {
    const result = await server.gql(TerritorialClavesDocument, {}, { authorization: await sign({}, times) });
    expect(result.status).toBe(401);
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.errors![0].message).toMatch(message);
  });

  it('a token of 24 h with a past nbf is accepted', async () => {
    const authorization = await sign({}, { iat: now(), exp: now() + 86_400, nbf: now() - 5 });
    const result = await server.gql(HostileBeneficiaryCountDocument, {}, { authorization });
    expect(result.errors).toBeUndefined();
  });
});

describe('failed authentication is rate-limited per IP', () => {
  it('bad API keys count, the same bad key is looked up once, and past the limit credentials get 429', async () => {
    const wrong = `tk_${'A'.repeat(43)}`;
    const lookups = apiKeyLookups.count;
    for (let i = 0; i < 5; i += 1) {
      const result = await limited.gql(TerritorialClavesDocument, {}, { 'x-api-key': wrong });
      expect(result.status).toBe(401);
    }
    expect(apiKeyLookups.count - lookups).toBe(1); // negative lookups are cached
    const refused = await fetch(`${limited.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': wrong },
      body: JSON.stringify({ query: '{ territoriales { clave } }' }),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    // Even a valid token from that address waits (a guessing client cannot tell a hit), REST too …
    const valid = await limited.gql(TerritorialClavesDocument, {}, admin);
    expect(valid.status).toBe(429);
    expect(
      (await fetch(`${limited.url}/geojson/colonias`, { headers: { authorization: 'Bearer x.y.z' } })).status,
    ).toBe(429);
    // … while anonymous requests are still served.
    expect((await limited.gql(TerritorialClavesDocument)).status).toBe(200);
    expect(apiKeyLookups.count - lookups).toBe(1);
  });
});

describe('messages', () => {
  it('PUBLIC calling createActivity is told it needs OPERATOR', async () => {
    const result = await server.gql(HostileCreateActivityDocument, {
      i: {
        heldOn: '2021-03-15',
        beneficiaryId: String(at.beneficiary03),
        kind: 'ASAMBLEA_COMUNITARIA',
        peopleReached: 1,
      },
    });
    expectError(result, 'UNAUTHENTICATED');
    expect(result.errors![0].message).toContain('requires the OPERATOR role');
    const analyst = await server.gql(HostileDeleteActivityDocument, {}, await authHeaders('ANALYST'));
    expect(analyst.errors![0].message).toContain('requires the OPERATOR role');
  });

  it('depth and fragment-bomb refusals are validation errors, not "Syntax Error:"', async () => {
    // Strings: the over-deep and fragment-bomb documents are the subject.
    let selection = 'clave';
    for (let i = 0; i < 6; i += 1) selection = `colonias { territorial { ${selection} } }`;
    const deep = await server.gql(`{ territoriales { ${selection} } }`);
    expect(deep.status).toBe(400);
    expect(deep.errors![0].message).toMatch(/depth/i);
    expect(deep.errors![0].message).not.toMatch(/^Syntax Error/);
    expect(deep.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: clave`).join(' ');
    const bomb = await server.gql(
      `{ territoriales { ...A ...B } } fragment A on Territorial { ${aliases} } fragment B on Territorial { ${aliases.replace(/a(\d)/g, 'b$1')} ...A }`,
    );
    expect(bomb.status).toBe(400);
    expect(bomb.errors![0].message).toMatch(/alias/i);
    expect(bomb.errors![0].message).not.toMatch(/^Syntax Error/);
  });

  it("an OPERATOR cannot record an activity for another territorial's beneficiary, even in its own colonia", async () => {
    const before = await writeState(server.dataSource);
    const result = await server.gql(
      HostileCreateActivityDocument,
      {
        i: {
          heldOn: '2021-03-15',
          beneficiaryId: String(at.beneficiary04),
          coloniaId: String(at.ter03.coloniaId),
          kind: 'ASAMBLEA_COMUNITARIA',
          peopleReached: 3,
        },
      },
      await authHeaders('OPERATOR', 'TER-03', 'test:hostile-input'),
    );
    expectError(result, 'FORBIDDEN', 'beneficiaryId');
    expect(await writeState(server.dataSource)).toEqual(before);
  });
});
