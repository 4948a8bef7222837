import { encodeCursor } from '../src/common/pagination';
import { PEER_Q1T_QUERY, PEER_Q2_QUERY, PEER_Q3_QUERY } from './postgraphile-peer';

/**
 * The benchmark's cases (Q1, Q1t, Q2–Q6): what each asks the API, for Q1–Q3
 * the path of the floor server that answers the same question with one SQL
 * statement (bench/floor-queries.ts), and for Q1t, Q2 and Q3 the same question
 * asked of the PostGraphile peer (bench/postgraphile-peer.ts). Shared by the benchmark and by
 * tests/bench/statement-counts.test.ts, so the test counts the statements of the
 * very requests that are measured.
 */

export type CaseId = 'Q1' | 'Q1t' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q7' | 'Q8' | 'Q8c';

/** One HTTP request as autocannon and fetch take it. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers: Record<string, string>;
}

export interface BenchCase {
  id: CaseId;
  name: string;
  description: string;
  /** The i-th request to the API (requests cycle through prepared inputs). */
  apiRequest(i: number): BenchRequest;
  /** The i-th request to the floor server answering the same question; absent: no floor. */
  floorRequest?(i: number): BenchRequest;
  /** The i-th request to the PostGraphile peer asking the same question; absent: not measured there. */
  peerRequest?(i: number): BenchRequest;
  /** How many distinct requests the case cycles through. */
  variants: number;
  /** Concurrent connections of the load (default 16); 1: the latency of one request at a time. */
  connections?: number;
}

/** Inputs drawn from the database once per run, so API and floor get the same ones. */
export interface CaseInputs {
  /** Random points inside the alcaldía (ST_GeneratePoints, fixed seed). */
  points: [number, number][];
  /** z14 tiles over the centre of the alcaldía. */
  tiles: { z: number; x: number; y: number }[];
  /** `after` cursors of pages of 100 beneficiaries (null: the first page). */
  pageCursors: (string | null)[];
  /** ANALYST bearer token for Q4. */
  analystToken: string;
}

/** The window of Q3: one program year (the dashboards' default). */
export const Q3_WINDOW = { from: '2020-01-01', to: '2020-12-31' } as const;

