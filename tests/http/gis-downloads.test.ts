import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { csvFile } from '../../src/geo/csv.writer';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * File downloads of OGC items (`f=gpkg`, `f=fgb`, `f=csv`) read back by tools
 * that did not write them: GDAL's ogrinfo/ogr2ogr (gdal-bin), QGIS's Python API
 * (python3-qgis, Debian's /usr/bin/python3, offscreen) and Python's csv module.
 * Each file is compared with the JSON items of the same query: same ids, same
 * properties, same coordinates. These tests fail, never skip, when GDAL or QGIS
 * is missing.
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
// The comparisons below hold the event loop for seconds, past the server's keep-alive timeout (5 s): let that
// timer close the idle socket before the next request, rather than send the request on it and be reset.
beforeEach(() => new Promise((resolve) => setTimeout(resolve, 10)));

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
): Promise<{ status: number; file: string; headers: Headers; bytes: number; body: Buffer }> {
  const res = await fetch(`${server.url}/ogc/collections/${collection}/items?${query}`);
  const body = Buffer.from(await res.arrayBuffer());
  const extension = /(?:^|&)f=(\w+)/.exec(query)?.[1] ?? 'gpkg';
  const file = path.join(work, `${collection}-${Math.random().toString(36).slice(2)}.${extension}`);
  if (res.status === 200) await writeFile(file, body);
  return { status: res.status, file, headers: res.headers, bytes: body.length, body };
}

