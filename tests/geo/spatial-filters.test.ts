import { Colonia } from '../../src/placement/colonia.entity';
import { featureCollectionSql, itemsPageSql } from '../../src/geo/feature-collection.sql';
import { layers } from '../../src/app/registry';

const LAYERS = layers.byId;
import { applySpatialFilter, applySpatialKeyset, type SpatialFilter } from '../../src/geo/spatial-filter';
import { SqlParams } from '../../src/geo/sql-params';
import { mvtTileSql, tileFeatureRowsSql } from '../../src/geo/tile.sql';
import { pageWindow } from '../../src/common/pagination';
import { startTestServer, expectError, type GraphQLResult, type TestServer } from '../helpers/test-server';
import { ColoniasNearBackwardDocument, ColoniasSpatialDocument, type ColoniasSpatialQuery } from '../graphql/generated';

/** Spatial filters on the `colonias` list, and proof that every spatial statement can use the GiST indexes. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const LIST = ColoniasSpatialDocument;
const query = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);
const nodeIds = (result: { data: { colonias: { edges: { node: { id: string } }[] } } }): number[] =>
  result.data.colonias.edges.map((e) => Number(e.node.id));

describe('colonias list with spatial filters', () => {
  it('bbox: the colonias intersecting the box, by id, with the right totalCount', async () => {
    const bbox = [-99.1, 19.34, -99.06, 19.37];
    const result = await server.gql(LIST, { first: 500, bbox });
    expect(result.errors).toBeUndefined();
    const expected = (
      await query(
        'SELECT id FROM colonia WHERE ST_Intersects(geom, ST_MakeEnvelope($1, $2, $3, $4, 4326)) ORDER BY id',
        bbox,
      )
    ).map((r: any) => r.id);
    expect(expected.length).toBeGreaterThan(5);
    expect(nodeIds(result)).toEqual(expected);
    expect(result.data.colonias.totalCount).toBe(expected.length);
  });

  it('intersects combined with territorialId', async () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [-99.14, 19.36],
        [-98.96, 19.33],
      ],
    };
    const t = (await query("SELECT id FROM territorial WHERE clave = 'TER-05'"))[0].id;
    const all = await server.gql(LIST, { first: 500, intersects: line });
    const inT = await server.gql(LIST, { first: 500, intersects: line, territorialId: String(t) });
    const expected: any[] = await query(
      'SELECT id, territorial_id FROM colonia WHERE ST_Intersects(geom, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) ORDER BY id',
      [JSON.stringify(line)],
    );
    expect(nodeIds(all)).toEqual(expected.map((r) => r.id));
    expect(nodeIds(inT)).toEqual(expected.filter((r) => r.territorial_id === t).map((r) => r.id));
  });

  it('near: nearest first, and cursors page through that order', async () => {
    const near = { lon: -99.06, lat: 19.355, meters: 1500 };
    const expected = (
      await query(
        `SELECT id FROM colonia WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $3)
        ORDER BY ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, false), id`,
        [near.lon, near.lat, near.meters],
      )
    ).map((r: any) => r.id);
    expect(expected.length).toBeGreaterThan(8);
    const paged: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page: GraphQLResult<ColoniasSpatialQuery> = await server.gql(LIST, { first: 4, after, near });
      expect(page.errors).toBeUndefined();
      expect(page.data.colonias.totalCount).toBe(expected.length);
      paged.push(...nodeIds(page));
      if (!page.data.colonias.pageInfo.hasNextPage) break;
      after = page.data.colonias.pageInfo.endCursor;
    }
    expect(paged).toEqual(expected);
  });

  it('backward pages with near mirror the forward order', async () => {
    const near = { lon: -99.06, lat: 19.355, meters: 1500 };
    const forward = nodeIds(await server.gql(LIST, { first: 500, near }));
    const result = await server.gql(ColoniasNearBackwardDocument, {
      near,
      before: Buffer.from(`v1:${forward[6]}`).toString('base64url'),
    });
    expect(result.errors).toBeUndefined();
    expect(nodeIds(result)).toEqual(forward.slice(3, 6));
    expect(result.data.colonias.pageInfo.hasPreviousPage).toBe(true);
  });

  it.each([
    [{ bbox: [1, 2, 3] }, 'bbox'],
    [{ bbox: [-99, 19, -99.1, 19.1] }, 'bbox'],
    [{ near: { lon: -99, lat: 19.3, meters: 0 } }, 'near.meters'],
    [{ near: { lon: -181, lat: 19.3, meters: 10 } }, 'near.lon'],
    [
      {
        intersects: {
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
        },
      },
      'intersects',
    ],
    [{ intersects: { type: 'LineString', coordinates: [[-99.1, 19.3]] } }, 'intersects'],
  ])('bad input %j → BAD_USER_INPUT naming %s', async (variables, named) => {
    expectError(await server.gql(LIST, { first: 5, ...variables }), 'BAD_USER_INPUT', named);
  });
});

/**
 * The tables hold a few hundred rows, where a sequential scan is cheapest, so
 * each EXPLAIN runs with `enable_seqscan = off` (in its own transaction): that
 * proves the statement *can* use the GiST index — the planner picks it by cost
 * once the tables are large.
 */
