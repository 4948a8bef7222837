import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '../seeds/program-upsert';
import { Q3_FLOOR_SQL } from './floor-queries';

/**
 * The peer the benchmark measures the API against: PostGraphile v4 with
 * @graphile/postgis (bench/postgraphile/server.js). It lives in its own
 * package (bench/postgraphile/package.json: devDependencies with the graphql 15
 * that PostGraphile v4 requires; the API's tree keeps graphql 16) and is
 * installed from its lockfile on first use.
 */

export const PEER_SCHEMA = 'territorio_peer';
export const PEER_DIR = 'bench/postgraphile';
export const PEER_SCRIPT = `${PEER_DIR}/server.js`;

/** `npm ci` in bench/postgraphile when its node_modules is missing. */
export function installPeer(): void {
  const dir = path.join(projectRoot(), PEER_DIR);
  if (existsSync(path.join(dir, 'node_modules', 'postgraphile', 'package.json'))) return;
  console.log(`installing the PostGraphile peer (${PEER_DIR}, npm ci)…`);
  // The peer's packages are devDependencies, and the bench runs with NODE_ENV=production (which makes npm ci
  // omit them): ask for them explicitly.
  execFileSync('npm', ['ci', '--include=dev', '--no-audit', '--no-fund', '--silent'], { cwd: dir, stdio: 'inherit' });
}

/** The installed versions, for the report. */
export function peerVersions(): string {
  const version = (name: string) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- reads an installed package's own package.json
    require(path.join(projectRoot(), PEER_DIR, 'node_modules', name, 'package.json')).version as string;
  return `postgraphile ${version('postgraphile')}, @graphile/postgis ${version('@graphile/postgis')}, graphql ${version('graphql')}`;
}

/**
 * What a PostGraphile user would write for the two questions PostGraphile's
 * generated CRUD cannot answer, in a schema of their own:
 * - `locate(lon, lat)`: the colonia at a point (the API's and the floor's
 *   snapping and ordering), returning the table's row type, so PostGraphile
 *   exposes the colonia with its relations (`territorialByTerritorialId`);
 * - `territorialesCoverage(from, to)`: the 13 territoriales' coverage as one
 *   JSON value, computed by the floor's own statement over the rollups — the
 *   cheapest SQL we know, so the peer is measured at its best and the
 *   difference is its GraphQL layer.
 * Idempotent (CREATE OR REPLACE), run on every benchmark start.
 */
export function peerSchemaSql(): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${PEER_SCHEMA};
COMMENT ON SCHEMA ${PEER_SCHEMA} IS 'SQL functions for the PostGraphile peer of npm run bench (not used by the API)';
CREATE OR REPLACE FUNCTION ${PEER_SCHEMA}.locate(lon float8, lat float8) RETURNS public.colonia
LANGUAGE sql STABLE STRICT AS $fn$
  SELECT c.* FROM public.colonia c, (SELECT ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS g) p
   WHERE ST_DWithin(c.geom, p.g, 0.0002)
   ORDER BY ST_Intersects(c.geom, p.g) DESC, ST_Distance(c.geom, p.g), c.area_km2, c.id
   LIMIT 1
$fn$;
CREATE OR REPLACE FUNCTION ${PEER_SCHEMA}.territoriales_coverage("from" date, "to" date) RETURNS json
LANGUAGE sql STABLE STRICT AS $fn$
  SELECT (${Q3_FLOOR_SQL.replaceAll('$1', '"from"').replaceAll('$2', '"to"')})::json -> 'data' -> 'territoriales'
$fn$;`;
}

export async function preparePeerSchema(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(peerSchemaSql());
  } finally {
    await client.end();
  }
}

export const PEER_Q2_QUERY = `query Q2($lon: Float!, $lat: Float!) { locate(lon: $lon, lat: $lat) { id clave nombre territorialByTerritorialId { id clave nombre } } }`;
export const PEER_Q3_QUERY = `query Q3($from: Date!, $to: Date!) { territorialesCoverage(from: $from, to: $to) }`;
export const PEER_Q1T_QUERY = `query Q1t { allColonias(first: 500, orderBy: ID_ASC) { edges { node { id clave nombre territorialByTerritorialId { id } geom { geojson } } } } }`;

/**
 * The peer's answer in the API's shape, so the benchmark can check that both
 * answer the same question (ids, names, relations; geometry by type only,
 * since @graphile/postgis prints coordinates with PostGIS's default precision).
 */
export function peerAnswerAsApi(caseId: string, body: any): unknown {
  const data = body?.data;
  switch (caseId) {
    case 'Q2': {
      const c = data?.locate;
      if (!c) return { data: { locate: null } };
      const t = c.territorialByTerritorialId;
      return {
        data: {
          locate: {
            colonia: { id: String(c.id), clave: c.clave, nombre: c.nombre },
            territorial: { id: String(t.id), clave: t.clave, nombre: t.nombre },
          },
        },
      };
    }
    case 'Q3':
      return { data: { territoriales: data?.territorialesCoverage } };
    case 'Q1t':
      return {
        data: {
          colonias: {
            edges: (data?.allColonias?.edges ?? []).map((e: any) => ({
              node: {
                id: String(e.node.id),
                clave: e.node.clave,
                nombre: e.node.nombre,
                territorial: { id: String(e.node.territorialByTerritorialId.id) },
                geometry: e.node.geom?.geojson?.type,
              },
            })),
          },
        },
      };
    default:
      return body;
  }
}