async function jsonItems(collection: string, query: string): Promise<JsonFeature[]> {
  const res = await fetch(`${server.url}/ogc/collections/${collection}/items?limit=1000&${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { features: JsonFeature[] }).features;
}

function flatten(coordinates: unknown): number[] {
  return Array.isArray(coordinates) ? coordinates.flatMap(flatten) : [coordinates as number];
}

/**
 * ogrinfo -json (GDAL ≥ 3.7) is not in Debian 12's GDAL 3.6: read the GeoJSON that ogr2ogr writes to stdout.
 * The feature id: a GeoPackage's FID; FlatGeobuf has none (GDAL numbers the features), the file's `id` column.
 */
async function readWithGdal(file: string, table: string): Promise<ReadFeature[]> {
  const select = file.endsWith('.gpkg') ? 'FID AS id, *' : '*';
  const { stdout } = await run(
    'ogr2ogr',
    ['-f', 'GeoJSON', '/vsistdout/', file, '-sql', `SELECT ${select} FROM "${table}"`],
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

/**
 * Numbers to 12 significant digits: GDAL prints 15, so 0.7410999999999999 comes back as 0.7411. Dates as their
 * day: FlatGeobuf has only date-times, which GDAL writes as 2020/03/01 00:00:00 and QGIS as 2020-03-01.
 */
function significant(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([k, v]) => {
      if (typeof v === 'number') return [k, Number(v.toPrecision(12))];
      const day = typeof v === 'string' ? /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ]00:00:00(?:\.000)?)?$/.exec(v) : null;
      return [k, day ? `${day[1]}-${day[2]}-${day[3]}` : v];
    }),
  );
}

/** Same ids, properties and coordinates (to the JSON's rounding) as the JSON items. */
function expectSameFeatures(read: ReadFeature[], json: JsonFeature[], tolerance: number): void {
  expect(read).toHaveLength(json.length);
  expect(read.map((f) => f.id).sort((a, b) => a - b)).toEqual(json.map((f) => f.id).sort((a, b) => a - b));
  const byId = new Map(read.map((f) => [f.id, f]));
  for (const feature of json) {
    const got = byId.get(feature.id) as ReadFeature;
    // A FlatGeobuf feature leaves a null property out (the format's null), which GDAL then leaves unset.
    const names = Object.keys(feature.properties);
    expect(Object.keys(got.properties).filter((name) => !names.includes(name))).toEqual([]);
    const read = Object.fromEntries(names.map((name) => [name, got.properties[name] ?? null]));
    expect(significant(read)).toEqual(significant(feature.properties));
    const expected = flatten(feature.geometry.coordinates);
    expect(got.coordinates).toHaveLength(expected.length);
    expect(worstVertexGap(expected, got.coordinates)).toBeLessThanOrEqual(tolerance);
  }
}

describe.each([
  ['gpkg', /^application\/geopackage\+sqlite3/],
  ['fgb', /^application\/flatgeobuf/],
])('f=%s', (f, contentType) => {
  it('colonias: every feature, property and vertex as in the JSON (ogrinfo), one statement', async () => {
    const file = await download('colonias', `f=${f}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(contentType);
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
      const { [f === 'gpkg' ? 'fid' : 'id']: id, ...properties } = q.properties;
      return { id: Number(id), properties, coordinates: q.coordinates };
    });
    expectSameFeatures(features, json, 1e-6);
  });

  it('the figures of a period (datetime) are those of the JSON with the same datetime (QGIS, ogrinfo)', async () => {
    const query = 'datetime=2020-02-15/2020-07-10';
    // The file's coordinates against the full-precision GeoJSON of the same period (the items' JSON snap-rounds).
    const res = await fetch(`${server.url}/geojson/territoriales?precision=15&from=2020-02-15&to=2020-07-10`);
    const json = ((await res.json()) as { features: JsonFeature[] }).features;
    expect(json.map((j) => j.properties)).toEqual((await jsonItems('territoriales', query)).map((j) => j.properties));
    expect(
      json.some((j) => j.properties.periodFrom === '2020-02-15' && (j.properties.peopleReached as number) > 0),
    ).toBe(true);
    const file = await download('territoriales', `f=${f}&${query}`);
    expect(file.headers.get('x-sql-statements')).toBe('1');
    expectSameFeatures(await readWithGdal(file.file, 'territoriales'), json, 1e-6);
    const read = await readWithQgis(file.file);
    const features = read.features.map((q) => {
      const { [f === 'gpkg' ? 'fid' : 'id']: id, ...properties } = q.properties;
      return { id: Number(id), properties, coordinates: q.coordinates };
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

it.each(['gpkg', 'fgb'])('an empty %s file is a valid one', async (f) => {
  const empty = await download('colonias', `f=${f}&filter=${encodeURIComponent("nombre = 'no such colonia'")}`);
  expect(empty.status).toBe(200);
  const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', empty.file]);
  expect(stdout).toMatch(/Feature Count: 0/);
  expect(stdout).toMatch(/Geometry: Multi Polygon/);
});

describe('f=fgb: the FlatGeobuf file', () => {
  it('declares typed columns, the feature id first, and its CRS (ogrinfo)', async () => {
    const file = await download('colonias', 'f=fgb&crs=http://www.opengis.net/def/crs/EPSG/0/32614');
    const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', file.file]);
    expect(stdout).toMatch(/Layer name: colonias/);
    expect(stdout).toMatch(/ID\["EPSG",32614\]\]$/m);
    const fields = [...stdout.matchAll(/^(\w+): (\w+(?:\(\w+\))?) \(\d+\.\d+\)/gm)].map((m) => [m[1], m[2]]);
    expect(fields[0]).toEqual(['id', 'Integer']);
    expect(Object.fromEntries(fields)).toMatchObject({
      clave: 'String',
      areaKm2: 'Real',
      beneficiaries: 'Integer64',
      attended: 'Integer(Boolean)',
      periodFrom: 'DateTime',
    });
  });

  it('has a packed Hilbert R-tree that finds what the JSON bbox finds; sortby keeps its order, without the index', async () => {
    const bbox = '-99.08,19.33,-99.04,19.37';
    const json = await jsonItems('ecos', `bbox=${bbox}`);
    expect(json.length).toBeGreaterThan(0);
    const file = await download('ecos', 'f=fgb');
    const { stdout } = await run('ogrinfo', ['-ro', '-al', '-q', file.file, '-spat', ...bbox.split(',')]);
    const found = [...stdout.matchAll(/^ {2}id \(Integer\) = (\d+)$/gm)].map((m) => Number(m[1]));
    expect(found.sort((a, b) => a - b)).toEqual(json.map((j) => j.id).sort((a, b) => a - b));
    expect((await readWithQgis(file.file)).spatialIndex).toBe(true);

    const sorted = await download('colonias', 'f=fgb&sortby=-areaKm2&properties=areaKm2');
    const order = (await readWithGdal(sorted.file, 'colonias')).map((r) => r.id);
    expect(order).toEqual((await jsonItems('colonias', 'sortby=-areaKm2&properties=areaKm2')).map((j) => j.id));
    expect((await readWithQgis(sorted.file)).spatialIndex).toBe(false);
  });
});

it('refuses bad input with a 400 naming the parameter', async () => {
  for (const [query, parameter] of [
    ['f=shp', 'f'],
    ['f=xlsx', 'f'],
    ['f=fgb&properties=nope', 'properties'],
    ['f=fgb&crs=EPSG:9999', 'crs'],
    ['f=csv&limit=0', 'limit'],
    ['f=csv&filter=nombre%20%3D', 'filter'],
    ['f=csv&datetime=2020-01-01/2031-01-01', 'datetime'],
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
  expect(n).toBeGreaterThan(50_000); // the demo's crime layer
  for (const f of ['gpkg', 'fgb', 'csv']) {
    const res = await fetch(`${server.url}/ogc/collections/crime/items?f=${f}`);
    expect({ f, status: res.status }).toEqual({ f, status: 413 });
    expect(((await res.json()) as { description: string }).description).toMatch(/more than the limit of 50000/);
  }
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
  expect(types).toEqual([
    'application/geo+json',
    'application/geopackage+sqlite3',
    'application/flatgeobuf',
    'text/csv',
  ]);
});

/** A CSV file as Python's csv module reads it (a reader that did not write it): the rows, header first. */
async function readCsv(file: string): Promise<string[][]> {
  const script =
    'import csv, json, sys\n' +
    "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n" +
    '    print(json.dumps(list(csv.reader(f))))\n';
  const { stdout } = await run('/usr/bin/python3', ['-c', script, file], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as string[][];
}

/** A CSV field read back as the JSON value: empty is null, true/false are booleans, numbers for number properties. */
function csvValue(text: string, json: unknown): unknown {
  if (text === '') return null;
  if (typeof json === 'boolean') return text === 'true';
  if (typeof json === 'number') return Number(text);
  return text;
}

/** The numbers of a WKT text, in order. */
const wktNumbers = (wkt: string) => (wkt.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);

describe('f=csv', () => {
  it('colonias: UTF-8 with a BOM, CRLF, id, wkt and every property as the JSON items (Python csv), one statement', async () => {
    const file = await download('colonias', 'f=csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="colonias.csv"');
    expect(file.headers.get('x-sql-statements')).toBe('1');
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.body.toString('utf8').split('\r\n').length).toBe(293 + 2); // header, rows, the last line's end
    const [header, ...rows] = await readCsv(file.file);
    const json = await jsonItems('colonias', '');
    expect(header).toEqual(['id', 'wkt', ...Object.keys(json[0].properties)]);
    expect(rows.map((r) => Number(r[0]))).toEqual(json.map((j) => j.id));
    // Accents as written (the BOM tells spreadsheets the file is UTF-8).
    expect(rows.some((r) => /[ÁÉÍÓÚÑáéíóúñ]/.test(r.join(',')))).toBe(true);
    rows.forEach((row, i) => {
      const { id, properties, geometry } = json[i];
      const read = Object.fromEntries(header.slice(2).map((name, k) => [name, csvValue(row[k + 2], properties[name])]));
      expect({ id, read }).toEqual({ id, read: properties });
      expect(row[1]).toMatch(/^MULTIPOLYGON\(\(\(/);
      // The same snap-rounded vertices as the JSON, in the same order.
      expect(wktNumbers(row[1])).toEqual(flatten(geometry.coordinates));
    });
  });

  it('points as lon/lat (or x/y in a projected crs); filter, bbox, properties, sortby and datetime as the JSON', async () => {
    const query = `bbox=-99.10,19.33,-99.03,19.38&properties=clave,nombre&sortby=-clave`;
    const json = await jsonItems('ecos', query);
    expect(json.length).toBeGreaterThan(2);
    const [header, ...rows] = await readCsv((await download('ecos', `f=csv&${query}`)).file);
    expect(header).toEqual(['id', 'lon', 'lat', 'clave', 'nombre']);
    expect(rows.map((r) => [Number(r[0]), [Number(r[1]), Number(r[2])], r[3], r[4]])).toEqual(
      json.map((j) => [j.id, j.geometry.coordinates, j.properties.clave, j.properties.nombre]),
    );

    const utm = 'crs=http://www.opengis.net/def/crs/EPSG/0/32614&properties=clave';
    const projected = await jsonItems('ecos', utm);
    const [utmHeader, ...utmRows] = await readCsv((await download('ecos', `f=csv&${utm}`)).file);
    expect(utmHeader).toEqual(['id', 'x', 'y', 'clave']);
    expect(utmRows.map((r) => [Number(r[1]), Number(r[2])])).toEqual(projected.map((j) => j.geometry.coordinates));

    const period = 'datetime=2020-02-15/2020-07-10&filter=' + encodeURIComponent("territorialClave = 'TER-03'");
    const figures = await jsonItems('colonias', period);
    const [periodHeader, ...periodRows] = await readCsv((await download('colonias', `f=csv&${period}`)).file);
    expect(periodRows).toHaveLength(figures.length);
    periodRows.forEach((row, i) => {
      const read = Object.fromEntries(
        periodHeader.slice(2).map((name, k) => [name, csvValue(row[k + 2], figures[i].properties[name])]),
      );
      expect(read).toEqual(figures[i].properties);
    });
  });

  it('writes text a spreadsheet would run as a formula as text, and quotes what RFC 4180 quotes (Python csv)', async () => {
    const file = path.join(work, 'injection.csv');
    await writeFile(
      file,
      csvFile(
        ['id', 'nombre', 'n'],
        [
          [1, '=HYPERLINK("http://x","y")', -5],
          [2, 'Calle 5, "La Joya"\r\nIztapalapa', 0.1],
          [3, '-3', null],
          [4, '@SUM(A1)', true],
        ],
      ),
    );
    const [, ...rows] = await readCsv(file);
    expect(rows).toEqual([
      ['1', `'=HYPERLINK("http://x","y")`, '-5'],
      ['2', 'Calle 5, "La Joya"\r\nIztapalapa', '0.1'],
      ['3', "'-3", ''],
      ['4', "'@SUM(A1)", 'true'],
    ]);
  });
});
