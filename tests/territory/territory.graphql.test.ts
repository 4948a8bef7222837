import { startTestServer, expectError, type GraphQLResult, type TestServer } from '../helpers/test-server';
import { authHeaders } from '../helpers/auth';
import { isRfc7946Geometry, ringIsCounterClockwise } from '../helpers/geojson-checks';
import {
  ColoniaByClaveDocument,
  ColoniaClaveByIdDocument,
  ColoniaNestingDocument,
  ColoniaRoundedDocument,
  ColoniasBackwardDocument,
  type ColoniasBackwardQuery,
  ColoniasForwardDocument,
  type ColoniasForwardQuery,
  ColoniasGeometryDocument,
  ColoniasOfTerritorialDocument,
  ColoniasWithTerritorialDocument,
  LocateColoniaAndTerritorialDocument,
  LocateColoniaDisplayNameDocument,
  LocateColoniaIdDocument,
  LocateColoniaNamedDocument,
  LocateNestingDocument,
  TerritorialByClaveDocument,
  TerritorialClaveByIdDocument,
  TerritorialColoniaIdsDocument,
  TerritorialesDocument,
  TerritorialesWithColoniasDocument,
  TerritorialGeometriesDocument,
  UnknownTerritorialesDocument,
} from '../graphql/generated';

const REPORT_TERRITORIALES = [
  'ACAHUALTEPEC TEOTONGO',
  'ACATITLA ZARAGOZA',
  'ACULCO',
  'ANGELES AGRARISTA',
  'ATLALILCO AXOMULCO',
  'AZTAHUACAN',
  'CABEZA DE JUAREZ',
  'ESTRELLA HUIZACHTEPETL',
  'LOS CULHUACANES',
  'REFORMA',
  'SANTA CATARINA',
  'SANTA CRUZ QUETZALCOATL',
  'TEZONCO',
];

/** Signed shoelace area of a ring (degrees²). */
function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('territoriales', () => {
  it('lists the 13 territoriales of the report, with stable claves', async () => {
    const result = await server.gql(TerritorialesDocument);
    expect(result.errors).toBeUndefined();
    const list = result.data.territoriales;
    expect(list.map((t) => t.nombre)).toEqual(REPORT_TERRITORIALES);
    expect(list.map((t) => t.clave)).toEqual(
      REPORT_TERRITORIALES.map((_, i) => `TER-${String(i + 1).padStart(2, '0')}`),
    );
    for (const t of list) expect(t.areaKm2).toBeGreaterThan(1);
  });

  it('finds one territorial by id or by clave, null when unknown', async () => {
    const byClave = await server.gql(TerritorialByClaveDocument, { clave: 'TER-03' });
    expect(byClave.data.territorial!.nombre).toBe('ACULCO');
    const byId = await server.gql(TerritorialClaveByIdDocument, { id: byClave.data.territorial!.id });
    expect(byId.data.territorial!.clave).toBe('TER-03');
    const unknown = await server.gql(UnknownTerritorialesDocument);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ a: null, b: null });
  });

  it('lists each territorial with its colonias, covering all 293 exactly once', async () => {
    const result = await server.gql(TerritorialesWithColoniasDocument);
    const ids = result.data.territoriales.flatMap((t) => t.colonias.map((c) => c.id));
    expect(ids).toHaveLength(293);
    expect(new Set(ids).size).toBe(293);
    for (const t of result.data.territoriales) expect(t.colonias.length).toBeGreaterThan(3);
    expect(result.sqlStatements).toBeLessThanOrEqual(2);
  });
});

