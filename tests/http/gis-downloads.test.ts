import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * GIS downloads of OGC items (`f=gpkg`) read back by tools that did
 * not write them: GDAL's ogrinfo (gdal-bin) and QGIS's Python API
 * (python3-qgis, Debian's /usr/bin/python3, offscreen). Each file is compared
 * with the JSON items of the same query: same ids, same properties, same
 * coordinates. These tests fail, never skip, when GDAL or QGIS is missing.
 */

const run = promisify(execFile);
let server: TestServer;
let work: string;

beforeAll(async () => {
  server = await startTestServer();
  work = await mkdtemp(path.join(tmpdir(), 'territorio-downloads-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await server.close();
});

interface JsonFeature {
  id: number;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}

/** What a tool read from a file: per feature its id, properties and flattened coordinates. */
interface ReadFeature {
  id: number;
  properties: Record<string, unknown>;
  coordinates: number[];
}

async function download(
  collection: string,
  query: string,
): Promise<{ status: number; file: string; headers: Headers; bytes: number }> {
  const res = await fetch(`${server.url}/ogc/collections/${collection}/items?${query}`);
  const body = Buffer.from(await res.arrayBuffer());
  const file = path.join(work, `${collection}-${Math.random().toString(36).slice(2)}.gpkg`);
  if (res.status === 200) await writeFile(file, body);
  return { status: res.status, file, headers: res.headers, bytes: body.length };
}

async function jsonItems(collection: string, query: string): Promise<JsonFeature[]> {
  const res = await fetch(`${server.url}/ogc/collections/${collection}/items?limit=1000&${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { features: JsonFeature[] }).features;
}

function flatten(coordinates: unknown): number[] {
  return Array.isArray(coordinates) ? coordinates.flatMap(flatten) : [coordinates as number];
}

/** ogrinfo -json (GDAL ≥ 3.7) is not in Debian 12's GDAL 3.6: read the GeoJSON that ogr2ogr writes to stdout. */
async function readWithGdal(file: string, table: string): Promise<ReadFeature[]> {
  const { stdout } = await run(
    'ogr2ogr',
    ['-f', 'GeoJSON', '/vsistdout/', file, '-sql', `SELECT FID AS id, * FROM "${table}"`],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const collection = JSON.parse(stdout) as { features: JsonFeature[] };
  return collection.features.map((f) => {
    const { id, ...properties } = f.properties;
    return { id: Number(id), properties, coordinates: flatten(f.geometry.coordinates) };
  });
}

const QGIS_SCRIPT = `
import json, sys
from qgis.core import QgsApplication, QgsVectorLayer, QgsFeatureSource
app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(sys.argv[1], 'download', 'ogr')
if not layer.isValid():
    print(json.dumps({'valid': False}))
    sys.exit(0)
names = [f.name() for f in layer.fields()]
def coords(g):
    out = []
    for v in g.vertices():
        out += [v.x(), v.y()]
    return out
features = []
for f in layer.getFeatures():
    props = {}
    for n in names:
        v = f[n]
        if hasattr(v, 'toString') and not isinstance(v, str):
            v = v.toString('yyyy-MM-dd')
        props[n] = None if v is None or (hasattr(v, 'isNull') and v.isNull()) else v
    features.append({'fid': f.id(), 'properties': props, 'coordinates': coords(f.geometry())})
print(json.dumps({
  'valid': True,
  'count': layer.featureCount(),
  'crs': layer.crs().authid(),
  'spatialIndex': layer.dataProvider().hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresent,
  'features': features,
}, default=str))
`;

interface QgisRead {
  valid: boolean;
  count: number;
  crs: string;
  spatialIndex: boolean;
  features: { fid: number; properties: Record<string, unknown>; coordinates: number[] }[];
}

async function readWithQgis(file: string): Promise<QgisRead> {
  const { stdout } = await run('/usr/bin/python3', ['-c', QGIS_SCRIPT, file], {
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', XDG_RUNTIME_DIR: work },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as QgisRead;
}

/**
 * The farthest any vertex of `expected` is from its match in `got` (pairs matched as a multiset: the
 * JSON's snap-rounding to 6 decimals may start a ring at another vertex).
 */
function worstVertexGap(expected: number[], got: number[]): number {
  const pairs = (c: number[]) => Array.from({ length: c.length / 2 }, (_v, i) => [c[2 * i], c[2 * i + 1]]);
  const left = pairs(got);
  let worst = 0;
  for (const [x, y] of pairs(expected)) {
    let best = 0;
    for (let i = 1; i < left.length; i++)
      if (Math.hypot(left[i][0] - x, left[i][1] - y) < Math.hypot(left[best][0] - x, left[best][1] - y)) best = i;
    worst = Math.max(worst, Math.abs(left[best][0] - x), Math.abs(left[best][1] - y));
    left.splice(best, 1);
  }
  return worst;
}

/** Numbers to 12 significant digits: GDAL prints 15, so 0.7410999999999999 comes back as 0.7411. */
function significant(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(12)) : v]),
  );
}

/** Same ids, properties and coordinates (to the JSON's rounding) as the JSON items. */
function expectSameFeatures(read: ReadFeature[], json: JsonFeature[], tolerance: number): void {
  expect(read.map((f) => f.id).sort((a, b) => a - b)).toEqual(json.map((f) => f.id).sort((a, b) => a - b));
  const byId = new Map(read.map((f) => [f.id, f]));
  for (const feature of json) {
    const got = byId.get(feature.id) as ReadFeature;
    expect(significant(got.properties)).toEqual(significant(feature.properties));
    const expected = flatten(feature.geometry.coordinates);
    expect(got.coordinates).toHaveLength(expected.length);
    expect(worstVertexGap(expected, got.coordinates)).toBeLessThanOrEqual(tolerance);
  }
}

describe('f=gpkg', () => {
  const f = 'gpkg';
  it('colonias: every feature, property and vertex as in the JSON (ogrinfo), one statement', async () => {
    const file = await download('colonias', `f=${f}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^application\/geopackage\+sqlite3/);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="colonias.${f}"`);
    expect(file.headers.get('x-sql-statements')).toBe('1');
    const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', file.file]);
    expect(stdout).toMatch(/Geometry: Multi Polygon/);
    expect(stdout).toMatch(/Feature Count: 293/);
    expect(stdout).toMatch(/areaKm2: Real/);
    // Against the full-precision GeoJSON: the OGC JSON's 6 decimals are snap-rounded, which may move a vertex.
    const res = await fetch(`${server.url}/geojson/colonias?precision=15`);
    const json = ((await res.json()) as { features: JsonFeature[] }).features;
    expectSameFeatures(await readWithGdal(file.file, 'colonias'), json, 1e-9);
  });

  it('crs, bbox, filter, properties and sortby mean what they mean for the JSON (ogrinfo)', async () => {
    const query =
      'crs=http://www.opengis.net/def/crs/EPSG/0/32614&bbox=-99.10,19.33,-99.03,19.38' +
      `&filter=${encodeURIComponent("nombre LIKE '%A%'")}&properties=clave,nombre,territorialClave&sortby=-clave`;
    const json = await jsonItems('colonias', query);
    expect(json.length).toBeGreaterThan(5);
    const file = await download('colonias', `f=${f}&${query}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-crs')).toBe('<http://www.opengis.net/def/crs/EPSG/0/32614>');
    const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', file.file]);
    expect(stdout).toMatch(/ID\["EPSG",32614\]\]$/m);
    // UTM metres: the JSON rounds them to 0.1 mm.
    expectSameFeatures(await readWithGdal(file.file, 'colonias'), json, 1e-4);
  });

  it('datetime on a dated layer: the same workshops as the JSON (ogrinfo)', async () => {
    const query = 'datetime=2020-03-01/2020-06-30';
    const json = await jsonItems('workshops', query);
    expect(json.length).toBeGreaterThan(0);
    const file = await download('workshops', `f=${f}&${query}`);
    expect(file.status).toBe(200);
    expectSameFeatures(await readWithGdal(file.file, 'workshops'), json, 1e-6);
  });

  it('QGIS opens it: same features, properties and coordinates, a spatial index, EPSG:4326', async () => {
    const file = await download('ecos', `f=${f}`);
    const json = await jsonItems('ecos', '');
    const read = await readWithQgis(file.file);
    expect(read).toMatchObject({ valid: true, count: json.length, crs: 'EPSG:4326', spatialIndex: true });
    const features = read.features.map((q) => {
      const { fid, ...properties } = q.properties;
      return { id: Number(fid), properties, coordinates: q.coordinates };
    });
    expectSameFeatures(features, json, 1e-6);
  });
});

