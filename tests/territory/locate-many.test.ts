import { gzipSync } from 'node:zlib';
import { startTestServer, expectError, type TestServer } from '../helpers/test-server';
import { LocateManyDocument } from '../graphql/generated';

/** Issue #24 items 1 and 6: `locateMany` and POST /locate, one SQL statement for up to 10,000 points. */

let server: TestServer;
/** Points inside known colonias, from PostGIS (a point on each unit's surface that no other unit covers). */
let samples: {
  clave: string;
  territorial: string;
  territorialNombre: string;
  nombre: string;
  lon: number;
  lat: number;
}[];
const OUTSIDE = [
  { lon: -99.1332, lat: 19.4326 }, // the Zócalo (Cuauhtémoc)
  { lon: -30, lat: 10 }, // the Atlantic
];

beforeAll(async () => {
  server = await startTestServer();
  samples = await server.dataSource.query(`
    SELECT c.clave, c.nombre, t.clave AS territorial, t.nombre AS "territorialNombre", ST_X(p) AS lon, ST_Y(p) AS lat
      FROM colonia c JOIN territorial t ON t.id = c.territorial_id,
           LATERAL ST_PointOnSurface(c.geom) AS p
     WHERE NOT EXISTS (SELECT 1 FROM colonia o WHERE o.id <> c.id AND ST_Intersects(o.geom, p))
     ORDER BY c.clave LIMIT 40`);
});
afterAll(async () => {
  await server.close();
});

async function postCsv(body: string | Buffer, contentType = 'text/csv') {
  const response = await fetch(`${server.url}/locate`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text,
    sqlStatements: Number(response.headers.get('x-sql-statements')),
  };
}

