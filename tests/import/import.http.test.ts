import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApiKey } from '../../src/auth/api-keys';
import { Role } from '../../src/auth/role';
import { authHeaders } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { writeState } from '../helpers/write-fixtures';
import { reloadConfig } from '../../src/config/config';

/**
 * POST /import/{layer}: the importer for other alcaldía systems, over the
 * shared test database — dry runs and rejected imports write nothing; the one
 * real import removes what it wrote.
 */

let server: TestServer;
let admin: Record<string, string>;
let apiKey: string;
const SHARED = readFileSync(path.join(__dirname, '..', '..', 'seeds', 'data', 'iztapalapa-colonias.geojson'));

beforeAll(async () => {
  server = await startTestServer();
  admin = await authHeaders('ADMIN', undefined, 'test:http-import');
  await server.dataSource.query(`DELETE FROM api_key WHERE name = 'test-import-system'`);
  apiKey = await createApiKey(server.dataSource, 'test-import-system', Role.ADMIN, null);
});
afterAll(async () => {
  await server.dataSource.query(`DELETE FROM mercomuna_point WHERE clave LIKE 'MER-HTTP-%'`);
  await server.dataSource.query(
    `DELETE FROM audit_log WHERE actor IN ('test:http-import', 'api-key:test-import-system')`,
  );
  await server.dataSource.query(`DELETE FROM api_key WHERE name = 'test-import-system'`);
  delete process.env.IMPORT_BODY_LIMIT_BYTES;
  await server.close();
});

async function post(pathAndQuery: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${pathAndQuery}`, {
    method: 'POST',
    headers: { 'content-type': 'application/geo+json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('POST /import/{layer}', () => {
  it('the shared catalogue, dry run: 422 with the same report as the CLI, nothing written', async () => {
    const before = await writeState(server.dataSource);
    const result = await post('/import/colonias?dry_run=true&allow_partial=true&name_field=colonia', SHARED, admin);
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({
      layer: 'colonias',
      features: 209,
      dryRun: true,
      written: false,
      rejected: 17,
      source: 'POST /import/colonias',
    });
    expect(result.body.outcomes.filter((o: any) => o.reasons?.[0]?.startsWith('duplicate geometry'))).toHaveLength(11);
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it('200 when nothing is rejected; an API key with ADMIN works too; a real import is audited with the caller and is idempotent', async () => {
    const [c] = await server.dataSource.query(
      `SELECT ST_AsGeoJSON(ST_PointOnSurface(geom))::json AS p FROM colonia ORDER BY id LIMIT 1`,
    );
    const body = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { nombre: 'Tienda HTTP', clave: 'MER-HTTP-001', period: 'SEP_DEC', kind: 'OTHER' },
          geometry: c.p,
        },
      ],
    });
    const first = await post('/import/mercomuna?clave_field=clave', body, { 'x-api-key': apiKey });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 1, rejected: 0, written: true });
    expect(
      await server.dataSource.query(
        `SELECT actor, operation FROM audit_log WHERE entity = 'mercomuna_point' AND actor = 'api-key:test-import-system'`,
      ),
    ).toEqual([{ actor: 'api-key:test-import-system', operation: 'IMPORT' }]);
    const before = await writeState(server.dataSource);
    const second = await post('/import/mercomuna?clave_field=clave', body, admin);
    expect(second).toMatchObject({ status: 200, body: { created: 0, updated: 0, unchanged: 1 } });
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it.each([
    ['anonymous', {}, 401, 'UNAUTHENTICATED'],
    ['an ANALYST', 'ANALYST', 403, 'FORBIDDEN'],
    ['an OPERATOR', 'OPERATOR', 403, 'FORBIDDEN'],
  ])('%s cannot import (%s)', async (_who, role, status, code) => {
    const headers =
      typeof role === 'string'
        ? await authHeaders(role as 'ANALYST' | 'OPERATOR', role === 'OPERATOR' ? 'TER-03' : undefined)
        : {};
    const before = await writeState(server.dataSource);
    const result = await post('/import/colonias?name_field=colonia&allow_partial=true', SHARED, headers);
    expect(result).toEqual({ status, body: { code, description: expect.any(String) } });
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it.each([
    ['an unknown layer', '/import/parks', '{}', {}, 400, 'layer must be one of'],
    ['an unknown query parameter', '/import/colonias?dryrun=true', '{}', {}, 400, 'dryrun is not a parameter'],
    ['a flag that is not a boolean', '/import/colonias?dry_run=maybe', '{}', {}, 400, 'dry_run must be true or false'],
    [
      'a territorial field for another layer',
      '/import/mercomuna?territorial_field=dt',
      '{}',
      {},
      400,
      'territorial-field applies to the colonias layer only',
    ],
    [
      'another content type',
      '/import/colonias',
      '{}',
      { 'content-type': 'text/csv' },
      400,
      'Content-Type must be application/geo+json',
    ],
    [
      'malformed JSON',
      '/import/colonias',
      '{"type": "FeatureCollection", "features": [',
      {},
      400,
      'GeoJSON is not valid JSON',
    ],
    [
      'not a FeatureCollection',
      '/import/colonias',
      '{"type": "Feature"}',
      {},
      400,
      'is not a GeoJSON FeatureCollection',
    ],
    [
      'properties nested 200,000 levels deep',
      '/import/colonias?dry_run=true',
      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nombre":"x","junk":${'['.repeat(200_000)}${']'.repeat(200_000)}},"geometry":null}]}`,
      {},
      400,
      'GeoJSON nests objects or arrays more than 32 levels deep',
    ],
  ])('%s → %s', async (_kind, url, body, headers, status, description) => {
    const before = await writeState(server.dataSource);
    const result = await post(url, body, { ...admin, ...headers });
    expect(result).toEqual({
      status,
      body: { code: 'BAD_USER_INPUT', description: expect.stringContaining(description) },
    });
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it('a body over the size limit: 413 with { code, description }, nothing written', async () => {
    process.env.IMPORT_BODY_LIMIT_BYTES = '10000';
    reloadConfig();
    try {
      const before = await writeState(server.dataSource);
      const result = await post('/import/colonias?name_field=colonia', SHARED, admin);
      expect(result).toEqual({
        status: 413,
        body: {
          code: 'PAYLOAD_TOO_LARGE',
          description: 'The GeoJSON is larger than the limit of 10000 bytes (IMPORT_BODY_LIMIT_BYTES)',
        },
      });
      expect(await writeState(server.dataSource)).toEqual(before);
    } finally {
      delete process.env.IMPORT_BODY_LIMIT_BYTES;
      reloadConfig();
    }
  });
});

