import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * Real GIS clients against the running app: GDAL's OAPIF, GeoJSON and MVT
 * drivers (gdal-bin; .ci/run installs it). These tests fail, never skip, when
 * GDAL is missing. GDAL runs as a child process with async execFile: the
 * server answers it from this same process.
 */

const run = promisify(execFile);
let server: TestServer;
let work: string;

beforeAll(async () => {
  server = await startTestServer();
  work = await mkdtemp(path.join(tmpdir(), 'territorio-gdal-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await server.close();
});

async function gdal(command: 'ogrinfo' | 'ogr2ogr', args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(command, args, {
    timeout: 90_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GDAL_HTTP_TIMEOUT: '30', GDAL_HTTP_MAX_RETRY: '0', CPL_VSIL_CURL_ALLOWED_EXTENSIONS: '' },
  });
}

const query = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);

it('GDAL is installed (ogrinfo --version)', async () => {
  const { stdout } = await gdal('ogrinfo', ['--version']);
  expect(stdout).toMatch(/^GDAL \d+\.\d+/);
});

it('ogrinfo OAPIF:…/ogc lists every collection with its geometry type', async () => {
  const { stdout } = await gdal('ogrinfo', ['-ro', `OAPIF:${server.url}/ogc`]);
  expect(stdout).toMatch(/using driver `OAPIF' successful/);
  const layers = [...stdout.matchAll(/^\d+: (\w+) \(title: [^)]*\) \(([^)]+)\)$/gm)].map((m) => [m[1], m[2]]);
  expect(layers.map(([name]) => name)).toEqual([
    'territoriales',
    'colonias',
    'ecos',
    'improvements',
    'workshops',
    'mercomuna',
    'crime',
    'ids_agebs',
  ]);
  expect(Object.fromEntries(layers)).toMatchObject({
    territoriales: 'Multi Polygon',
    colonias: 'Multi Polygon',
    ecos: 'Point',
    mercomuna: 'Point',
    crime: 'Point',
    ids_agebs: 'Multi Polygon',
  });
});

it('ogr2ogr copies all 293 colonias to a GeoPackage through pages of 50', async () => {
  const target = path.join(work, 'colonias.gpkg');
  const copy = await gdal('ogr2ogr', [
    '-f',
    'GPKG',
    target,
    `OAPIF:${server.url}/ogc`,
    'colonias',
    '-oo',
    'PAGE_SIZE=50',
    '--debug',
    'on',
  ]);
  // GDAL followed the `next` links: limit=50 pages up to offset 250.
  const fetched = [...copy.stderr.matchAll(/Fetch\((\S+\/ogc\/collections\/colonias\/items\S*)\)/g)].map(
    (m) => new URL(m[1]),
  );
  expect(fetched.length).toBeGreaterThanOrEqual(6);
  for (const url of fetched) expect(url.searchParams.get('limit')).toBe('50');
  expect(fetched.map((url) => url.searchParams.get('offset') ?? '0')).toEqual(
    expect.arrayContaining(['0', '50', '100', '150', '200', '250']),
  );

  const { stdout } = await gdal('ogrinfo', ['-ro', '-so', target, 'colonias']);
  expect(stdout).toMatch(/^Geometry: Multi Polygon$/m);
  expect(stdout).toMatch(/^Feature Count: 293$/m);
  expect(stdout).toMatch(/^clave: String/m);
  expect(stdout).toMatch(/^beneficiaries: Integer/m);
  // Every colonia once, with its attributes, read back from the GeoPackage.
  const sql = await gdal('ogrinfo', [
    '-ro',
    '-q',
    target,
    '-sql',
    'SELECT COUNT(DISTINCT clave) AS n, SUM(beneficiaries) AS b FROM colonias',
  ]);
  const expected: any = (
    await query('SELECT count(*)::int AS n, (SELECT count(*)::int FROM beneficiary) AS b FROM colonia')
  )[0];
  expect(sql.stdout).toMatch(new RegExp(`n \\(Integer[^)]*\\) = ${expected.n}\\b`));
  expect(sql.stdout).toMatch(new RegExp(`b \\(Integer[^)]*\\) = ${expected.b}\\b`));
});

it('ogrinfo reads /geojson/colonias as a GeoJSON layer', async () => {
  const { stdout } = await gdal('ogrinfo', ['-ro', '-so', '-al', `${server.url}/geojson/colonias`]);
  expect(stdout).toMatch(/using driver `GeoJSON' successful/);
  expect(stdout).toMatch(/^Layer name: colonias$/m);
  expect(stdout).toMatch(/^Geometry: Multi Polygon$/m);
  expect(stdout).toMatch(/^Feature Count: 293$/m);
  expect(stdout).toMatch(/^Extent: \(-99\.\d+, 19\.\d+\) - \(-98\.\d+, 19\.\d+\)$/m);
  expect(stdout).toMatch(/^territorialClave: String/m);
});

it('GDAL’s MVT driver decodes a z12 tile over the centre of the alcaldía and finds its colonias', async () => {
  const [z, x, y] = [12, 921, 1823];
  const response = await fetch(`${server.url}/tiles/colonias/${z}/${x}/${y}.mvt`);
  expect(response.status).toBe(200);
  // The MVT driver opens a single tile when its path ends in z/x/y.
  const file = path.join(work, 'tiles', String(z), String(x), `${y}.mvt`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  // CLIP=NO: keep what lies in the tile's 64-unit buffer too, as the server sent it.
  const { stdout } = await gdal('ogrinfo', ['-ro', '-al', '-oo', 'CLIP=NO', file]);
  expect(stdout).toMatch(/using driver `MVT' successful/);
  expect(stdout).toMatch(/^Layer name: colonias$/m);
  const ids = [...stdout.matchAll(/^ {2}mvt_id \(Integer64\) = (\d+)$/gm)]
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  const claves = [...stdout.matchAll(/^ {2}clave \(String\) = (.+)$/gm)].map((m) => m[1]);
  const expected: any[] = await query(
    `SELECT id, clave FROM colonia
      WHERE ST_Intersects(ST_Transform(geom, 3857), ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096)) ORDER BY id`,
    [z, x, y],
  );
  expect(expected.length).toBeGreaterThan(20);
  // Every colonia inside the tile proper; in the buffer, one whose clipped part rounds to nothing on the tile grid may drop out.
  const inside: any[] = await query(
    `SELECT id FROM colonia WHERE ST_Intersects(ST_Transform(geom, 3857), ST_TileEnvelope($1, $2, $3)) ORDER BY id`,
    [z, x, y],
  );
  expect(ids).toEqual(expect.arrayContaining(inside.map((r) => r.id)));
  expect(expected.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
  const claveOf = new Map(expected.map((r) => [r.id, r.clave]));
  expect(claves.sort()).toEqual(ids.map((id) => claveOf.get(id)).sort());
  expect((stdout.match(/MULTIPOLYGON|POLYGON/g) ?? []).length).toBeGreaterThanOrEqual(ids.length);
  // The colonia at the centre point is among them.
  const centre: any[] = await query(
    'SELECT clave FROM colonia WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(-99.05, 19.343), 4326))',
  );
  expect(claves).toContain(centre[0].clave);
});
