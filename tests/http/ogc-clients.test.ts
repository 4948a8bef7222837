import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '../helpers/test-server';

/**
 * Real OGC API clients against Parts 2 and 3: OWSLib (Debian's
 * python3-owslib, run with /usr/bin/python3) and GDAL's OAPIF driver
 * (gdal-bin). .ci/run installs both; these tests fail, never skip, when
 * either is missing. Clients run as child processes (async execFile): the
 * server answers them from this same process.
 */

const run = promisify(execFile);
const UTM = 'http://www.opengis.net/def/crs/EPSG/0/32614';
let server: TestServer;
let work: string;

beforeAll(async () => {
  server = await startTestServer();
  work = await mkdtemp(path.join(tmpdir(), 'territorio-ogc-clients-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await server.close();
});

const query = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);

function positions(geometry: any): number[][] {
  const out: number[][] = [];
  const walk = (c: any) => (typeof c[0] === 'number' ? out.push(c) : c.forEach(walk));
  walk(geometry.coordinates);
  return out;
}

function maxDistance(a: number[][], b: number[][]): number {
  expect(a.length).toBe(b.length);
  return Math.max(...a.map((p, i) => Math.hypot(p[0] - b[i][0], p[1] - b[i][1])));
}

const OWSLIB_SCRIPT = `
import json, sys
from owslib.ogcapi.features import Features
api = Features(sys.argv[1])
out = {'conformance': api.conformance()['conformsTo']}
out['queryables'] = api.collection_queryables('colonias')
found = api.collection_items('colonias', limit=1000, filter=sys.argv[2], **{'filter-lang': 'cql2-text'})
out['filtered'] = {'matched': found['numberMatched'], 'ids': [f['id'] for f in found['features']]}
utm = api.collection_items('colonias', limit=10, crs=sys.argv[3])
out['utm'] = [{'id': f['id'], 'geometry': f['geometry']} for f in utm['features']]
print(json.dumps(out))
`;

describe('OWSLib (python3-owslib)', () => {
  it('reads the conformance, the queryables, a CQL2 filter and a crs request', async () => {
    const filter = "territorialClave = 'TER-03' AND areaKm2 > 0.2";
    const { stdout } = await run('/usr/bin/python3', ['-c', OWSLIB_SCRIPT, `${server.url}/ogc/`, filter, UTM], {
      timeout: 90_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const out = JSON.parse(stdout);
    expect(out.conformance).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
        'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text',
      ]),
    );
    expect(out.queryables.properties).toMatchObject({
      nombre: { type: 'string' },
      areaKm2: { type: 'number' },
      geometry: { format: 'geometry-multipolygon' },
    });
    const expected: { id: number }[] = await query(
      `SELECT c.id FROM colonia c JOIN territorial t ON t.id = c.territorial_id
        WHERE t.clave = 'TER-03' AND c.area_km2 > 0.2 ORDER BY c.id`,
    );
    expect(out.filtered.matched).toBe(expected.length);
    expect(out.filtered.ids).toEqual(expected.map((r) => r.id));
    expect(expected.length).toBeGreaterThan(0);

    // UTM coordinates as served, against PostGIS's ST_Transform of the stored feature: within 1 mm.
    const rows: { id: number; g: string }[] = await query(
      'SELECT id, ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(geom, 32614)), 9) AS g FROM colonia WHERE id = ANY($1)',
      [out.utm.map((f: any) => f.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, JSON.parse(r.g)]));
    expect(out.utm).toHaveLength(10);
    for (const feature of out.utm)
      expect(maxDistance(positions(feature.geometry), positions(byId.get(feature.id)))).toBeLessThan(0.001);
  });
});