it('the GeoPackage has its R-tree, filled, and passes GDAL HasSpatialIndex', async () => {
  const file = await download('colonias', 'f=gpkg');
  const { stdout } = await run('ogrinfo', [
    '-ro',
    file.file,
    '-sql',
    "SELECT HasSpatialIndex('colonias', 'geom') AS indexed, (SELECT count(*) FROM rtree_colonias_geom) AS entries",
    '-dialect',
    'SQLite',
  ]);
  expect(stdout).toMatch(/indexed \(Integer\) = 1/);
  expect(stdout).toMatch(/entries \(Integer\) = 293/);
});

it('an empty GeoPackage is a valid one', async () => {
  const gpkg = await download('colonias', `f=gpkg&filter=${encodeURIComponent("nombre = 'no such colonia'")}`);
  expect(gpkg.status).toBe(200);
  const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', gpkg.file]);
  expect(stdout).toMatch(/Feature Count: 0/);
});

it('refuses bad input with a 400 naming the parameter', async () => {
  for (const [query, parameter] of [
    ['f=shp', 'f'],
    ['f=fgb', 'f'],
    ['f=gpkg&limit=0', 'limit'],
    ['f=gpkg&limit=50001', 'limit'],
    ['f=gpkg&properties=nope', 'properties'],
    ['f=gpkg&crs=EPSG:9999', 'crs'],
    ['f=gpkg&bbox=1,2,3', 'bbox'],
    ['f=gpkg&filter=nombre%20%3D', 'filter'],
  ]) {
    const res = await fetch(`${server.url}/ogc/collections/colonias/items?${query}`);
    expect({ query, status: res.status }).toEqual({ query, status: 400 });
    const body = (await res.json()) as { code: string; description: string };
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.description.startsWith(parameter)).toBe(true);
  }
});

it('a download past the per-file limit is a 413 naming the limit; limit and offset take it in parts', async () => {
  const [{ n }] = await server.dataSource.query('SELECT count(*)::int AS n FROM crime_incident');
  const res = await fetch(`${server.url}/ogc/collections/crime/items?f=gpkg`);
  expect(n).toBeGreaterThan(50_000); // the demo's crime layer
  expect(res.status).toBe(413);
  expect(((await res.json()) as { description: string }).description).toMatch(/more than the limit of 50000/);
  const part = await download('crime', 'f=gpkg&limit=100&offset=10');
  expect(part.status).toBe(200);
  const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', part.file]);
  expect(stdout).toMatch(new RegExp(`Feature Count: ${Math.min(100, Math.max(0, n - 10))}\\b`));
  expect(existsSync(part.file)).toBe(true);
});

it('the collection lists its GIS downloads as items links', async () => {
  const res = await fetch(`${server.url}/ogc/collections/colonias`);
  const doc = (await res.json()) as { links: { href: string; rel: string; type: string }[] };
  const types = doc.links.filter((l) => l.rel === 'items').map((l) => l.type);
  expect(types).toEqual(['application/geo+json', 'application/geopackage+sqlite3']);
});
