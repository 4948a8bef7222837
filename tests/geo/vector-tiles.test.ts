import { createRequestContext } from '../../src/app/context';
import type { LayerId } from '../../src/geo/layers';
import { layers } from '../../src/app/registry';

const LAYERS = layers.byId;
import { TileService, tileEncodingOf } from '../../src/geo/tile.service';
import type { TileCoordinates } from '../../src/geo/tile.sql';
import { decodeTile, tileWkt, type DecodedFeature } from '../helpers/mvt';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { FeatureCollectionLayerDocument, type Layer } from '../graphql/generated';

/**
 * Vector tiles: HTTP behaviour, TileJSON, and the two encoders. On a real
 * PostGIS (CI's first run) the JS encoder is compared with ST_AsMVT tile by
 * tile; on the embedded PostGIS (no protobuf-c: CI's second run) the JS tiles
 * are checked against independent PostGIS queries. GDAL decodes tiles in
 * gis-clients.test.ts in both runs.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Tiles over the middle of the alcaldía (-99.05, 19.343). */
const CENTRE_Z12: TileCoordinates = { z: 12, x: 921, y: 1823 };
const CENTRE_Z14: TileCoordinates = { z: 14, x: 3684, y: 7294 };
const MVT = 'application/vnd.mapbox-vector-tile';

const query = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);
const ctx = () => createRequestContext(server.dataSource, 'vector-tiles-test');
const tilePath = (layer: string, t: TileCoordinates) => `/tiles/${layer}/${t.z}/${t.x}/${t.y}.mvt`;