describe('GiST indexes (EXPLAIN)', () => {
  async function plan(sql: string, params: unknown[]): Promise<string> {
    const runner = server.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL enable_seqscan = off');
      const rows: any[] = await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      return JSON.stringify(rows[0]['QUERY PLAN'] ?? rows[0]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  const filters: [string, SpatialFilter][] = [
    ['bbox', { bbox: [-99.08, 19.33, -99.04, 19.37] }],
    [
      'intersects',
      {
        intersects: JSON.stringify({
          type: 'Polygon',
          coordinates: [
            [
              [-99.06, 19.34],
              [-99.03, 19.34],
              [-99.045, 19.37],
              [-99.06, 19.34],
            ],
          ],
        }),
      },
    ],
    ['near', { near: { lon: -99.05, lat: 19.35, meters: 800 } }],
  ];

  it.each(filters)('featureCollection with %s uses colonia_geom_gist', async (_name, spatial) => {
    const params = new SqlParams();
    const sql = featureCollectionSql(LAYERS.colonias, { spatial }, { precision: 6, simplifyMeters: 0 }, params);
    expect(await plan(sql, params.values)).toContain('colonia_geom_gist');
  });

  it.each([
    ['ecos', 'ecos_school_location_gist'],
    ['mercomuna', 'mercomuna_point_location_gist'],
    ['improvements', 'public_space_improvement_geom_gist'],
  ] as const)('OGC items page of %s with bbox uses %s', async (layer, index) => {
    const params = new SqlParams();
    const sql = itemsPageSql(
      LAYERS[layer],
      { spatial: filters[0][1] },
      { precision: 6, simplifyMeters: 0 },
      { limit: 10, offset: 0 },
      params,
    );
    expect(await plan(sql, params.values)).toContain(index);
  });

  it.each(filters)('the colonias list query with %s uses colonia_geom_gist', async (_name, spatial) => {
    const qb = applySpatialFilter(server.dataSource.getRepository(Colonia).createQueryBuilder('c'), 'c.geom', spatial);
    applySpatialKeyset(qb, pageWindow({ first: 10 }), 'c.id', 'c.geom', spatial);
    const [sql, params] = qb.getQueryAndParameters();
    expect(await plan(sql, params)).toContain('colonia_geom_gist');
  });

  it('both tile statements select the tile’s features with colonia_geom_gist', async () => {
    for (const build of [mvtTileSql, tileFeatureRowsSql]) {
      const params = new SqlParams();
      const sql = build(LAYERS.colonias, { z: 14, x: 3684, y: 7294 }, undefined, params);
      expect(await plan(sql, params.values)).toContain('colonia_geom_gist');
    }
  });
});
