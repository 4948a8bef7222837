import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { authHeaders } from '../helpers/auth';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AccessActivitiesDocument,
  AccessAliasedBeneficiariesDocument,
  AccessBeneficiaryByIdDocument,
  AccessColoniasConnectionBeneficiariesDocument,
  AccessEcosFacilitatorsDocument,
  AccessFragmentBeneficiariesDocument,
  AccessInlineFragmentBeneficiariesDocument,
  AccessPeopleDocument,
  AccessTerritorialBeneficiariesDocument,
  AccessTerritorialColoniaBeneficiariesDocument,
  AllBeneficiaryCurpsDocument,
  AnalystBeneficiariesDocument,
  BeneficiaryCurpsByTerritorialDocument,
  ColoniaBreakdownsDocument,
  PublicAggregatesDocument,
  Ter03AddressesDocument,
  Ter03BeneficiaryCurpsDocument,
  Ter03BirthDatesDocument,
  Ter03CurpsDocument,
  Ter03FullNamesDocument,
  Ter03PhonesDocument,
  TerritorialCurpsDocument,
  TerritorialPersonalDataDocument,
} from '../graphql/generated';
import { createApiKey } from '../../src/auth/api-keys';
import { loadAuthConfig } from '../../src/auth/auth-config';
import { createPersonalDataLoader } from '../../src/beneficiary/beneficiary-personal-data.loader';
import { Role } from '../../src/auth/role';
import { runTokenCli } from '../../src/auth/token.cli';
import { reloadConfig } from '../../src/config/config';