async function fetchTile(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Ids of a layer's features meeting the tile plus its 64-unit buffer, by an independent query. */
async function idsInBufferedTile(table: string, geom: string, t: TileCoordinates, margin = 64): Promise<number[]> {
  const rows = await query(
    `SELECT id FROM "${table}" WHERE ST_Intersects(ST_Transform(${geom}, 3857), ST_TileEnvelope($1, $2, $3, margin => $4 / 4096.0)) ORDER BY id`,
    [t.z, t.x, t.y, margin],
  );
  return rows.map((r: any) => r.id);
}

describe('GET /tiles/{layer}/{z}/{x}/{y}.mvt', () => {
  it('serves the colonias meeting the tile, with their properties and coverage, in one SQL statement', async () => {
    await fetchTile(tilePath('colonias', CENTRE_Z14)); // the first tile of the process also probes ST_AsMVT support
    const { response, bytes } = await fetchTile(tilePath('colonias', CENTRE_Z12));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(MVT);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(response.headers.get('x-sql-statements')).toBe('1');
    const layers = decodeTile(bytes);
    expect(Object.keys(layers)).toEqual(['colonias']);
    const features = layers.colonias;
    const expected = await idsInBufferedTile('colonia', 'geom', CENTRE_Z12);
    expect(expected.length).toBeGreaterThan(20);
    // Every colonia inside the tile proper; in the buffer, one whose clipped part rounds to nothing on the tile grid may drop out.
    const inside = await idsInBufferedTile('colonia', 'geom', CENTRE_Z12, 0);
    const ids = features.map((f) => f.id as number);
    expect(ids).toEqual(expect.arrayContaining(inside));
    expect(expected).toEqual(expect.arrayContaining(ids));
    const rows: any[] = await query(
      'SELECT c.id, c.clave, c.nombre, t.clave AS t FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE c.id = ANY($1)',
      [expected],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const geojson = (await server.gql(FeatureCollectionLayerDocument, { layer: 'COLONIAS', precision: 0 })).data
      .featureCollection.features;
    // A vector tile has no null attribute values: a property null in GeoJSON is absent from the tile.
    const withoutNulls = (p: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));
    const properties = new Map(geojson.map((f: any) => [f.id, withoutNulls(f.properties)]));
    for (const feature of features) {
      expect(feature.type).toBe(3);
      expect(feature.extent).toBe(4096);
      const row = byId.get(feature.id);
      expect(feature.properties).toMatchObject({ clave: row.clave, nombre: row.nombre, territorialClave: row.t });
      expect(feature.properties).toEqual(properties.get(feature.id));
      // One assertion per feature: an expect per vertex blocks the event loop past the keep-alive timeout.
      const outside = feature.rings.flat().filter((p: any) => p.x < -64 || p.x > 4160 || p.y < -64 || p.y > 4160);
      expect(outside).toEqual([]);
    }
  });

  it('tiles territoriales with coverageRatio, and point layers at the right pixel', async () => {
    const territoriales = decodeTile((await fetchTile(tilePath('territoriales', CENTRE_Z12))).bytes).territoriales;
    expect(territoriales.length).toBeGreaterThan(1);
    for (const f of territoriales)
      expect(f.properties.coverageRatio).toBeCloseTo(
        (f.properties.coloniasAttended as number) / (f.properties.colonias as number),
        12,
      );

    const tile = { z: 13, x: 1842, y: 3647 };
    const points = decodeTile((await fetchTile(tilePath('mercomuna', tile))).bytes).mercomuna;
    const rows: any[] = await query(
      `SELECT id, ST_X(location) AS lon, ST_Y(location) AS lat FROM mercomuna_point
        WHERE ST_Intersects(ST_Transform(location, 3857), ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096)) ORDER BY id`,
      [tile.z, tile.x, tile.y],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(points.map((f) => f.id)).toEqual(rows.map((r) => r.id));
    // Web Mercator pixel of each point, computed here from lon/lat.
    for (const [i, f] of points.entries()) {
      const n = 2 ** tile.z;
      const worldX = ((rows[i].lon + 180) / 360) * n;
      const lat = (rows[i].lat * Math.PI) / 180;
      const worldY = ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n;
      expect(f.type).toBe(1);
      expect(Math.abs(f.rings[0][0].x - (worldX - tile.x) * 4096)).toBeLessThanOrEqual(1);
      expect(Math.abs(f.rings[0][0].y - (worldY - tile.y) * 4096)).toBeLessThanOrEqual(1);
    }
  });

  it('answers an empty tile with 204 (cacheable), and 304 to a matching If-None-Match', async () => {
    const empty = await fetchTile('/tiles/colonias/10/100/100.mvt');
    expect(empty.response.status).toBe(204);
    expect(empty.bytes.length).toBe(0);
    expect(empty.response.headers.get('cache-control')).toMatch(/^public/);

    const first = await fetchTile(tilePath('colonias', CENTRE_Z14));
    const etag = first.response.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetchTile(tilePath('colonias', CENTRE_Z14), { 'if-none-match': etag });
    expect(again.response.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    const neighbour = await fetchTile(tilePath('colonias', { ...CENTRE_Z14, x: CENTRE_Z14.x + 1 }), {
      'if-none-match': etag,
    });
    expect(neighbour.response.status).toBe(200);
  });

  it.each([
    ['/tiles/colonias/23/0/0.mvt', 'z'],
    ['/tiles/colonias/-1/0/0.mvt', 'z'],
    ['/tiles/colonias/z/0/0.mvt', 'z'],
    ['/tiles/colonias/12/4096/1823.mvt', 'x'],
    ['/tiles/colonias/12/921/4096.mvt', 'y'],
    ['/tiles/colonias/0/1/0.mvt', 'x'],
    ['/tiles/colonias/12/1.5/1823.mvt', 'x'],
    ['/tiles/parks/12/921/1823.mvt', 'layer'],
    ['/tiles/colonias/12/921/1823.mvt?buffer=128', 'buffer'],
    ['/tiles/parks.json', 'layer'],
  ])('%s → 400 naming %s', async (path, named) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(400);
    const body: any = await response.json();
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.description).toContain(named);
  });
});

describe('GET /tiles/{layer}.json (TileJSON)', () => {
  it('describes the tiles: absolute URL template, zooms, bounds and the layer’s fields', async () => {
    const response = await fetch(`${server.url}/tiles/colonias.json`);
    expect(response.status).toBe(200);
    const doc: any = await response.json();
    expect(doc.tilejson).toBe('3.0.0');
    expect(doc.tiles).toEqual([`${server.url}/tiles/colonias/{z}/{x}/{y}.mvt`]);
    expect([doc.minzoom, doc.maxzoom]).toEqual([0, 22]);
    const extent: any = (
      await query(
        'SELECT ST_XMin(e) a, ST_YMin(e) b, ST_XMax(e) c, ST_YMax(e) d FROM (SELECT ST_Extent(geom)::geometry e FROM colonia) x',
      )
    )[0];
    expect(doc.bounds).toEqual([extent.a, extent.b, extent.c, extent.d].map(Number));
    expect(doc.vector_layers[0].id).toBe('colonias');
    expect(doc.vector_layers[0].fields).toMatchObject({
      clave: 'String',
      areaKm2: 'Number',
      beneficiaries: 'Number',
      attended: 'Boolean',
    });
  });
});

describe('the two encoders', () => {
  async function jsTile(layer: LayerId, t: TileCoordinates): Promise<DecodedFeature[]> {
    const bytes = await TileService.tile(ctx(), LAYERS[layer], t, 'js');
    return decodeTile(bytes)[layer] ?? [];
  }

  /**
   * Geometry pairs (a, b) from `pairsSql` agree within the tile grid: every
   * point of each is within 1.5 units of the other (each side may have moved a
   * vertex ≤ 0.71 units when snapping to the grid), polygons differ by at most
   * one unit on average along their boundary, and `a` is valid.
   */
  async function compareGeometries(
    pairsSql: string,
    params: unknown[],
  ): Promise<{ withinTolerance: boolean; valid: boolean }> {
    const rows: any[] = await query(
      `SELECT bool_and(CASE WHEN ST_Dimension(a) = 2
                            THEN ST_Area(ST_SymDifference(a, b)) <= ST_Perimeter(b)
                                 AND ST_Covers(ST_Buffer(a, 1.5), b) AND ST_Covers(ST_Buffer(b, 1.5), a)
                            ELSE ST_HausdorffDistance(a, b) <= 1 END) AS "withinTolerance",
              bool_and(ST_IsValid(a)) AS valid
         FROM (${pairsSql}) pairs`,
      params,
    );
    return rows[0];
  }

  /**
   * The embedded check has no ST_AsMVT to compare with, only an exact clip, which keeps what tile encoding
   * removes: zero-width slits of the territorial unions (gaps between units) and sub-unit slivers. So it checks
   * the encoded geometry against the exact one, not the reverse: polygons differ by at most their perimeter in
   * area and lie within 2 units of it (quantisation moves each vertex up to √2/2 units and repairs may move
   * an edge once more); lines lie within 2 units (a clip at the tile margin moves along a steep edge after
   * quantisation). The strict comparison with ST_AsMVT runs on real PostGIS.
   */
  async function compareEmbeddedGeometries(pairsSql: string, params: unknown[]): Promise<{ withinTolerance: boolean }> {
    const rows: any[] = await query(
      `SELECT bool_and(CASE WHEN ST_Dimension(a) = 2
                            THEN ST_Area(ST_SymDifference(a, b)) <= ST_Perimeter(b) AND ST_Covers(ST_Buffer(b, 2), a)
                            ELSE ST_Covers(ST_Buffer(b, 2), a) END) AS "withinTolerance"
         FROM (${pairsSql}) pairs`,
      params,
    );
    return rows[0];
  }

  const cases: [LayerId, TileCoordinates][] = [
    ['colonias', CENTRE_Z12],
    ['colonias', CENTRE_Z14],
    ['territoriales', { z: 11, x: 460, y: 911 }],
    ['improvements', CENTRE_Z12],
    ['workshops', CENTRE_Z12],
    ['ecos', { z: 11, x: 460, y: 911 }],
  ];

  it.each(cases)(
    '%s %j: the JS encoder gives the same features as ST_AsMVT (real PostGIS) or as PostGIS computes them (embedded)',
    async (layer, t) => {
      const js = await jsTile(layer, t);
      expect(js.length).toBeGreaterThan(0);
      const wkts = js.map(tileWkt);
      if ((await tileEncodingOf(server.dataSource)) === 'postgis') {
        const native = decodeTile(await TileService.tile(ctx(), LAYERS[layer], t, 'postgis'))[layer];
        expect(js.map((f) => f.id)).toEqual(native.map((f) => f.id));
        expect(js.map((f) => f.type)).toEqual(native.map((f) => f.type));
        expect(js.map((f) => f.properties)).toEqual(native.map((f) => f.properties));
        const comparison = await compareGeometries(
          'SELECT ST_GeomFromText(a) AS a, ST_GeomFromText(b) AS b FROM unnest($1::text[], $2::text[]) AS p(a, b)',
          [wkts, native.map(tileWkt)],
        );
        expect(comparison).toEqual({ withinTolerance: true, valid: true });
      } else {
        // No ST_AsMVT here: check ids against the buffered tile, properties against
        // the GeoJSON of the same layer, geometry against an exact PostGIS clip.
        const { from, idSql, geomSql } = LAYERS[layer];
        const expectedIds = (
          await query(
            // A polygon whose clip covers less than one square tile unit is dropped, as ST_AsMVTGeom drops it
            // (the real catalogue's slivers touch the tile margin with such clips).
            `SELECT ${idSql} AS id FROM ${from}
              WHERE ST_Intersects(ST_Transform(${geomSql}, 3857), ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096))
                AND (ST_Dimension(${geomSql}) < 2
                     OR ST_Area(ST_ClipByBox2D(ST_Transform(${geomSql}, 3857), ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096)))
                        >= ((ST_XMax(ST_TileEnvelope($1, $2, $3)) - ST_XMin(ST_TileEnvelope($1, $2, $3))) / 4096) ^ 2)
              ORDER BY 1`,
            [t.z, t.x, t.y],
          )
        ).map((r: any) => r.id);
        expect(js.map((f) => f.id)).toEqual(expectedIds);
        const enumName = layer.toUpperCase() as Layer;
        const geojson = (await server.gql(FeatureCollectionLayerDocument, { layer: enumName, precision: 0 })).data
          .featureCollection.features;
        // A vector tile has no null value: a null property (the IDS of
        // a unit no AGEB touches) is absent from the feature, as ST_AsMVT leaves it out.
        const withoutNulls = (p: Record<string, unknown>) =>
          Object.fromEntries(Object.entries(p).filter(([, value]) => value !== null));
        const properties = new Map(geojson.map((f: any) => [f.id, withoutNulls(f.properties)]));
        for (const f of js) expect(f.properties).toEqual(properties.get(f.id));
        const comparison = await compareEmbeddedGeometries(
          // Parts under one square unit are dropped from tiles, as ST_AsMVTGeom drops them.
          `SELECT ST_GeomFromText(p.wkt) AS a,
                (SELECT ST_Collect(part.geom) FROM ST_Dump(exact.g) part WHERE ST_Dimension(part.geom) < 2 OR ST_Area(part.geom) >= 1) AS b
           FROM unnest($4::int[], $5::text[]) AS p(id, wkt)
           JOIN LATERAL (
             SELECT ST_SetSRID(ST_Affine(ST_ClipByBox2D(ST_Transform(${geomSql}, 3857), ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096)),
                              4096 / w, 0, 0, -4096 / w, -ST_XMin(e) * 4096 / w, ST_YMax(e) * 4096 / w), 0) AS g
               FROM ${from}, (SELECT ST_TileEnvelope($1, $2, $3) AS e, ST_XMax(ST_TileEnvelope($1, $2, $3)) - ST_XMin(ST_TileEnvelope($1, $2, $3)) AS w) tile
              WHERE ${idSql} = p.id) exact ON true`,
          [t.z, t.x, t.y, js.map((f) => f.id), wkts],
        );
        expect(comparison.withinTolerance).toBe(true);
      }
    },
  );
});