describe('locateMany', () => {
  it('answers in input order, null outside the alcaldía, in one SQL statement, as locate does', async () => {
    const points = [OUTSIDE[0], ...samples.map(({ lon, lat }) => ({ lon, lat })), OUTSIDE[1], samples[3]];
    const result = await server.gql(LocateManyDocument, {
      points: points.map(({ lon, lat }) => ({ lon, lat })),
    });
    expect(result.errors).toBeUndefined();
    expect(result.sqlStatements).toBe(1);
    expect(result.data.locateMany).toEqual([
      null,
      ...samples.map((s) => ({ colonia: { clave: s.clave }, territorial: { clave: s.territorial } })),
      null,
      { colonia: { clave: samples[3].clave }, territorial: { clave: samples[3].territorial } },
    ]);
  });

  it('picks the most specific unit: the nested unit inside its container, as locate', async () => {
    const [inner] = await server.dataSource.query(`
      SELECT c.clave, ST_X(ST_PointOnSurface(c.geom)) AS lon, ST_Y(ST_PointOnSurface(c.geom)) AS lat
        FROM colonia c WHERE c.contained_in_id IS NOT NULL ORDER BY c.clave LIMIT 1`);
    const result = await server.gql(LocateManyDocument, { points: [{ lon: inner.lon, lat: inner.lat }] });
    expect(result.data.locateMany[0]!.colonia.clave).toBe(inner.clave);
    const single = await server.gql(
      'query($lon: Float!, $lat: Float!) { locate(lon: $lon, lat: $lat) { colonia { clave } } }',
      {
        lon: inner.lon,
        lat: inner.lat,
      },
    );
    expect(single.data.locate.colonia.clave).toBe(inner.clave);
  });

  it('takes 10,000 points (an anonymous caller too: within the cost budget) in one statement', async () => {
    const points = Array.from({ length: 10_000 }, (_, i) => {
      const s = samples[i % samples.length];
      return { lon: s.lon, lat: s.lat };
    });
    const result = await server.gql(LocateManyDocument, { points });
    expect(result.errors).toBeUndefined();
    expect(result.sqlStatements).toBe(1);
    expect(result.data.locateMany).toHaveLength(10_000);
    expect(result.data.locateMany[9_999]!.colonia.clave).toBe(samples[9_999 % samples.length].clave);
  });

  it('an empty list answers an empty list without SQL', async () => {
    const result = await server.gql(LocateManyDocument, { points: [] });
    expect(result.data.locateMany).toEqual([]);
    expect(result.sqlStatements).toBe(0);
  });

  it('refuses 10,001 points: BAD_USER_INPUT naming points, no SQL', async () => {
    const points = Array.from({ length: 10_001 }, () => ({ lon: -99.06, lat: 19.35 }));
    const result = await server.gql(LocateManyDocument, { points });
    expectError(result, 'BAD_USER_INPUT', 'points must hold at most 10000 points (got 10001)');
    expect(result.sqlStatements).toBe(0);
  });

  it('refuses a coordinate out of range, naming the point', async () => {
    const result = await server.gql(LocateManyDocument, {
      points: [
        { lon: -99.06, lat: 19.35 },
        { lon: -99.06, lat: 91 },
      ],
    });
    expectError(result, 'BAD_USER_INPUT', 'points[1].lat must be between -90 and 90');
  });

  it('refuses NaN, Infinity and text: GraphQL Float cannot carry them (BAD_USER_INPUT, 400)', async () => {
    const query = 'query($points: [PointInput!]!) { locateMany(points: $points) { colonia { id } } }';
    for (const point of ['{"lon":-99.05,"lat":"NaN"}', '{"lon":1e999,"lat":19.3}', '{"lon":-99.05}']) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"query":${JSON.stringify(query)},"variables":{"points":[${point}]}}`,
      });
      expect(response.status).toBe(400);
      const json: any = await response.json();
      expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(json.errors[0].message).toMatch(/\$points/);
    }
  });
});

describe('POST /locate', () => {
  it('answers id,clave,colonia,territorial in input order, empty fields outside, in one SQL statement', async () => {
    const rows = samples.slice(0, 5);
    const csv =
      'id,lon,lat\r\n' +
      rows.map((s, i) => `r${i},${s.lon},${s.lat}`).join('\r\n') +
      `\r\n"far, away",${OUTSIDE[1].lon},${OUTSIDE[1].lat}\r\n`;
    const result = await postCsv(csv);
    expect(result.status).toBe(200);
    expect(result.type).toMatch(/^text\/csv/);
    expect(result.sqlStatements).toBe(1);
    const quote = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    expect(result.text).toBe(
      'id,clave,colonia,territorial\r\n' +
        rows.map((s, i) => `r${i},${s.clave},${quote(s.nombre)},${quote(s.territorialNombre)}\r\n`).join('') +
        '"far, away",,,\r\n',
    );
  });

  it('reads the columns by the header, in any order, extra columns ignored', async () => {
    const s = samples[0];
    const result = await postCsv(
      `lat,folio,id\n${s.lat},x,A-1\n`.replace('lat,folio,id', 'lat,folio,id,lon').replace(`x,A-1`, `x,A-1,${s.lon}`),
    );
    expect(result.status).toBe(200);
    expect(result.text.split('\r\n')[1]).toMatch(new RegExp(`^A-1,${s.clave},`));
  });

  it.each([
    ['a header without lat', 'id,lon\n1,-99.06\n', /lacks column lat/],
    ['no header (numbers first)', '1,-99.06,19.35\n', /lacks columns id, lon, lat/],
    [
      'a row with a missing field',
      'id,lon,lat\n1,-99.06,19.35\n2,-99.06\n',
      /line 3: expected 3 fields as in the header, got 2/,
    ],
    ['NaN', 'id,lon,lat\n1,NaN,19.35\n', /line 2: lon must be a decimal number \(got "NaN"\)/],
    ['Infinity', 'id,lon,lat\n1,-99.06,Infinity\n', /line 2: lat must be a decimal number/],
    ['an empty coordinate', 'id,lon,lat\n1,,19.35\n', /line 2: lon must be a decimal number \(got ""\)/],
    ['a latitude out of range', 'id,lon,lat\n1,-99.06,19.35\n2,-99.06,95\n', /line 3: lat must be between -90 and 90/],
    ['a semicolon-separated file', 'id;lon;lat\n1;-99.06;19.35\n', /not comma-separated/],
    ['an empty body', '', /the file is empty/],
  ])('refuses %s: 400 with { code, description }, no SQL', async (_name, body, message) => {
    const result = await postCsv(body);
    expect(result.status).toBe(400);
    const json = JSON.parse(result.text);
    expect(json).toEqual({ code: 'BAD_USER_INPUT', description: expect.stringMatching(message) });
    expect(result.sqlStatements).toBe(0);
  });

  it('refuses 10,001 rows, and a body over the size limit (413)', async () => {
    const many = 'id,lon,lat\n' + Array.from({ length: 10_001 }, (_, i) => `${i},-99.06,19.35`).join('\n');
    const tooMany = await postCsv(many);
    expect(tooMany.status).toBe(400);
    expect(JSON.parse(tooMany.text).description).toMatch(/more than 10000 rows/);
    const big = await postCsv('id,lon,lat\n' + `${'x'.repeat(1024 * 1024)},-99.06,19.35\n`);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).code).toBe('PAYLOAD_TOO_LARGE');
    expect(big.sqlStatements).toBe(0);
  });

  it('refuses a gzip that inflates past the body limit (413), one endless record or field (400), before allocating them', async () => {
    // 5,000 rows of a 500-character id: 2.6 MB of CSV once inflated (the body limit is 1 MB), in a few KB of gzip.
    const rows = Array.from({ length: 5000 }, (_, i) => `${String(i).padStart(500, 'x')},-99.06,19.35`);
    const wide = gzipSync(`id,lon,lat\n${rows.join('\n')}\n`);
    expect(wide.length).toBeLessThan(100 * 1024);
    const inflated = await postCsv(wide, 'application/gzip');
    expect(inflated.status).toBe(413);
    expect(JSON.parse(inflated.text).description).toMatch(
      /inflates to more than 1048576 bytes of CSV \(LOCATE_BODY_LIMIT_BYTES\)/,
    );
    // 64 MiB of commas in about 64 KB of gzip: one record, refused at its 1,025th character.
    const commas = await postCsv(gzipSync(Buffer.alloc(64 * 1024 * 1024, ',')), 'application/gzip');
    expect(commas.status).toBe(400);
    expect(JSON.parse(commas.text).description).toMatch(/line 1 has a record longer than 1024 characters/);
    // One quoted id of 900,000 characters.
    const field = gzipSync(`id,lon,lat\n"${'x'.repeat(900_000)}",-99.06,19.35\n`);
    const endless = await postCsv(field, 'application/gzip');
    expect(endless.status).toBe(400);
    expect(JSON.parse(endless.text).description).toMatch(/line 2 has a (field|record) longer than \d+ characters/);
    expect(endless.sqlStatements).toBe(0);
  });

  it('refuses another content type', async () => {
    const result = await postCsv('{"id":1}', 'application/json');
    expect(result.status).toBe(400);
    expect(JSON.parse(result.text).description).toMatch(/Content-Type must be one of/);
  });
});
