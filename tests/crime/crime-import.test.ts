import { gzipSync } from 'node:zlib';
import { reloadConfig } from '../../src/config/config';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { AppError } from '../../src/common/errors';
import { importCrime } from '../../src/crime/crime-import.service';
import { runImportCli } from '../../src/app/import.cli';
import { authHeaders } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The crime import (CLI, service, POST /import/crime) over the shared test
 * database, with synthetic rows dated 2031 (the real data ends in 2024): every
 * test removes what it wrote. Real points: inside a colonia, in a small test
 * colonia nested inside it, ~300 m outside every colonia (kept, unassigned) and
 * far away (refused).
 */

let server: TestServer;
let inside: { lon: number; lat: number; colonia: number };
let near: { lon: number; lat: number };
let nestedId: number;
const HEADER = 'fecha_hecho,hora_hecho,delito,lon,lat';

beforeAll(async () => {
  server = await startTestServer();
  await cleanUp();
  [inside] = await server.dataSource.query(`
    SELECT c.id AS colonia, ST_X(p)::float8 AS lon, ST_Y(p)::float8 AS lat
      FROM (SELECT id, ST_PointOnSurface(geom) AS p FROM colonia ORDER BY area_km2 DESC LIMIT 1) c`);
  // A point ~300 m outside the union of the colonias: west of the westernmost vertex.
  [near] = await server.dataSource.query(`
    SELECT ST_X(p)::float8 - 0.003 AS lon, ST_Y(p)::float8 AS lat
      FROM (SELECT (ST_DumpPoints(geom)).geom AS p FROM colonia) v ORDER BY ST_X(p) LIMIT 1`);
  // A tiny colonia nested inside the largest one, around the inside point (as 07-163 sits inside 07-196).
  [{ id: nestedId }] = await server.dataSource.query(
    `INSERT INTO colonia (clave, nombre, territorial_id, geom, area_km2)
     SELECT 'test-crime-nested', 'Test nested', c.territorial_id, g, ST_Area(g::geography) / 1e6
       FROM colonia c, ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint($1, $2), 4326), 0.0004)) g WHERE c.id = $3
     RETURNING id`,
    [inside.lon + 0.002, inside.lat, inside.colonia],
  );
});

afterAll(async () => {
  await cleanUp();
  await server.close();
});

async function cleanUp(): Promise<void> {
  await server.dataSource.query(`DELETE FROM crime_incident WHERE occurred_on >= '2031-01-01'`);
  await server.dataSource.query(`DELETE FROM crime_month_colonia WHERE month >= '2031-01-01'`);
  await server.dataSource.query(`DELETE FROM colonia WHERE clave = 'test-crime-nested'`);
}

async function state(): Promise<{ incidents: number; rollup: number }> {
  const [row] = await server.dataSource.query(`
    SELECT (SELECT count(*)::int FROM crime_incident) AS incidents,
           (SELECT COALESCE(sum(incidents), 0)::int FROM crime_month_colonia) AS rollup`);
  return row;
}

function rows(): string[] {
  const p = `${inside.lon},${inside.lat}`;
  return [
    `2031-01-05,10:15:00,ROBO A TRANSEUNTE EN VIA PUBLICA CON VIOLENCIA,${p}`,
    `2031-01-05,10:15:00,ROBO A TRANSEUNTE EN VIA PUBLICA CON VIOLENCIA,${p}`, // a second file for the same fact: kept
    `2031-01-06 12:00:00,12:00:00:00,NARCOMENUDEO POSESIÓN SIMPLE,${p}`, // time unknown, date kept
    `2031-02-01,08:00:00,"ROBO DE VEHICULO EN PENSION, TALLER Y AGENCIAS C/V",${p}`,
    `2031-02-02,09:00:00,FRAUDE,${inside.lon + 0.002},${inside.lat}`, // in the nested colonia
    `2031-02-03,09:00:00,ROBO DE OBJETOS,${near.lon},${near.lat}`, // outside every colonia, ~300 m: unassigned
    `2031-02-04,09:00:00,ROBO DE OBJETOS,0,0`, // outside the alcaldía: refused
    `2031-02-30,09:00:00,ROBO DE OBJETOS,${p}`, // malformed date
    `2031-02-05,09:00:00,ROBO DE OBJETOS,NaN,${inside.lat}`, // non-finite coordinate
    `2031-02-06,09:00:00,ROBO DE OBJETOS,,`, // missing coordinates
    `2031-02-07,09:00:00,,${p}`, // no offence text
    `2031-02-08,09:00:00,ROBO DE OBJETOS,${p},extra`, // wrong number of fields
  ];
}