describe('colonias', () => {
  it('lists 293 colonias with their territorial in at most 3 SQL statements', async () => {
    const result = await server.gql(ColoniasWithTerritorialDocument, { first: 500 });
    expect(result.errors).toBeUndefined();
    expect(result.data.colonias.totalCount).toBe(293);
    expect(result.data.colonias.edges).toHaveLength(293);
    expect(result.sqlStatements).toBeGreaterThan(0);
    expect(result.sqlStatements).toBeLessThanOrEqual(3);
  });

  it('keeps the statement count constant with geometry, centroid and bbox on every colonia', async () => {
    const small = await server.gql(ColoniasGeometryDocument, { first: 5 });
    // 500 territorial polygons repeated per colonia are over the anonymous cost budget: ask as an analyst.
    const large = await server.gql(ColoniasGeometryDocument, { first: 500 }, await authHeaders('ANALYST'));
    expect(large.errors).toBeUndefined();
    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(large.sqlStatements).toBeLessThanOrEqual(7);
  });

  it('pages to the end with first/after and back to the start with last/before', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: GraphQLResult<ColoniasForwardQuery> = await server.gql(ColoniasForwardDocument, { after });
      expect(page.errors).toBeUndefined();
      pages += 1;
      forward.push(...page.data.colonias.edges.map((e) => e.node.clave));
      expect(page.data.colonias.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.data.colonias.pageInfo.hasNextPage) break;
      after = page.data.colonias.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(293 / 40));
    expect(forward).toHaveLength(293);
    expect(new Set(forward).size).toBe(293);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: GraphQLResult<ColoniasBackwardQuery> = await server.gql(ColoniasBackwardDocument, { before });
      expect(page.errors).toBeUndefined();
      backward.unshift(...page.data.colonias.edges.map((e) => e.node.clave));
      if (!page.data.colonias.pageInfo.hasPreviousPage) break;
      before = page.data.colonias.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('filters by territorial', async () => {
    const t = await server.gql(TerritorialColoniaIdsDocument, { clave: 'TER-10' });
    const { id, colonias } = t.data.territorial!;
    const result = await server.gql(ColoniasOfTerritorialDocument, { id });
    expect(result.data.colonias.totalCount).toBe(colonias.length);
    expect(result.data.colonias.edges.map((e) => e.node.id)).toEqual(colonias.map((c) => c.id));
    for (const e of result.data.colonias.edges) expect(e.node.territorial.clave).toBe('TER-10');
  });

  it('finds a colonia by IECM clave and by id, null when a well-formed clave is unknown', async () => {
    const byClave = await server.gql(ColoniaByClaveDocument, { clave: '07-196' });
    expect(byClave.errors).toBeUndefined();
    expect(byClave.data.colonia).toMatchObject({
      nombre: 'SAN MIGUEL (BARR)',
      displayName: 'SAN MIGUEL',
      tipo: 'BARRIO',
    });
    expect(byClave.data.colonia!.poblacion).toBeGreaterThan(0);
    const byId = await server.gql(ColoniaClaveByIdDocument, { id: byClave.data.colonia!.id });
    expect(byId.data.colonia!.clave).toBe('07-196');
    const unknown = await server.gql(ColoniaByClaveDocument, { clave: '07-999' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.colonia).toBeNull();
  });

  it.each(['central-de-abasto-i', '7-196', '07-1960', ' 07-196', '07_196', ''])(
    'answers a malformed clave %j with BAD_USER_INPUT naming the expected form',
    async (clave) => {
      const result = await server.gql(ColoniaByClaveDocument, { clave });
      expectError(result, 'BAD_USER_INPUT', 'clave');
      expect(result.errors![0].message).toMatch(/07-163/);
    },
  );

  it('exposes the nesting of units: containedIn and contains', async () => {
    const result = await server.gql(ColoniaNestingDocument);
    expect(result.errors).toBeUndefined();
    expect(result.data.inner).toEqual({ clave: '07-163', containedIn: { clave: '07-196' }, contains: [] });
    expect(result.data.outer!.containedIn).toBeNull();
    expect(result.data.outer!.contains.map((c) => c.clave).sort()).toEqual(['07-080', '07-081', '07-163']);
    expect(result.data.plain).toEqual({ containedIn: null, contains: [] });
  });
});

describe('geometry', () => {
  it('returns RFC 7946 geometry: MultiPolygon, lon/lat, no crs, counter-clockwise exteriors', async () => {
    const result = await server.gql(TerritorialGeometriesDocument);
    expect(result.errors).toBeUndefined();
    for (const t of result.data.territoriales) {
      for (const geometry of [t.geometry, ...t.colonias.map((c) => c.geometry)]) {
        expect(isRfc7946Geometry(geometry)).toBe(true);
        expect(geometry.type).toBe('MultiPolygon');
        expect(geometry.crs).toBeUndefined();
        for (const polygon of geometry.coordinates) {
          expect(ringIsCounterClockwise(polygon[0])).toBe(true);
          // The union of real units keeps a few slit-like gaps of zero area whose orientation rounding can flip.
          for (const hole of polygon.slice(1).filter((h: number[][]) => Math.abs(ringArea(h)) > 1e-9))
            expect(ringIsCounterClockwise(hole)).toBe(false);
        }
      }
      expect(t.centroid.type).toBe('Point');
      const [minLon, minLat, maxLon, maxLat] = t.bbox;
      expect(minLon).toBeGreaterThan(-99.2);
      expect(maxLon).toBeLessThan(-98.9);
      expect(minLat).toBeGreaterThan(19.2);
      expect(maxLat).toBeLessThan(19.45);
      const [lon, lat] = t.centroid.coordinates;
      expect(lon).toBeGreaterThanOrEqual(minLon);
      expect(lat).toBeLessThanOrEqual(maxLat);
    }
  });

  it('rounds coordinates to the requested precision', async () => {
    const result = await server.gql(ColoniaRoundedDocument);
    const coords = JSON.stringify(result.data.colonia!.p2.coordinates).match(/-?\d+\.\d+/g) ?? [];
    for (const c of coords) expect(c.split('.')[1].length).toBeLessThanOrEqual(2);
    expect(result.data.colonia!.p0.coordinates).toEqual([-99, 19]);
  });
});

describe('locate', () => {
  it('returns the most specific unit: inside Privada Gavilán, 07-163 and not Barrio San Miguel (07-196)', async () => {
    const [p] = await server.dataSource.query(
      `SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM colonia c, LATERAL ST_PointOnSurface(c.geom) AS p WHERE c.clave = '07-163'`,
    );
    const [inOuter] = await server.dataSource.query(
      `SELECT ST_Covers(c.geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) AS covered FROM colonia c WHERE c.clave = '07-196'`,
      [p.lon, p.lat],
    );
    expect(inOuter.covered).toBe(true); // the point is in both units
    const result = await server.gql(LocateNestingDocument, p);
    expect(result.errors).toBeUndefined();
    expect(result.data.locate!.colonia).toEqual({ clave: '07-163', containedIn: { clave: '07-196' } });
    // A point of San Miguel outside the three unidades gets the barrio.
    const [q] = await server.dataSource.query(
      `SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM colonia c,
              LATERAL ST_PointOnSurface(ST_Difference(c.geom, (SELECT ST_Union(n.geom) FROM colonia n WHERE n.contained_in_id = c.id))) AS p
        WHERE c.clave = '07-196'`,
    );
    const outer = await server.gql(LocateColoniaAndTerritorialDocument, q);
    expect(outer.data.locate!.colonia!.clave).toBe('07-196');
  });

  it('finds the colonia and territorial at points inside several known colonias', async () => {
    // Independent check: a point inside each source polygon, computed by PostGIS from the seed's own table.
    const samples: { clave: string; lon: number; lat: number; territorial: string }[] = await server.dataSource.query(`
      SELECT c.clave, t.clave AS territorial, ST_X(p) AS lon, ST_Y(p) AS lat
        FROM colonia c JOIN territorial t ON t.id = c.territorial_id,
             LATERAL ST_PointOnSurface(c.geom) AS p
       WHERE NOT EXISTS (SELECT 1 FROM colonia o WHERE o.id <> c.id AND ST_Intersects(o.geom, p))
       ORDER BY c.clave LIMIT 8`);
    expect(samples.length).toBe(8);
    for (const s of samples) {
      const result = await server.gql(LocateColoniaAndTerritorialDocument, { lon: s.lon, lat: s.lat });
      expect(result.errors).toBeUndefined();
      expect(result.data.locate).toEqual({ colonia: { clave: s.clave }, territorial: { clave: s.territorial } });
      expect(result.sqlStatements).toBe(1);
    }
  });

  it('knows real places', async () => {
    // The pueblo of San Lorenzo Tezonco and the old town of Culhuacán.
    const tezonco = await server.gql(LocateColoniaNamedDocument, { lon: -99.0624, lat: 19.3103 });
    expect(tezonco.data.locate!.colonia).toEqual({
      clave: '07-191',
      nombre: 'SAN LORENZO TEZONCO (PBLO)',
      tipo: 'PUEBLO',
    });
    const culhuacan = await server.gql(LocateColoniaDisplayNameDocument, { lon: -99.1072, lat: 19.3393 });
    expect(culhuacan.data.locate!.colonia).toEqual({ clave: '07-037', displayName: 'CULHUACAN' });
  });

  it('returns null outside the alcaldía', async () => {
    // Zócalo (Cuauhtémoc), Ciudad Universitaria (Coyoacán), and the middle of the Atlantic.
    for (const [lon, lat] of [
      [-99.1332, 19.4326],
      [-99.187, 19.332],
      [-30, 10],
    ]) {
      const result = await server.gql(LocateColoniaIdDocument, { lon, lat });
      expect(result.errors).toBeUndefined();
      expect(result.data.locate).toBeNull();
    }
  });
});

describe('bad input', () => {
  it.each([
    ['lon', { lon: -181, lat: 19.35 }],
    ['lon', { lon: 200, lat: 19.35 }],
    ['lat', { lon: -99.05, lat: 91 }],
    ['lat', { lon: -99.05, lat: -90.5 }],
  ])('locate rejects %s out of range (%j)', async (argument, variables) => {
    const result = await server.gql(LocateColoniaIdDocument, variables);
    expectError(result, 'BAD_USER_INPUT', argument);
  });

  it('locate rejects NaN and infinite coordinates', async () => {
    // JSON has no NaN/Infinity: 1e999 parses to Infinity; "NaN" is a string. Raw bodies: their text is the subject.
    for (const body of [
      '{"query":"query($lon: Float!, $lat: Float!) { locate(lon: $lon, lat: $lat) { colonia { id } } }","variables":{"lon":1e999,"lat":19.3}}',
      '{"query":"query($lon: Float!, $lat: Float!) { locate(lon: $lon, lat: $lat) { colonia { id } } }","variables":{"lon":-99.05,"lat":"NaN"}}',
    ]) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      const json: any = await response.json();
      expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(json.errors[0].message).toMatch(/\$(lon|lat)/);
    }
  });

  it.each([
    ['territorial', '{ territorial { id } }', 'id or clave'],
    ['territorial', '{ territorial(id: "1", clave: "TER-01") { id } }', 'id or clave'],
    ['colonia', '{ colonia { id } }', 'id or clave'],
    ['colonia', '{ colonia(id: "1", clave: "x") { id } }', 'id or clave'],
    ['colonia id', '{ colonia(id: "abc") { id } }', 'id'],
    ['first 0', '{ colonias(first: 0) { totalCount } }', 'first'],
    ['first -1', '{ colonias(first: -1) { totalCount } }', 'first'],
    ['first 501', '{ colonias(first: 501) { totalCount } }', 'first'],
    ['last 0', '{ colonias(last: 0) { totalCount } }', 'last'],
    ['after garbage', '{ colonias(after: "not-a-cursor") { totalCount } }', 'after'],
    ['after base64 garbage', '{ colonias(after: "djE6YWJj") { totalCount } }', 'after'],
    ['before without last', '{ colonias(before: "djE6MQ") { totalCount } }', 'before'],
    ['territorialId', '{ colonias(territorialId: "x1") { totalCount } }', 'territorialId'],
    ['precision', '{ territoriales { geometry(precision: 16) } }', 'precision'],
    ['precision', '{ territoriales { centroid(precision: -1) } }', 'precision'],
  ])('%s → BAD_USER_INPUT naming the argument', async (_name, query, argument) => {
    // Strings: each document's literal arguments are the deliberately bad input under test.
    const result = await server.gql(query);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(argument);
    expect(JSON.stringify(result.errors)).not.toMatch(/stack|SELECT/);
  });
});
