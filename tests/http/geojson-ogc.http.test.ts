import { startTestServer, type TestServer } from '../helpers/test-server';
import { isRfc7946Geometry } from '../helpers/geojson-checks';
import { FeatureCollectionLayerDocument } from '../graphql/generated';

/** GET /geojson/{layer} and OGC API – Features at /ogc. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const query = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    json,
    sql: Number(response.headers.get('x-sql-statements')),
  };
}

async function expectHttpError(path: string, status: number, named: string) {
  const response = await get(path);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(Object.keys(response.json).sort()).toEqual(['code', 'description']);
  expect(response.json.code).toBe(status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT');
  expect(response.json.description).toContain(named);
  expect(response.text).not.toMatch(/SELECT|stack|at \w+ \(/);
}

describe('GET /geojson/{layer}', () => {
  it('serves the whole layer as application/geo+json with a file name, in one SQL statement', async () => {
    const response = await get('/geojson/colonias');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="colonias.geojson"');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(response.sql).toBe(1);
    expect(response.json.type).toBe('FeatureCollection');
    expect(response.json.features).toHaveLength(293);
    for (const feature of response.json.features) expect(isRfc7946Geometry(feature.geometry)).toBe(true);
    expect(Object.keys(response.json.features[0].properties)).toEqual(
      expect.arrayContaining(['clave', 'nombre', 'territorialClave', 'beneficiaries', 'attended']),
    );
  });

  it('is the same FeatureCollection the GraphQL query returns for the same filters', async () => {
    const http = await get('/geojson/territoriales?precision=4&simplify=25');
    const gql = await server.gql(FeatureCollectionLayerDocument, {
      layer: 'TERRITORIALES',
      precision: 4,
      simplifyMeters: 25,
    });
    expect(http.json).toEqual(gql.data.featureCollection);
  });

  it('filters by bbox, territorial (id or clave), near and intersects', async () => {
    const bbox = [-99.08, 19.33, -99.04, 19.37];
    const inBox = (
      await query(
        'SELECT id FROM colonia WHERE ST_Intersects(geom, ST_MakeEnvelope($1, $2, $3, $4, 4326)) ORDER BY id',
        bbox,
      )
    ).map((r: any) => r.id);
    const byBox = await get(`/geojson/colonias?bbox=${bbox.join(',')}`);
    expect(byBox.json.features.map((f: any) => f.id)).toEqual(inBox);

    const t = (await query("SELECT id FROM territorial WHERE clave = 'TER-03'"))[0].id;
    const inT = (await query('SELECT id FROM colonia WHERE territorial_id = $1 ORDER BY id', [t])).map(
      (r: any) => r.id,
    );
    expect((await get('/geojson/colonias?territorial=TER-03')).json.features.map((f: any) => f.id)).toEqual(inT);
    expect((await get(`/geojson/colonias?territorial=${t}`)).json.features.map((f: any) => f.id)).toEqual(inT);

    const near = await get('/geojson/ecos?near=-99.05,19.35,3000');
    const within = (
      await query(
        `SELECT id FROM ecos_school WHERE ST_DWithin(location::geography, ST_SetSRID(ST_MakePoint(-99.05, 19.35), 4326)::geography, 3000)
        ORDER BY ST_Distance(location::geography, ST_SetSRID(ST_MakePoint(-99.05, 19.35), 4326)::geography, false), id`,
      )
    ).map((r: any) => r.id);
    expect(near.json.features.map((f: any) => f.id)).toEqual(within);

    const shape = {
      type: 'Polygon',
      coordinates: [
        [
          [-99.07, 19.33],
          [-99.03, 19.33],
          [-99.03, 19.36],
          [-99.07, 19.33],
        ],
      ],
    };
    const touched = (
      await query(
        'SELECT id FROM colonia WHERE ST_Intersects(geom, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) ORDER BY id',
        [JSON.stringify(shape)],
      )
    ).map((r: any) => r.id);
    const byShape = await get(`/geojson/colonias?intersects=${encodeURIComponent(JSON.stringify(shape))}`);
    expect(byShape.json.features.map((f: any) => f.id)).toEqual(touched);
    expect(byShape.sql).toBe(2);
  });

  it('filters program layers by their own properties', async () => {
    const kinds: any[] = await query("SELECT id FROM public_space_improvement WHERE kind = 'LUDICALLE' ORDER BY id");
    const result = await get('/geojson/improvements?kind=LUDICALLE');
    expect(result.json.features.map((f: any) => f.id)).toEqual(kinds.map((r) => r.id));
    for (const f of result.json.features) expect(f.properties.kind).toBe('LUDICALLE');
  });

  it('answers 304 to a matching If-None-Match, and changes the ETag with the content', async () => {
    const first = await get('/geojson/territoriales');
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/geojson/territoriales', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const other = await get('/geojson/territoriales?precision=3');
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it.each([
    ['/geojson/parks', 400, 'layer'],
    ['/geojson/colonias?bbox=1,2,3', 400, 'bbox'],
    ['/geojson/colonias?bbox=-99,19.4,-99.1,19.5', 400, 'minLon must not be greater than maxLon'],
    ['/geojson/colonias?bbox=-99.1,19.5,-99,19.4', 400, 'minLat must not be greater than maxLat'],
    ['/geojson/colonias?bbox=-99.1,19.3,-99,95', 400, 'bbox maxLat'],
    ['/geojson/colonias?bbox=a,b,c,d', 400, 'bbox minLon'],
    ['/geojson/colonias?bbox=-99.1,19.3,-99,19.4&bbox=1,2,3,4', 400, 'bbox'],
    ['/geojson/colonias?precision=16', 400, 'precision'],
    ['/geojson/colonias?precision=2.5', 400, 'precision'],
    ['/geojson/colonias?simplify=-3', 400, 'simplify'],
    ['/geojson/colonias?simplify=abc', 400, 'simplify'],
    ['/geojson/colonias?near=-99,19.3', 400, 'near'],
    ['/geojson/colonias?near=-99,19.3,0', 400, 'near.meters'],
    ['/geojson/colonias?near=-99,19.3,99999999', 400, 'near.meters'],
    ['/geojson/colonias?intersects=notjson', 400, 'intersects'],
    [
      `/geojson/colonias?intersects=${encodeURIComponent('{"type":"Polygon","coordinates":[[[-99.1,19.3],[-99,19.4],[-99,19.3],[-99.1,19.4],[-99.1,19.3]]]}')}`,
      400,
      'Self-intersection',
    ],
    ['/geojson/colonias?territorial=99999999999', 400, 'territorial'],
    ['/geojson/colonias?kind=LUDICALLE', 400, 'kind'],
    ['/geojson/colonias?foo=1', 400, 'foo'],
  ])('%s → %i naming %s', async (path, status, named) => {
    await expectHttpError(path, status, named);
  });
});

describe('OGC API – Features', () => {
  it('landing page links to the API definition, conformance and collections with absolute URLs', async () => {
    const landing = await get('/ogc');
    expect(landing.status).toBe(200);
    const rels = Object.fromEntries(landing.json.links.map((l: any) => [l.rel, l]));
    expect(Object.keys(rels).sort()).toEqual(['conformance', 'data', 'self', 'service-desc']);
    expect(rels['service-desc'].href).toBe(`${server.url}/ogc/api`);
    expect(rels['service-desc'].type).toBe('application/vnd.oai.openapi+json;version=3.0');
    expect(rels.data.href).toBe(`${server.url}/ogc/collections`);
  });

  it('links honour X-Forwarded-Proto and -Host from a trusted (loopback) proxy', async () => {
    const landing = await get('/ogc', {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'mapas.iztapalapa.cdmx.gob.mx',
    });
    expect(landing.json.links[0].href).toBe('https://mapas.iztapalapa.cdmx.gob.mx/ogc');
  });

  it('declares the core, geojson, html and oas30 conformance classes (Parts 2 and 3: ogc-crs-filter.http.test.ts)', async () => {
    const conformance = await get('/ogc/conformance');
    expect(conformance.json.conformsTo.filter((c: string) => c.includes('ogcapi-features-1/')).sort()).toEqual([
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
    ]);
  });

  it('serves a structurally valid OpenAPI 3.0 document whose $refs all resolve', async () => {
    const api = await get('/ogc/api');
    expect(api.status).toBe(200);
    expect(api.headers.get('content-type')).toBe('application/vnd.oai.openapi+json;version=3.0');
    const doc = api.json;
    expect(doc.openapi).toMatch(/^3\.0\.\d+$/);
    expect(typeof doc.info.title).toBe('string');
    expect(typeof doc.info.version).toBe('string');
    expect(doc.servers[0].url).toBe(`${server.url}/ogc`);
    for (const path of [
      '/',
      '/conformance',
      '/api',
      '/collections',
      '/collections/{collectionId}',
      '/collections/colonias/items',
      '/collections/colonias/items/{featureId}',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    const operationIds = new Set<string>();
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      expect(path.startsWith('/')).toBe(true);
      for (const [method, operation] of Object.entries<any>(item)) {
        expect(['get', 'post', 'put', 'delete', 'patch', 'head', 'options']).toContain(method);
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
        expect(operationIds.has(operation.operationId)).toBe(false);
        operationIds.add(operation.operationId);
        for (const param of [...(path.match(/\{(\w+)\}/g) ?? [])]) {
          const name = param.slice(1, -1);
          const declared = (operation.parameters ?? []).map((p: any) =>
            p.$ref ? doc.components.parameters[p.$ref.split('/').pop()] : p,
          );
          expect(declared.some((p: any) => p.in === 'path' && p.name === name && p.required === true)).toBe(true);
        }
      }
    }
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const pointer = ref.slice('"$ref":"'.length, -1);
      expect(pointer.startsWith('#/')).toBe(true);
      const target = pointer
        .slice(2)
        .split('/')
        .reduce((node: any, key) => node?.[key], doc);
      expect(target).toBeDefined();
    }
    expect(doc.components.parameters.limit.schema).toMatchObject({ minimum: 1, maximum: 1000, default: 100 });
  });

  it('lists every layer as a collection with title, description, spatial extent and item type (one SQL statement)', async () => {
    const collections = await get('/ogc/collections');
    expect(collections.sql).toBe(1);
    expect(collections.json.collections.map((c: any) => c.id)).toEqual([
      'territoriales',
      'colonias',
      'ecos',
      'improvements',
      'workshops',
      'mercomuna',
      'crime',
      'ids_agebs',
    ]);
    const extent: any = (
      await query(
        'SELECT ST_XMin(e) a, ST_YMin(e) b, ST_XMax(e) c, ST_YMax(e) d FROM (SELECT ST_Extent(geom)::geometry e FROM colonia) x',
      )
    )[0];
    const colonias = collections.json.collections[1];
    expect(colonias).toMatchObject({ title: 'Colonias', itemType: 'feature' });
    expect(colonias.description.length).toBeGreaterThan(10);
    expect(colonias.extent.spatial.bbox[0]).toEqual([extent.a, extent.b, extent.c, extent.d].map(Number));
    expect(colonias.extent.spatial.crs).toBe('http://www.opengis.net/def/crs/OGC/1.3/CRS84');
    expect(colonias.extent.temporal).toBeUndefined();
    const items = colonias.links.find((l: any) => l.rel === 'items');
    expect(items).toMatchObject({ href: `${server.url}/ogc/collections/colonias/items`, type: 'application/geo+json' });
  });

  it('gives dated layers a temporal extent', async () => {
    const workshops = await get('/ogc/collections/workshops');
    const dates: any = (
      await query(
        "SELECT to_char(min(held_on), 'YYYY-MM-DD') AS a, to_char(max(held_on), 'YYYY-MM-DD') AS b FROM workshop",
      )
    )[0];
    expect(workshops.json.extent.temporal.interval).toEqual([[`${dates.a}T00:00:00Z`, `${dates.b}T00:00:00Z`]]);
  });

  it('pages through all 293 colonias with numberMatched, numberReturned, timeStamp and next/prev links', async () => {
    const seen: number[] = [];
    let url: string | undefined = `/ogc/collections/colonias/items?limit=50`;
    let pages = 0;
    while (url) {
      const page = await get(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('application/geo+json');
      expect(page.sql).toBe(1);
      const body = page.json;
      expect(body.type).toBe('FeatureCollection');
      expect(body.numberMatched).toBe(293);
      expect(body.numberReturned).toBe(body.features.length);
      expect(Date.now() - Date.parse(body.timeStamp)).toBeLessThan(60_000);
      const rels = Object.fromEntries(body.links.map((l: any) => [l.rel, l.href]));
      expect(rels.self).toBe(`${server.url}${url.includes('offset') ? url : `${url}&offset=0`}`);
      if (pages === 0) expect(rels.prev).toBeUndefined();
      else expect(rels.prev).toBe(`${server.url}/ogc/collections/colonias/items?limit=50&offset=${(pages - 1) * 50}`);
      seen.push(...body.features.map((f: any) => f.id));
      url = rels.next?.slice(server.url.length);
      pages += 1;
    }
    expect(pages).toBe(6);
    expect(seen).toEqual((await query('SELECT id FROM colonia ORDER BY id')).map((r: any) => r.id));
  });

  it('default page is 100 features; filters by bbox, territorial, kind and datetime keep their links', async () => {
    expect((await get('/ogc/collections/colonias/items')).json.numberReturned).toBe(100);
    const bbox = '-99.08,19.33,-99.04,19.37';
    const inBox = (
      await query(
        'SELECT count(*)::int AS n FROM colonia WHERE ST_Intersects(geom, ST_MakeEnvelope(-99.08, 19.33, -99.04, 19.37, 4326))',
      )
    )[0].n;
    const boxed = await get(`/ogc/collections/colonias/items?bbox=${bbox}&limit=5&territorial=TER-03&f=json`);
    const boxedT = (
      await query(
        "SELECT count(*)::int AS n FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE t.clave = 'TER-03' AND ST_Intersects(c.geom, ST_MakeEnvelope(-99.08, 19.33, -99.04, 19.37, 4326))",
      )
    )[0].n;
    expect(boxed.json.numberMatched).toBe(boxedT);
    expect((await get(`/ogc/collections/colonias/items?bbox=${bbox}`)).json.numberMatched).toBe(inBox);
    const next = boxed.json.links.find((l: any) => l.rel === 'next');
    if (boxedT > 5) expect(new URL(next.href).searchParams.get('territorial')).toBe('TER-03');

    const liconsa = (await query("SELECT count(*)::int AS n FROM mercomuna_point WHERE kind = 'LECHERIA_LICONSA'"))[0]
      .n;
    expect((await get('/ogc/collections/mercomuna/items?kind=LECHERIA_LICONSA')).json.numberMatched).toBe(liconsa);

    const window: any = (
      await query("SELECT count(*)::int AS n FROM workshop WHERE held_on BETWEEN '2020-03-01' AND '2020-06-30'")
    )[0];
    const dated = await get('/ogc/collections/workshops/items?datetime=2020-03-01/2020-06-30T23:59:59Z&limit=1000');
    expect(dated.json.numberMatched).toBe(window.n);
    const open = (await query("SELECT count(*)::int AS n FROM workshop WHERE held_on >= '2020-06-01'"))[0].n;
    expect((await get('/ogc/collections/workshops/items?datetime=2020-06-01/..')).json.numberMatched).toBe(open);
  });

  it('serves one feature by id with links, 404 for an unknown one', async () => {
    const id = (await query("SELECT id FROM colonia WHERE clave = '07-196'"))[0].id;
    const feature = await get(`/ogc/collections/colonias/items/${id}`);
    expect(feature.status).toBe(200);
    expect(feature.headers.get('content-type')).toBe('application/geo+json');
    expect(feature.json).toMatchObject({ type: 'Feature', id, properties: { clave: '07-196' } });
    expect(feature.json.links.map((l: any) => l.rel)).toEqual(['self', 'collection']);
    expect(isRfc7946Geometry(feature.json.geometry)).toBe(true);
    await expectHttpError('/ogc/collections/colonias/items/999999', 404, '999999');
    await expectHttpError('/ogc/collections/colonias/items/abc', 404, 'abc');
    await expectHttpError('/ogc/collections/colonias/items/0', 404, '0');
  });

  it.each([
    ['/ogc/collections/parks', 404, 'parks'],
    ['/ogc/collections/parks/items', 404, 'parks'],
    ['/ogc/collections/colonias/items?limit=0', 400, 'limit'],
    ['/ogc/collections/colonias/items?limit=-5', 400, 'limit'],
    ['/ogc/collections/colonias/items?limit=1001', 400, 'limit'],
    ['/ogc/collections/colonias/items?limit=ten', 400, 'limit'],
    ['/ogc/collections/colonias/items?offset=-1', 400, 'offset'],
    ['/ogc/collections/colonias/items?bbox=1,2,3', 400, 'bbox'],
    ['/ogc/collections/colonias/items?bbox=-99,19.4,-99.1,19.5', 400, 'bbox'],
    ['/ogc/collections/colonias/items?bbox=-99.1,19.3,-99,19.4,0,10', 400, 'bbox'],
    ['/ogc/collections/ecos/items?datetime=2020-01-01', 400, 'datetime'],
    ['/ogc/collections/workshops/items?datetime=yesterday', 400, 'datetime'],
    ['/ogc/collections/workshops/items?datetime=2020-02-30', 400, 'datetime'],
    ['/ogc/collections/workshops/items?datetime=2020-06-01/2020-01-01', 400, 'datetime'],
    ['/ogc/collections/workshops/items?datetime=../..', 400, 'datetime'],
    ['/ogc/collections/colonias/items?f=xlsx', 400, 'f'],
    ['/ogc/collections/colonias/items?sortby=nombre%3Bx', 400, 'sortby'],
    ['/ogc/collections/colonias/items?orderBy=nombre', 400, 'orderBy'],
    ['/ogc/collections?f=xml', 400, 'f'],
  ])('%s → %i naming %s', async (path, status, named) => {
    await expectHttpError(path, status, named);
  });
});