const csv = (lines: string[]) => `${[HEADER, ...lines].join('\r\n')}\r\n`;

it('loads, classifies, assigns and reports; a re-import changes nothing; a newer extract adds only the new rows', async () => {
  const before = await state();
  const report = await importCrime(server.dataSource, Readable.from([csv(rows())]), { source: 'test' });
  expect(report).toMatchObject({
    read: 12,
    loaded: 6,
    alreadyPresent: 0,
    rejected: 6,
    rejectedByReason: {
      MALFORMED_DATE: 1,
      BAD_COORDINATES: 2,
      OUTSIDE_ALCALDIA: 1,
      UNKNOWN_OFFENCE: 1,
      WRONG_FIELD_COUNT: 1,
    },
    timeUnknown: 1,
    timeFourPart: 1,
    dateWithTime: 1,
    unassigned: 1,
    highImpact: 3,
  });
  expect(report.rejections.map((r) => r.line)).toEqual([8, 9, 10, 11, 12, 13]);
  const loaded = await server.dataSource.query(
    `SELECT occurred_on::text AS d, occurred_at::text AS t, offence_normalised AS o, category, colonia_id
       FROM crime_incident WHERE occurred_on >= '2031-01-01' ORDER BY occurred_on, id`,
  );
  expect(loaded).toEqual([
    {
      d: '2031-01-05',
      t: '10:15:00',
      o: 'ROBO A TRANSEUNTE EN VIA PUBLICA CON VIOLENCIA',
      category: 'ROBO_A_TRANSEUNTE_EN_VIA_PUBLICA',
      colonia_id: inside.colonia,
    },
    {
      d: '2031-01-05',
      t: '10:15:00',
      o: 'ROBO A TRANSEUNTE EN VIA PUBLICA CON VIOLENCIA',
      category: 'ROBO_A_TRANSEUNTE_EN_VIA_PUBLICA',
      colonia_id: inside.colonia,
    },
    { d: '2031-01-06', t: null, o: 'NARCOMENUDEO POSESION SIMPLE', category: 'OTROS', colonia_id: inside.colonia },
    {
      d: '2031-02-01',
      t: '08:00:00',
      o: 'ROBO DE VEHICULO EN PENSION, TALLER Y AGENCIAS C/V',
      category: 'ROBO_DE_VEHICULO',
      colonia_id: inside.colonia,
    },
    { d: '2031-02-02', t: '09:00:00', o: 'FRAUDE', category: 'OTROS', colonia_id: nestedId },
    { d: '2031-02-03', t: '09:00:00', o: 'ROBO DE OBJETOS', category: 'OTROS', colonia_id: null },
  ]);
  const rollup = await server.dataSource.query(
    `SELECT month::text, colonia_id, category, incidents FROM crime_month_colonia WHERE month >= '2031-01-01' ORDER BY 1, 2 NULLS LAST, 3`,
  );
  expect(rollup).toEqual(
    [
      { month: '2031-01-01', colonia_id: inside.colonia, category: 'OTROS', incidents: 1 },
      { month: '2031-01-01', colonia_id: inside.colonia, category: 'ROBO_A_TRANSEUNTE_EN_VIA_PUBLICA', incidents: 2 },
      { month: '2031-02-01', colonia_id: inside.colonia, category: 'ROBO_DE_VEHICULO', incidents: 1 },
      { month: '2031-02-01', colonia_id: nestedId, category: 'OTROS', incidents: 1 },
      { month: '2031-02-01', colonia_id: null, category: 'OTROS', incidents: 1 },
    ].sort((a, b) => (a.month === b.month ? 0 : a.month < b.month ? -1 : 1)),
  );
  const after = await state();
  expect(after).toEqual({ incidents: before.incidents + 6, rollup: before.rollup + 6 });

  // The same file again, gzipped: nothing new.
  const again = await importCrime(server.dataSource, Readable.from([gzipSync(csv(rows()))]), { source: 'test' });
  expect(again).toMatchObject({ read: 12, loaded: 0, alreadyPresent: 6, rejected: 6 });
  expect(await state()).toEqual(after);

  // A newer extract: the same rows, a third copy of the duplicated fact and one new row.
  const newer = [...rows(), rows()[0], `2031-03-01,23:59:59,HOMICIDIO POR ARMA DE FUEGO,${inside.lon},${inside.lat}`];
  const third = await importCrime(server.dataSource, Readable.from([csv(newer)]), { source: 'test' });
  expect(third).toMatchObject({ loaded: 2, alreadyPresent: 6, highImpact: 2 });
  expect(await state()).toEqual({ incidents: after.incidents + 2, rollup: after.rollup + 2 });
});