describe('POST /import/territorial-assignment', () => {
  const csvHeaders = (auth: Record<string, string>) => ({ ...auth, 'content-type': 'text/csv' });

  it('ADMIN, dry run: 200 with the per-line report, nothing written', async () => {
    const before = await writeState(server.dataSource);
    const [{ nombre }] = await server.dataSource.query(
      `SELECT t.nombre FROM territorial t WHERE t.id <> (SELECT territorial_id FROM colonia WHERE clave = '07-001') ORDER BY t.id LIMIT 1`,
    );
    const result = await post(
      '/import/territorial-assignment?dry_run=true',
      `cveut,territorial\n07-001,${nombre}\n`,
      csvHeaders(admin),
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      layer: 'territorial-assignment',
      dryRun: true,
      written: false,
      features: 1,
      updated: 1,
      rejected: 0,
      outcomes: [{ feature: 2, clave: '07-001', name: nombre, outcome: 'updated' }],
    });
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it('422 naming the line for an unknown clave; 400 for a header-only or non-UTF-8 CSV; nothing written', async () => {
    const before = await writeState(server.dataSource);
    const unknown = await post(
      '/import/territorial-assignment',
      'cveut,territorial\n07-999,ACULCO\n',
      csvHeaders(admin),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.outcomes[0]).toMatchObject({
      feature: 2,
      outcome: 'rejected',
      reasons: ['unknown unit clave 07-999: no colonia has it'],
    });
    const empty = await post('/import/territorial-assignment', 'cveut,territorial\n', csvHeaders(admin));
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('has the header but no rows');
    const latin1 = await post(
      '/import/territorial-assignment',
      Buffer.concat([Buffer.from('cveut,territorial\n07-001,'), Buffer.from([0xe9, 0x0a])]),
      csvHeaders(admin),
    );
    expect(latin1.status).toBe(400);
    expect(JSON.stringify(latin1.body)).toContain('line 2 has bytes that are not UTF-8');
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it('refuses callers below ADMIN', async () => {
    const before = await writeState(server.dataSource);
    const analyst = await authHeaders('ANALYST');
    const result = await post(
      '/import/territorial-assignment',
      'cveut,territorial\n07-001,ACULCO\n',
      csvHeaders(analyst),
    );
    expect(result.status).toBe(403);
    expect(await writeState(server.dataSource)).toEqual(before);
  });
});