let server: TestServer;
let ter03: number;
beforeAll(async () => {
  server = await startTestServer();
  ter03 = (await server.dataSource.query(`SELECT id FROM territorial WHERE clave = 'TER-03'`))[0].id;
});
afterAll(async () => {
  await server.close();
});

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function hs256(header: object, payload: object, secret = process.env.JWT_SECRET as string): string {
  const body = `${b64(header)}.${b64(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}
const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;
const PEOPLE = AccessPeopleDocument;
/** A read without variables whose answer the test only searches for rows. */
type Read = TypedDocumentNode<unknown, Record<string, never>>;

describe('identity: bad credentials are refused, never downgraded to PUBLIC', () => {
  const cases: [string, () => string][] = [
    [
      'wrong signature',
      () =>
        hs256(
          { alg: 'HS256', typ: 'JWT' },
          { sub: 'x', role: 'ADMIN', exp: inOneHour() },
          'another-secret-another-secret-another-secret',
        ),
    ],
    [
      'expired',
      () => hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'x', role: 'ADMIN', exp: Math.floor(Date.now() / 1000) - 60 }),
    ],
    ['alg none', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', role: 'ADMIN', exp: inOneHour() })}.`],
    [
      'unknown territorial',
      () => hs256({ alg: 'HS256' }, { sub: 'x', role: 'OPERATOR', territorial: 'TER-99', exp: inOneHour() }),
    ],
    ['OPERATOR without territorial', () => hs256({ alg: 'HS256' }, { sub: 'x', role: 'OPERATOR', exp: inOneHour() })],
    ['unknown role', () => hs256({ alg: 'HS256' }, { sub: 'x', role: 'SUPERUSER', exp: inOneHour() })],
    ['no expiry', () => hs256({ alg: 'HS256' }, { sub: 'x', role: 'ADMIN' })],
    ['RS256 header on an HMAC token', () => hs256({ alg: 'RS256' }, { sub: 'x', role: 'ADMIN', exp: inOneHour() })],
    ['garbage', () => 'not.a.token'],
  ];
  it.each(cases)('%s → 401 UNAUTHENTICATED', async (_name, token) => {
    const result = await server.gql(PEOPLE, {}, { authorization: `Bearer ${token()}` });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
  });

  it('refuses a tampered role (payload changed, signature kept)', async () => {
    const [header, , signature] = (await authHeaders('ANALYST')).authorization.slice(7).split('.');
    const tampered = `${header}.${b64({ sub: 'x', role: 'ADMIN', exp: inOneHour() })}.${signature}`;
    const result = await server.gql(PEOPLE, {}, { authorization: `Bearer ${tampered}` });
    expect(result.status).toBe(401);
  });

  it('refuses a malformed Authorization header and token + key together; REST answers 401 JSON', async () => {
    expect((await server.gql(PEOPLE, {}, { authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);
    const both = await server.gql(PEOPLE, {}, { ...(await authHeaders('ANALYST')), 'x-api-key': 'tk_x' });
    expect(both.status).toBe(401);
    const rest = await fetch(`${server.url}/geojson/colonias`, { headers: { authorization: 'Bearer nope.nope.nope' } });
    expect(rest.status).toBe(401);
    expect(await rest.json()).toEqual({ code: 'UNAUTHENTICATED', description: expect.any(String) });
  });

  it('accepts API keys (stored hashed) and refuses unknown or revoked ones', async () => {
    const key = await createApiKey(server.dataSource, 'test-analyst-system', Role.ANALYST, null);
    try {
      const stored = await server.dataSource.query(`SELECT key_hash FROM api_key WHERE name = 'test-analyst-system'`);
      expect(stored[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored[0].key_hash).not.toContain(key.slice(3));
      const ok = await server.gql(PEOPLE, {}, { 'x-api-key': key });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.beneficiaries.totalCount).toBe(1280);
      expect((await server.gql(PEOPLE, {}, { 'x-api-key': `${key.slice(0, -2)}xx` })).status).toBe(401);
      await server.dataSource.query(`UPDATE api_key SET revoked_at = now() WHERE name = 'test-analyst-system'`);
      expect((await server.gql(PEOPLE, {}, { 'x-api-key': key })).status).toBe(401);
    } finally {
      await server.dataSource.query(`DELETE FROM api_key WHERE name = 'test-analyst-system'`);
    }
  });
});

describe('PUBLIC: territory, geometry and aggregates, no person-level rows on any path', () => {
  it('reads coverage and geometry without credentials', async () => {
    const result = await server.gql(PublicAggregatesDocument);
    expect(result.errors).toBeUndefined();
    expect(result.data.programSummary.beneficiaries.total).toBe(1280);
    expect(result.data.territorial!.geometry.type).toBe('MultiPolygon');
  });

  it.each<[string, Read]>([
    ['the list', PEOPLE],
    ['one by id', AccessBeneficiaryByIdDocument],
    ['territorial → beneficiaries', AccessTerritorialBeneficiariesDocument],
    ['territorial → colonias → beneficiaries', AccessTerritorialColoniaBeneficiariesDocument],
    ['colonias connection → beneficiaries', AccessColoniasConnectionBeneficiariesDocument],
    ['ECOS → facilitators', AccessEcosFacilitatorsDocument],
    ['activities', AccessActivitiesDocument],
    ['an alias', AccessAliasedBeneficiariesDocument],
    ['a fragment', AccessFragmentBeneficiariesDocument],
    ['an inline fragment on a territorial', AccessInlineFragmentBeneficiariesDocument],
  ])('refuses %s with UNAUTHENTICATED and returns no row', async (_name, query) => {
    const result = await server.gql(query);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.errors!.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    expect(JSON.stringify(result.data ?? null)).not.toMatch(/BEN-\d{4}/);
  });

  it('suppresses small breakdown cells (1–4 people) for PUBLIC, not for ANALYST', async () => {
    const pub = await server.gql(ColoniaBreakdownsDocument);
    const analyst = await server.gql(ColoniaBreakdownsDocument, {}, await authHeaders('ANALYST'));
    expect(pub.errors).toBeUndefined();
    let suppressed = 0;
    pub.data.colonias.edges.forEach((edge, i) => {
      const exact = analyst.data.colonias.edges[i].node.coverage.beneficiaries;
      const shown = edge.node.coverage.beneficiaries;
      expect(shown.total).toBe(exact.total);
      for (const name of ['bySex', 'byAgeGroup'] as const) {
        const cells: { key: string; count: number | null }[] = shown[name];
        cells.forEach((cell, j) => {
          const real = exact[name][j].count!;
          if (real >= 1 && real <= 4) expect(cell.count).toBeNull();
          if (cell.count === null) suppressed += 1;
          else expect(cell.count).toBe(real);
        });
        // Never exactly one hidden cell: it could be derived from the total.
        expect(cells.filter((c) => c.count === null).length).not.toBe(1);
      }
    });
    expect(suppressed).toBeGreaterThan(0);
  });
});

describe('ANALYST: person-level rows without personal data', () => {
  it('reads beneficiaries, activities and facilitators but not CURP, name, phone, address or birth date', async () => {
    const headers = await authHeaders('ANALYST');
    const ok = await server.gql(AnalystBeneficiariesDocument, {}, headers);
    expect(ok.errors).toBeUndefined();
    const personalReads: Read[] = [
      Ter03CurpsDocument,
      Ter03FullNamesDocument,
      Ter03PhonesDocument,
      Ter03AddressesDocument,
      Ter03BirthDatesDocument,
    ];
    for (const read of personalReads) {
      const result = await server.gql(read, {}, headers);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(result.data)).not.toMatch(/DEMO|\d{10}/);
    }
  });
});