describe('a refused file writes nothing', () => {
  const good = () => csv(rows().slice(0, 3));
  const latin1 = () =>
    Buffer.concat([
      Buffer.from(`${HEADER}\n2031-04-01,10:00:00,ROBO A CASA HABITACI`),
      Buffer.from([0xd3]),
      Buffer.from(`N CON VIOLENCIA,${inside.lon},${inside.lat}\n`),
    ]);
  it.each<[string, () => string | Buffer, RegExp]>([
    ['an empty file', () => '', /empty/],
    ['only blank lines', () => '\n\n', /empty/],
    ['missing columns', () => `fecha_hecho,hora_hecho,delito\n2031-04-01,10:00:00,FRAUDE\n`, /lacks columns? lon, lat/],
    ['a bad header', () => `date,time,offence,x,y\n2031-04-01,10:00:00,FRAUDE,1,2\n`, /lacks columns fecha_hecho/],
    ['a semicolon delimiter', () => good().replace(/,/g, ';'), /not comma-separated.*";"/],
    [
      'gzip garbage',
      () => Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('garbage that is not deflate')]),
      /not valid gzip/,
    ],
    ['a truncated gzip', () => gzipSync(good()).subarray(0, 30), /not valid gzip/],
    ['Latin-1 bytes', latin1, /not UTF-8/],
    [
      'Latin-1 after many good rows',
      () =>
        Buffer.concat([
          Buffer.from(good()),
          Buffer.from('2031-04-02,10:00:00,ROBO A CASA HABITACI\xd3N,1,2\n', 'latin1'),
        ]),
      /not UTF-8/,
    ],
  ])('%s', async (_name, body, message) => {
    const before = await state();
    const error = await importCrime(server.dataSource, Readable.from([body()]), { source: 'test' }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toMatch(message);
    expect(await state()).toEqual(before);
  });

  it.each([
    [
      'a gzip bomb of commas (one endless record)',
      () => gzipSync(Buffer.alloc(32 * 1024 * 1024, ',')),
      /a record longer than 16384 characters/,
    ],
    [
      'a gzip holding one endless quoted field',
      () => gzipSync(Buffer.concat([Buffer.from('"'), Buffer.alloc(8 * 1024 * 1024, 'a')])),
      /a field longer than 4096 characters/,
    ],
  ])('%s is refused at its cap, before it grows, and writes nothing', async (_name, body, message) => {
    const before = await state();
    const error = await importCrime(server.dataSource, Readable.from([body()]), { source: 'test' }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toMatch(message);
    expect(await state()).toEqual(before);
  });

  it('a gzip inflating past CRIME_IMPORT_MAX_CSV_BYTES is refused with 413 naming the setting', async () => {
    const before = await state();
    process.env.CRIME_IMPORT_MAX_CSV_BYTES = '100000';
    reloadConfig();
    try {
      const rows = `${HEADER}\n${'2031-06-01,10:00:00,FRAUDE,-99.05,19.35\n'.repeat(5000)}`;
      const error = await importCrime(server.dataSource, Readable.from([gzipSync(rows)]), { source: 'test' }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect({ code: error.code, message: error.message }).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The gzip inflates to more than 100000 bytes of CSV (CRIME_IMPORT_MAX_CSV_BYTES)',
      });
    } finally {
      delete process.env.CRIME_IMPORT_MAX_CSV_BYTES;
      reloadConfig();
    }
    expect(await state()).toEqual(before);
  });

  it('more rows than the request may import: refused before any write, naming the limit', async () => {
    const before = await state();
    const rows = `${HEADER}\n${Array.from({ length: 30 }, (_, i) => `2031-07-01,10:00:00,FRAUDE,${inside.lon + i * 1e-6},${inside.lat}`).join('\n')}\n`;
    const error = await importCrime(server.dataSource, Readable.from([rows]), {
      source: 'test',
      maxRows: { rows: 20, setting: 'CRIME_IMPORT_MAX_ROWS' },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toContain('more than 20 data rows');
    expect(error.message).toContain('CRIME_IMPORT_MAX_ROWS');
    expect(await state()).toEqual(before);
  });

  it('a stream cut off midway (the connection dropped) leaves nothing visible', async () => {
    const before = await state();
    const many = Array.from(
      { length: 12_000 },
      (_, i) => `2031-05-01,10:00:00,FRAUDE,${inside.lon + (i % 7) * 1e-6},${inside.lat}`,
    );
    async function* cut() {
      yield `${HEADER}\n${many.slice(0, 11_000).join('\n')}\n`; // more than two batches reach the staging table
      throw new Error('connection reset by peer');
    }
    await expect(importCrime(server.dataSource, cut(), { source: 'test' })).rejects.toThrow('connection reset');
    expect(await state()).toEqual(before);
  });
});

describe('npm run import -- crime', () => {
  it('imports a .csv.gz and prints the report; refuses a bad file with exit 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crime-import-'));
    const file = path.join(dir, 'carpetas.csv.gz');
    writeFileSync(file, gzipSync(csv(rows().slice(0, 4))));
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    const open = async () => ({ dataSource: server.dataSource, close: async () => undefined });
    expect(await runImportCli(['crime', file, '--json'], io, open)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ read: 4 });
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'a;b;c\n1;2;3\n');
    expect(await runImportCli(['crime', bad], io, open)).toBe(1);
    expect(err.join('')).toMatch(/nothing written: .*not comma-separated/);
    expect(await runImportCli(['crime'], io, open)).toBe(2);
  });
});