describe("GDAL's OAPIF driver", () => {
  async function gdal(command: 'ogrinfo' | 'ogr2ogr', args: string[]) {
    return run(command, args, {
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, GDAL_HTTP_TIMEOUT: '30', GDAL_HTTP_MAX_RETRY: '0', CPL_VSIL_CURL_ALLOWED_EXTENSIONS: '' },
    });
  }

  it('sends an attribute filter to the server as CQL2 text and gets exactly the matching colonias', async () => {
    const target = path.join(work, 'filtered.geojson');
    const { stderr } = await gdal('ogr2ogr', [
      '-f',
      'GeoJSON',
      target,
      `OAPIF:${server.url}/ogc`,
      'colonias',
      '-where',
      "territorialClave = 'TER-05' AND areaKm2 > 0.1",
      '--debug',
      'on',
    ]);
    // The filter went to the server (not evaluated client-side over every page).
    const fetched = [...stderr.matchAll(/Fetch\((\S+\/ogc\/collections\/colonias\/items\S*)\)/g)].map(
      (m) => new URL(m[1]),
    );
    const sent = fetched.map((url) => url.searchParams.get('filter')).find((f) => f) ?? '';
    expect(fetched.find((url) => url.searchParams.has('filter'))?.searchParams.get('filter-lang')).toBe('cql-text');
    expect(sent).toMatch(/territorialClave = 'TER-05'/);
    expect(sent).toMatch(/areaKm2 > 0\.1/);
    expect(stderr).not.toMatch(/Full filter will be evaluated on client side/);
    const written = JSON.parse(await readFile(target, 'utf8'));
    const expected: { clave: string }[] = await query(
      `SELECT c.clave FROM colonia c JOIN territorial t ON t.id = c.territorial_id
        WHERE t.clave = 'TER-05' AND c.area_km2 > 0.1 ORDER BY c.clave`,
    );
    expect(written.features.map((f: any) => f.properties.clave).sort()).toEqual(expected.map((r) => r.clave));
    expect(expected.length).toBeGreaterThan(0);
  });

  it('ogr2ogr -t_srs EPSG:32614 reprojects the layer as PostGIS does, within 1 mm', async () => {
    const target = path.join(work, 'utm.gpkg');
    await gdal('ogr2ogr', [
      '-f',
      'GPKG',
      target,
      `OAPIF:${server.url}/ogc`,
      'colonias',
      '-where',
      "territorialClave = 'TER-02'",
      '-t_srs',
      'EPSG:32614',
    ]);
    const info = await gdal('ogrinfo', ['-ro', '-so', target, 'colonias']);
    expect(info.stdout).toMatch(/WGS 84 \/ UTM zone 14N/);
    const exported = await gdal('ogr2ogr', ['-f', 'GeoJSON', '-lco', 'COORDINATE_PRECISION=6', '/vsistdout/', target]);
    const features = JSON.parse(exported.stdout).features as any[];
    expect(features.length).toBeGreaterThan(5);
    // GDAL read the CRS84 coordinates the server sent (6 decimals) and projected them with PROJ;
    // PostGIS projects the same served coordinates: within 1 mm.
    const served: any = await (
      await fetch(`${server.url}/ogc/collections/colonias/items?limit=1000&territorialClave=TER-02&properties=clave`)
    ).json();
    const byClave = new Map<string, any>();
    for (const f of served.features) byClave.set(f.properties.clave, f.geometry);
    for (const feature of features) {
      const [row] = await query(
        'SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 32614), 9) AS g',
        [JSON.stringify(byClave.get(feature.properties.clave))],
      );
      expect(maxDistance(positions(feature.geometry), positions(JSON.parse(row.g)))).toBeLessThan(0.001);
    }
    // And the server's own crs=EPSG:32614 answer is the same place (up to the 6-decimal CRS84 rounding, < 0.2 m).
    const utm: any = await (
      await fetch(
        `${server.url}/ogc/collections/colonias/items?limit=1000&territorialClave=TER-02&properties=clave&crs=${encodeURIComponent(UTM)}`,
      )
    ).json();
    const utmByClave = new Map<string, any>(utm.features.map((f: any) => [f.properties.clave, f.geometry]));
    // (Snap-rounding of the CRS84 output may start rings elsewhere: each vertex against its nearest.)
    for (const feature of features) {
      const theirs = positions(utmByClave.get(feature.properties.clave));
      for (const [x, y] of positions(feature.geometry))
        expect(Math.min(...theirs.map(([u, v]) => Math.hypot(x - u, y - v)))).toBeLessThan(0.2);
    }
  });
});