describe('OPERATOR: personal data of its own territorial only', () => {
  it('reads the CURP of TER-03 beneficiaries and not of another territorial', async () => {
    const headers = await authHeaders('OPERATOR', 'TER-03');
    const own = await server.gql(TerritorialPersonalDataDocument, { clave: 'TER-03' }, headers);
    expect(own.errors).toBeUndefined();
    const expected = await server.dataSource.query(
      'SELECT id, curp FROM beneficiary WHERE territorial_id = $1 ORDER BY folio',
      [ter03],
    );
    expect(own.data.territorial!.beneficiaries.map((b) => [Number(b.id), b.curp])).toEqual(
      expected.map((r: any) => [r.id, r.curp]),
    );

    const other = await server.gql(TerritorialCurpsDocument, { clave: 'TER-04' }, headers);
    expect(other.errors?.length).toBeGreaterThan(0);
    expect(other.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(other.data.territorial!.beneficiaries.every((b) => b.curp === null)).toBe(true);

    const mixed = await server.gql(BeneficiaryCurpsByTerritorialDocument, {}, headers);
    for (const { node } of mixed.data.beneficiaries.edges) {
      if (node.territorial.clave === 'TER-03') expect(node.curp).toMatch(/^[A-Z0-9]{18}$/);
      else expect(node.curp).toBeNull();
    }
  });

  it('is scoped in SQL too: the personal-data loader returns nothing outside the territorial', async () => {
    const ids: number[] = (
      await server.dataSource.query('SELECT id FROM beneficiary WHERE territorial_id <> $1 LIMIT 5', [ter03])
    ).map((r: any) => r.id);
    const operatorLoader = createPersonalDataLoader(server.dataSource, {
      role: Role.OPERATOR,
      subject: 't',
      via: 'jwt',
      territorialId: ter03,
      territorialClave: 'TER-03',
    });
    expect(await operatorLoader.loadMany(ids)).toEqual(ids.map(() => null));
    const analystLoader = createPersonalDataLoader(server.dataSource, { role: Role.ANALYST, subject: 't', via: 'jwt' });
    expect(await analystLoader.loadMany(ids)).toEqual(ids.map(() => null));
    const adminLoader = createPersonalDataLoader(server.dataSource, { role: Role.ADMIN, subject: 't', via: 'jwt' });
    expect((await adminLoader.loadMany(ids)).every((row: any) => typeof row?.curp === 'string')).toBe(true);
  });

  it('ADMIN reads personal data everywhere', async () => {
    const result = await server.gql(AllBeneficiaryCurpsDocument, {}, await authHeaders('ADMIN'));
    expect(result.errors).toBeUndefined();
    expect(result.data.beneficiaries.edges.every((e) => /^[A-Z0-9]{18}$/.test(e.node.curp!))).toBe(true);
  });
});

describe('GIS endpoints carry no personal data', () => {
  const PERSONAL = /curp|fullName|full_name|phone|address|birth|folio/i;
  it.each(['territoriales', 'colonias', 'ecos', 'improvements', 'workshops', 'mercomuna'])(
    '%s: /geojson, /ogc items and GraphQL features have no personal property',
    async (layer) => {
      const geojson: any = await (await fetch(`${server.url}/geojson/${layer}`)).json();
      const ogc: any = await (await fetch(`${server.url}/ogc/collections/${layer}/items?limit=1000`)).json();
      for (const collection of [geojson, ogc]) {
        expect(collection.features.length).toBeGreaterThan(0);
        // One assertion over all keys: thousands of expect calls block the event loop past the keep-alive timeout.
        const keys = new Set<string>(collection.features.flatMap((feature: any) => Object.keys(feature.properties)));
        expect([...keys].filter((key) => PERSONAL.test(key))).toEqual([]);
        expect(JSON.stringify(collection)).not.toMatch(/DEMO\d|Persona Demo/);
      }
    },
  );
});

describe('development secret and token CLI', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    reloadConfig();
  });

  it('generates a development secret once into DATA_DIR (mode 0600) and reuses it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'territorio-secret-'));
    try {
      delete process.env.JWT_SECRET;
      delete process.env.JWKS_URL;
      process.env.NODE_ENV = 'development';
      process.env.DATA_DIR = dir;
      reloadConfig();
      const first = loadAuthConfig();
      const second = loadAuthConfig();
      expect(first.kind === 'secret' && first.development).toBe(true);
      expect(second).toEqual(first);
      expect(statSync(path.join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to run in production without JWT_SECRET or JWKS_URL, and refuses a short secret', () => {
    delete process.env.JWT_SECRET;
    delete process.env.JWKS_URL;
    process.env.NODE_ENV = 'production';
    reloadConfig();
    expect(() => loadAuthConfig()).toThrow(/JWT_SECRET or JWKS_URL/);
    process.env.JWT_SECRET = 'short';
    reloadConfig();
    expect(() => loadAuthConfig()).toThrow(/at least 32/);
  });

  it('prints a token that the API accepts, and rejects bad arguments with exit code 2', async () => {
    const ok = await runTokenCli(['--role', 'OPERATOR', '--territorial', 'TER-03', '--expires', '5m']);
    expect(ok.code).toBe(0);
    const result = await server.gql(Ter03BeneficiaryCurpsDocument, {}, { authorization: `Bearer ${ok.stdout.trim()}` });
    expect(result.errors).toBeUndefined();
    for (const args of [
      [],
      ['--role', 'PUBLIC'],
      ['--role', 'KING'],
      ['--role', 'OPERATOR'],
      ['--role', 'ADMIN', '--expires', 'soon'],
      ['--role', 'ADMIN', '--nope'],
      ['--role', 'ANALYST', '--territorial', "x' OR 1=1"],
    ]) {
      const bad = await runTokenCli(args);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(/usage/);
    }
  });
});