export const Q1_QUERY = `query Q1 { featureCollection(layer: COLONIAS) }`;
export const Q1T_QUERY = `query Q1t { colonias(first: 500) { edges { node { id clave nombre territorial { id } geometry } } } }`;
export const Q2_QUERY = `query Q2($lon: Float!, $lat: Float!) { locate(lon: $lon, lat: $lat) { colonia { id clave nombre } territorial { id clave nombre } } }`;
export const Q3_QUERY = `query Q3($from: Date, $to: Date) {
  territoriales {
    id clave nombre
    coverage(from: $from, to: $to) {
      colonias coloniasAttended coverageRatio
      beneficiaries {
        total
        byRole { key count } bySex { key count } byAgeGroup { key count } byEducation { key count } byOccupation { key count }
      }
      workshops { count participants colonias }
      agendas { inProgress finished implementing }
      ecosSchools ecosFacilitators
      improvements { kind count }
      activities peopleReached paymentsTotal
    }
  }
}`;
export const Q4_QUERY = `query Q4($after: String) {
  beneficiaries(first: 100, after: $after) {
    totalCount
    edges { node { id folio programYear role sex ageGroup education occupation status colonia { id clave nombre } territorial { id clave nombre } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The window of Q7: the report's year. */
export const Q7_WINDOW = { from: '2020-01-01', to: '2020-12-31' } as const;
export const Q7_QUERY = `query Q7($from: Date, $to: Date) {
  territoriales {
    id clave nombre
    crime(from: $from, to: $to) { total highImpact byCategory { key count } monthly { month total highImpact } }
  }
}`;

/** Q8/Q8c: one batch of this many points (locateMany's limit). */
export const Q8_POINTS = 10_000;
export const Q8_QUERY = `query Q8($points: [PointInput!]!) { locateMany(points: $points) { colonia { id clave nombre } territorial { id clave nombre } } }`;

/** Q8's batch: the inputs' points, cycled and each copy moved by a few metres (distinct points, same colonias mostly). */
export function batchOfPoints(points: [number, number][], size = Q8_POINTS): [number, number][] {
  return Array.from({ length: size }, (_, i) => {
    const [lon, lat] = points[i % points.length];
    const k = Math.floor(i / points.length);
    return [lon + k * 0.00001, lat + k * 0.00001];
  });
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

function graphql(
  query: string,
  variables: Record<string, unknown> | undefined,
  headers: Record<string, string> = {},
): BenchRequest {
  return {
    method: 'POST',
    path: '/graphql',
    body: JSON.stringify(variables ? { query, variables } : { query }),
    headers: { ...JSON_HEADERS, ...headers },
  };
}

const get = (path: string): BenchRequest => ({ method: 'GET', path, headers: {} });

export function benchCases(inputs: CaseInputs): BenchCase[] {
  const point = (i: number) => inputs.points[i % inputs.points.length];
  const tile = (i: number) => inputs.tiles[i % inputs.tiles.length];
  const cursor = (i: number) => inputs.pageCursors[i % inputs.pageCursors.length];
  const batch = batchOfPoints(inputs.points);
  return [
    {
      id: 'Q1',
      name: 'choropleth',
      description: 'featureCollection(layer: COLONIAS): the 293 colonias with their coverage properties',
      apiRequest: () => graphql(Q1_QUERY, undefined),
      floorRequest: () => get('/q1'),
      variants: 1,
    },
    {
      id: 'Q1t',
      name: 'typed list',
      description:
        'colonias(first: 500) with id, clave, nombre, territorial { id } and geometry: the typed GraphQL list',
      apiRequest: () => graphql(Q1T_QUERY, undefined),
      floorRequest: () => get('/q1t'),
      peerRequest: () => graphql(PEER_Q1T_QUERY, undefined),
      variants: 1,
    },
    {
      id: 'Q2',
      name: 'locate',
      description: `locate(lon, lat) at ${inputs.points.length} random points inside the alcaldía`,
      apiRequest: (i) => graphql(Q2_QUERY, { lon: point(i)[0], lat: point(i)[1] }),
      floorRequest: (i) => get(`/q2?lon=${point(i)[0]}&lat=${point(i)[1]}`),
      peerRequest: (i) => graphql(PEER_Q2_QUERY, { lon: point(i)[0], lat: point(i)[1] }),
      variants: inputs.points.length,
    },
    {
      id: 'Q3',
      name: 'coverage',
      description: `the 13 territoriales with every coverage figure and breakdown, ${Q3_WINDOW.from} to ${Q3_WINDOW.to}`,
      apiRequest: () => graphql(Q3_QUERY, { ...Q3_WINDOW }),
      floorRequest: () => get(`/q3?from=${Q3_WINDOW.from}&to=${Q3_WINDOW.to}`),
      peerRequest: () => graphql(PEER_Q3_QUERY, { ...Q3_WINDOW }),
      variants: 1,
    },
    {
      id: 'Q4',
      name: 'beneficiaries',
      description: 'a page of 100 beneficiaries with colonia and territorial, as ANALYST (pages cycle)',
      apiRequest: (i) => graphql(Q4_QUERY, { after: cursor(i) }, { authorization: `Bearer ${inputs.analystToken}` }),
      variants: inputs.pageCursors.length,
    },
    {
      id: 'Q5',
      name: 'tiles',
      description: `/tiles/colonias/14/x/y.mvt over the centre (${inputs.tiles.length} tiles)`,
      apiRequest: (i) => get(`/tiles/colonias/${tile(i).z}/${tile(i).x}/${tile(i).y}.mvt`),
      variants: inputs.tiles.length,
    },
    {
      id: 'Q6',
      name: 'ogc-items',
      description: '/ogc/collections/colonias/items?limit=100',
      apiRequest: () => get('/ogc/collections/colonias/items?limit=100'),
      variants: 1,
    },
    {
      id: 'Q7',
      name: 'crime',
      description: `the crime figures of the 13 territoriales with their monthly series, ${Q7_WINDOW.from} to ${Q7_WINDOW.to}`,
      apiRequest: () => graphql(Q7_QUERY, { ...Q7_WINDOW }),
      floorRequest: () => get(`/q7?from=${Q7_WINDOW.from}&to=${Q7_WINDOW.to}`),
      variants: 1,
    },
    {
      id: 'Q8',
      name: 'locate-many',
      description: `locateMany of ${batch.length} points (the random points, cycled a few metres apart) in one request`,
      apiRequest: () => graphql(Q8_QUERY, { points: batch.map(([lon, lat]) => ({ lon, lat })) }),
      variants: 1,
      connections: 1,
    },
    {
      id: 'Q8c',
      name: 'locate-csv',
      description: `POST /locate: a CSV of the same ${batch.length} points`,
      apiRequest: () => ({
        method: 'POST',
        path: '/locate',
        body: 'id,lon,lat\n' + batch.map(([lon, lat], i) => `${i},${lon},${lat}`).join('\n'),
        headers: { 'content-type': 'text/csv' },
      }),
      variants: 1,
      connections: 1,
    },
  ];
}

/** Web Mercator XYZ tile of a point. */
export function tileOf(lon: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  };
}

/** Anything that runs a statement and returns `{ rows }` (a pg Client; tests adapt a DataSource). */
export interface RowsQueryable {
  query<R = any>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

/** Draws the cases' inputs from the database (deterministic: fixed seeds, ordered ids). */
export async function loadCaseInputs(db: RowsQueryable, analystToken: string, pointCount = 1000): Promise<CaseInputs> {
  const points = await db.query<{ lon: number; lat: number }>(
    `SELECT ST_X(d.geom) AS lon, ST_Y(d.geom) AS lat
       FROM ST_Dump(ST_GeneratePoints((SELECT ST_Union(geom) FROM territorial), $1::int, 20201)) d ORDER BY d.path`,
    [pointCount],
  );
  const [centre] = (
    await db.query<{ lon: number; lat: number }>(
      `SELECT ST_X(c) AS lon, ST_Y(c) AS lat FROM (SELECT ST_Centroid(ST_Union(geom)) AS c FROM territorial) x`,
    )
  ).rows;
  const middle = tileOf(centre.lon, centre.lat, 14);
  const tiles: CaseInputs['tiles'] = [];
  for (let dx = -1; dx <= 1; dx++)
    for (let dy = -1; dy <= 1; dy++) tiles.push({ z: 14, x: middle.x + dx, y: middle.y + dy });
  const ids = await db.query<{ id: number }>(`SELECT id FROM beneficiary ORDER BY id`);
  const pageCursors: (string | null)[] = [null];
  for (let i = 100; i < ids.rows.length; i += 100) pageCursors.push(encodeCursor(ids.rows[i - 1].id));
  return { points: points.rows.map((p) => [Number(p.lon), Number(p.lat)]), tiles, pageCursors, analystToken };
}