describe('POST /import/crime', () => {
  const post = async (body: string | Buffer, headers: Record<string, string>) =>
    fetch(`${server.url}/import/crime`, { method: 'POST', headers, body });

  it('imports for ADMIN, refuses anyone else, refuses bad files with 400 and nothing written', async () => {
    const admin = await authHeaders('ADMIN', undefined, 'test:crime-import');
    const ok = await post(gzipSync(csv(rows().slice(0, 2))), { ...admin, 'content-type': 'application/gzip' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ layer: 'crime', read: 2 });
    expect((await post(csv(rows()), { 'content-type': 'text/csv' })).status).toBe(401);
    const analyst = await authHeaders('ANALYST');
    expect((await post(csv(rows()), { ...analyst, 'content-type': 'text/csv' })).status).toBe(403);
    const before = await state();
    const bad = await post('x;y\n', { ...admin, 'content-type': 'text/csv' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
    const wrongType = await post(csv(rows()), { ...admin, 'content-type': 'application/json' });
    expect(wrongType.status).toBe(400);
    expect(await state()).toEqual(before);
  });

  it('a request cut off midway (the client drops the connection) writes nothing', async () => {
    const admin = await authHeaders('ADMIN', undefined, 'test:crime-import');
    const many = Array.from(
      { length: 11_000 },
      (_, i) => `2031-05-01,10:00:00,FRAUDE,${inside.lon + (i % 7) * 1e-6},${inside.lat}`,
    );
    const url = new URL(`${server.url}/import/crime`);
    await new Promise<void>((resolve) => {
      const req = request({
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { ...admin, 'content-type': 'text/csv', 'transfer-encoding': 'chunked' },
      });
      req.on('error', () => resolve());
      // More than two staging batches reach the server, then the connection drops before the body ends.
      req.write(`${HEADER}\n${many.join('\n')}\n`, () =>
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 300),
      );
    });
    // The next import waits for the cut one's transaction (one import at a time), so once it answers the cut one
    // has rolled back and released its connection.
    const next = await fetch(`${server.url}/import/crime`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: `${HEADER}\n2031-06-01,10:00:00,FRAUDE,${inside.lon},${inside.lat}\n`,
    });
    expect(next.status).toBe(200);
    expect(await next.json()).toMatchObject({ read: 1, loaded: 1 });
    const [cut] = await server.dataSource.query(
      `SELECT (SELECT count(*)::int FROM crime_incident WHERE occurred_on = '2031-05-01') AS incidents,
              (SELECT count(*)::int FROM crime_month_colonia WHERE month = '2031-05-01') AS rollup`,
    );
    expect(cut).toEqual({ incidents: 0, rollup: 0 });
  });
});
