import { startTestServer, expectError, type TestServer } from '../helpers/test-server';
import { isRfc7946Geometry, ringIsCounterClockwise } from '../helpers/geojson-checks';
import {
  FeatureCollectionLayerDocument,
  type FeatureCollectionLayerQueryVariables,
  type Layer,
} from '../graphql/generated';

/** GraphQL `featureCollection`: whole layers as RFC 7946 FeatureCollections built by PostGIS. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function fc(variables: FeatureCollectionLayerQueryVariables) {
  return server.gql(FeatureCollectionLayerDocument, variables);
}

const ids = (collection: any): number[] => collection.features.map((f: any) => f.id);
const query = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);

function expectPolygonsCcw(geometry: any): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    expect(ringIsCounterClockwise(polygon[0])).toBe(true);
    for (const hole of polygon.slice(1)) expect(ringIsCounterClockwise(hole)).toBe(false);
  }
}

describe('choropleth layers', () => {
  it('COLONIAS: 293 features, id = colonia id, public attributes and coverage figures, one SQL statement', async () => {
    const result = await fc({ layer: 'COLONIAS' });
    expect(result.errors).toBeUndefined();
    expect(result.sqlStatements).toBe(1);
    const collection = result.data.featureCollection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(293);
    const rows: any[] = await query(
      `SELECT c.id, c.clave, c.nombre, c.area_km2, t.clave AS t_clave, t.nombre AS t_nombre
         FROM colonia c JOIN territorial t ON t.id = c.territorial_id ORDER BY c.id`,
    );
    expect(ids(collection)).toEqual(rows.map((r) => r.id));
    rows.forEach((row, i) => {
      const feature = collection.features[i];
      expect(feature.type).toBe('Feature');
      expect(feature.properties).toMatchObject({
        clave: row.clave,
        nombre: row.nombre,
        areaKm2: row.area_km2,
        territorialClave: row.t_clave,
        territorialNombre: row.t_nombre,
      });
      expect(isRfc7946Geometry(feature.geometry)).toBe(true);
      expect(feature.geometry.type).toBe('MultiPolygon');
      expectPolygonsCcw(feature.geometry);
    });
  });

  it('COLONIAS coverage figures agree with counts taken straight from the program tables', async () => {
    const collection = (await fc({ layer: 'COLONIAS', precision: 0 })).data.featureCollection;
    const counts: any[] = await query(`
      SELECT c.id,
             (SELECT count(*) FROM beneficiary b WHERE b.colonia_id = c.id)::int AS beneficiaries,
             (SELECT count(*) FROM workshop w WHERE w.colonia_id = c.id)::int AS workshops,
             (SELECT count(*) FROM ecos_school e WHERE e.colonia_id = c.id)::int AS ecos,
             (SELECT count(*) FROM public_space_improvement i WHERE i.colonia_id = c.id)::int AS improvements
        FROM colonia c ORDER BY c.id`);
    const byId = new Map(collection.features.map((f: any) => [f.id, f.properties]));
    let attended = 0;
    for (const row of counts) {
      const p: any = byId.get(row.id);
      expect([p.beneficiaries, p.workshops, p.ecosSchools, p.improvements]).toEqual([
        row.beneficiaries,
        row.workshops,
        row.ecos,
        row.improvements,
      ]);
      expect(typeof p.peopleReached).toBe('number');
      expect(typeof p.attended).toBe('boolean');
      if (p.attended) attended += 1;
    }
    expect(counts.reduce((sum, r) => sum + r.beneficiaries, 0)).toBeGreaterThan(0);
    expect(attended).toBeGreaterThan(0);
  });

  it('TERRITORIALES: 13 features with coverage (colonias sum to 293, coverageRatio = attended / colonias)', async () => {
    const result = await fc({ layer: 'TERRITORIALES', precision: 4 });
    expect(result.sqlStatements).toBe(1);
    const features = result.data.featureCollection.features;
    expect(features).toHaveLength(13);
    const claves = (await query('SELECT clave FROM territorial ORDER BY id')).map((r: any) => r.clave);
    expect(features.map((f: any) => f.properties.clave)).toEqual(claves);
    expect(features.reduce((sum: number, f: any) => sum + f.properties.colonias, 0)).toBe(293);
    for (const { properties: p, geometry } of features) {
      expect(p.coverageRatio).toBeCloseTo(p.coloniasAttended / p.colonias, 12);
      expect(p.coverageRatio).toBeGreaterThanOrEqual(0);
      expect(p.coverageRatio).toBeLessThanOrEqual(1);
      expect(p).toHaveProperty('beneficiaries');
      expect(p).toHaveProperty('workshops');
      expect(p).toHaveProperty('peopleReached');
      expectPolygonsCcw(geometry);
    }
  });
});

describe('program layers', () => {
  it.each<[Layer, string, string | null]>([
    ['ECOS', 'ecos_school', 'Point'],
    ['IMPROVEMENTS', 'public_space_improvement', null],
    ['WORKSHOPS', 'workshop', 'Point'],
    ['MERCOMUNA', 'mercomuna_point', 'Point'],
  ])('%s has one feature per row of %s, with its colonia and territorial', async (layer, table, geometryType) => {
    const result = await fc({ layer });
    expect(result.errors).toBeUndefined();
    expect(result.sqlStatements).toBe(1);
    const expected: any[] = await query(
      `SELECT x.id, c.clave AS colonia, t.clave AS territorial FROM "${table}" x JOIN colonia c ON c.id = x.colonia_id JOIN territorial t ON t.id = x.territorial_id ORDER BY x.id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const features = result.data.featureCollection.features;
    expect(ids(result.data.featureCollection)).toEqual(expected.map((r) => r.id));
    features.forEach((f: any, i: number) => {
      expect(f.properties.coloniaClave).toBe(expected[i].colonia);
      expect(f.properties.territorialClave).toBe(expected[i].territorial);
      expect(
        isRfc7946Geometry(f.geometry) || f.geometry.type === 'MultiPoint' || f.geometry.type === 'MultiLineString',
      ).toBe(true);
      if (geometryType) expect(f.geometry.type).toBe(geometryType);
    });
  });

  it('WORKSHOPS places virtual workshops inside their colonia', async () => {
    const features = (await fc({ layer: 'WORKSHOPS', precision: 15 })).data.featureCollection.features;
    const virtual = features.filter((f: any) => f.properties.modality === 'VIRTUAL');
    expect(virtual.length).toBeGreaterThan(0);
    const inside: any[] = await query(
      `SELECT bool_and(ST_Intersects(c.geom, ST_SetSRID(ST_GeomFromGeoJSON(p.g), 4326))) AS ok
         FROM jsonb_to_recordset($1::jsonb) AS p(colonia int, g text) JOIN colonia c ON c.id = p.colonia`,
      [JSON.stringify(virtual.map((f: any) => ({ colonia: f.properties.coloniaId, g: JSON.stringify(f.geometry) })))],
    );
    expect(inside[0].ok).toBe(true);
  });
});

describe('spatial filters', () => {
  const BBOX = [-99.08, 19.33, -99.04, 19.37];

  it('bbox keeps exactly the colonias whose geometry intersects the box', async () => {
    const result = await fc({ layer: 'COLONIAS', bbox: BBOX });
    expect(result.sqlStatements).toBe(1);
    const expected = (
      await query(
        'SELECT id FROM colonia WHERE ST_Intersects(geom, ST_MakeEnvelope($1, $2, $3, $4, 4326)) ORDER BY id',
        BBOX,
      )
    ).map((r: any) => r.id);
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.length).toBeLessThan(293);
    expect(ids(result.data.featureCollection)).toEqual(expected);
  });

  it('intersects keeps the features meeting a GeoJSON polygon (validated by PostGIS: two statements)', async () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-99.06, 19.34],
          [-99.03, 19.34],
          [-99.045, 19.37],
          [-99.06, 19.34],
        ],
      ],
    };
    const result = await fc({ layer: 'ECOS', intersects: polygon });
    const colonias = await fc({
      layer: 'COLONIAS',
      intersects: { type: 'Feature', properties: {}, geometry: polygon },
    });
    expect(result.sqlStatements).toBe(2);
    const expectedColonias = (
      await query(
        'SELECT id FROM colonia WHERE ST_Intersects(geom, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) ORDER BY id',
        [JSON.stringify(polygon)],
      )
    ).map((r: any) => r.id);
    expect(expectedColonias.length).toBeGreaterThan(3);
    expect(ids(colonias.data.featureCollection)).toEqual(expectedColonias);
    const expectedEcos = (
      await query(
        'SELECT id FROM ecos_school WHERE ST_Intersects(location, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) ORDER BY id',
        [JSON.stringify(polygon)],
      )
    ).map((r: any) => r.id);
    expect(ids(result.data.featureCollection)).toEqual(expectedEcos);
  });

  it('near keeps features within the distance on the spheroid, nearest first', async () => {
    const near = { lon: -99.05, lat: 19.35, meters: 2500 };
    const result = await fc({ layer: 'MERCOMUNA', near });
    expect(result.sqlStatements).toBe(1);
    const expected: any[] = await query(
      // Within: on the spheroid; order: KNN distance on the sphere (geography <->).
      `SELECT id, ST_Distance(location::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, false) AS d
         FROM mercomuna_point WHERE ST_Distance(location::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography) <= $3 ORDER BY d, id`,
      [near.lon, near.lat, near.meters],
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(ids(result.data.featureCollection)).toEqual(expected.map((r) => r.id));
  });

  it('near on polygons measures to the nearest edge; territorialId narrows to one territorial', async () => {
    const near = { lon: -99.0905, lat: 19.3735, meters: 600 };
    const result = await fc({ layer: 'COLONIAS', near });
    const expected = (
      await query(
        `SELECT id FROM colonia WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $3)
        ORDER BY ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, false), id`,
        [near.lon, near.lat, near.meters],
      )
    ).map((r: any) => r.id);
    expect(ids(result.data.featureCollection)).toEqual(expected);
    const t = (await query("SELECT id FROM territorial WHERE clave = 'TER-10'"))[0].id;
    const narrowed = await fc({ layer: 'COLONIAS', territorialId: String(t) });
    const inT = (await query('SELECT id FROM colonia WHERE territorial_id = $1 ORDER BY id', [t])).map(
      (r: any) => r.id,
    );
    expect(ids(narrowed.data.featureCollection)).toEqual(inT);
    for (const f of narrowed.data.featureCollection.features) expect(f.properties.territorialClave).toBe('TER-10');
  });
});

describe('precision and simplification', () => {
  it('rounds coordinates to `precision` decimals', async () => {
    for (const precision of [0, 2, 5]) {
      const result = await fc({ layer: 'TERRITORIALES', precision });
      const text = JSON.stringify(result.data.featureCollection.features.map((f: any) => f.geometry.coordinates));
      const decimals = (text.match(/\.\d+/g) ?? []).map((d) => d.length - 1);
      expect(Math.max(0, ...decimals)).toBeLessThanOrEqual(precision);
    }
  });

  it('simplifies with a tolerance in metres: fewer vertices, still valid polygons, same features', async () => {
    const full = (await fc({ layer: 'COLONIAS' })).data.featureCollection;
    const simple = (await fc({ layer: 'COLONIAS', simplifyMeters: 40 })).data.featureCollection;
    const vertices = (c: any) => JSON.stringify(c.features.map((f: any) => f.geometry.coordinates)).split('],[').length;
    expect(ids(simple)).toEqual(ids(full));
    expect(vertices(simple)).toBeLessThan(vertices(full) * 0.8);
    const checks: any[] = await query(
      // Every point of each shape lies within `reach` metres of the other: the tolerance
      // (+ rounding) with GEOS ≤ 3.11 (PostGIS 3.3); the embedded GEOS 3.14 also
      // simplifies ring start points, measured up to 1.6 × the tolerance there.
      `SELECT bool_and(ST_IsValid(g)) AS valid, bool_and(GeometryType(g) = 'MULTIPOLYGON') AS polygons,
              bool_and(ST_Covers(ST_Buffer(ST_Transform(c.geom, 32614), $2), ST_Transform(g, 32614))
                       AND ST_Covers(ST_Buffer(ST_Transform(g, 32614), $2), ST_Transform(c.geom, 32614))) AS close
         FROM (SELECT (f->>'id')::int AS id, ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326) AS g FROM jsonb_array_elements($1::jsonb) f) s
         JOIN colonia c ON c.id = s.id`,
      [JSON.stringify(simple.features), process.env.TERRITORIO_TEST_DB === 'embedded' ? 80 : 41],
    );
    expect(checks[0]).toEqual({ valid: true, polygons: true, close: true });
    for (const f of simple.features) expectPolygonsCcw(f.geometry);
  });
});

describe('bad input', () => {
  it.each([
    [{ bbox: [-99.1, 19.3, -99.0] }, 'bbox'],
    [{ bbox: [-99.0, 19.3, -99.1, 19.4] }, 'minLon must not be greater than maxLon'],
    [{ bbox: [-99.1, 19.4, -99.0, 19.3] }, 'minLat must not be greater than maxLat'],
    [{ bbox: [-199, 19.3, -99.0, 19.4] }, 'bbox minLon'],
    [{ bbox: [-99.1, 19.3, -99.0, 91] }, 'bbox maxLat'],
    [{ near: { lon: -99.05, lat: 19.35, meters: 0 } }, 'near.meters'],
    [{ near: { lon: -99.05, lat: 19.35, meters: -5 } }, 'near.meters'],
    [{ near: { lon: -99.05, lat: 19.35, meters: 1e9 } }, 'near.meters'],
    [{ near: { lon: -99.05, lat: 95, meters: 100 } }, 'near.lat'],
    [{ precision: 16 }, 'precision'],
    [{ precision: -1 }, 'precision'],
    [{ simplifyMeters: -1 }, 'simplifyMeters'],
    [{ simplifyMeters: 1e6 }, 'simplifyMeters'],
    [{ territorialId: 'abc' }, 'territorialId'],
    [
      {
        intersects: {
          type: 'Polygon',
          coordinates: [
            [
              [-99.1, 19.3],
              [-99.0, 19.3],
              [-99.1, 19.3],
            ],
          ],
        },
      },
      'intersects',
    ],
    [
      {
        intersects: {
          type: 'Polygon',
          coordinates: [
            [
              [-99.1, 19.3],
              [-99.0, 19.3],
              [-99.0, 19.4],
              [-99.1, 19.4],
            ],
          ],
        },
      },
      'intersects',
    ],
    [{ intersects: { type: 'Circle', coordinates: [-99.1, 19.3] } }, 'intersects'],
    [{ intersects: { type: 'Point', coordinates: [-299.1, 19.3] } }, 'intersects'],
    [{ intersects: { type: 'Point', coordinates: ['a', 19.3] } }, 'intersects'],
    [
      {
        intersects: {
          type: 'Point',
          coordinates: [-99.1, 19.3],
          crs: { type: 'name', properties: { name: 'EPSG:32614' } },
        },
      },
      'intersects',
    ],
    [{ intersects: { type: 'FeatureCollection', features: [] } }, 'intersects'],
  ])('%j → BAD_USER_INPUT naming %s', async (variables, named) => {
    const result = await fc({ layer: 'COLONIAS', ...variables });
    expectError(result, 'BAD_USER_INPUT', named);
    expect(result.data).toBeNull();
  });

  it('refuses a self-intersecting polygon with PostGIS’s reason', async () => {
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [-99.1, 19.3],
          [-99.0, 19.4],
          [-99.0, 19.3],
          [-99.1, 19.4],
          [-99.1, 19.3],
        ],
      ],
    };
    const result = await fc({ layer: 'COLONIAS', intersects: bowtie });
    expectError(result, 'BAD_USER_INPUT', 'intersects');
    expect(result.errors![0].message).toMatch(/not a valid geometry: Self-intersection/);
  });

  it('refuses an unknown layer and a non-object GeoJSON', async () => {
    // A string: an invalid document (no such enum value).
    const unknown = await server.gql('{ featureCollection(layer: PARKS) }');
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Deliberately ill-typed variables, cast past the generated types.
    const viaVariable = await fc({ layer: 'PARKS' as Layer });
    expect(viaVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const notObject = await fc({
      layer: 'COLONIAS',
      intersects: [1, 2] as unknown as FeatureCollectionLayerQueryVariables['intersects'],
    });
    expect(notObject.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify([unknown, viaVariable, notObject])).not.toMatch(/stack|SELECT/);
  });
});
