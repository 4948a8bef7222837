import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrations } from '../migrations';
import { projectRoot } from '../src/web/web-assets';

/**
 * The prepared demo database: the embedded cluster after `initdb`, `CREATE EXTENSION postgis`,
 * every migration and the demo seed, as PGlite's gzipped `dumpDataDir` tarball. A first
 * `npm start` on an empty DATA_DIR loads it instead of building it (the seconds of the cold
 * start went there); the Fin indicator's data (IDS and crime incidents: 10 MB more for 2019–2020 alone in the
 * tarball) is not in it and loads in the background after the server answers (src/index.ts).
 * `npm run db:prepare` rebuilds it, and tests/seeds/prepared-demo.test.ts fails
 * when it no longer equals what the migrations and the seed produce.
 */
export const PREPARED_DEMO_TARBALL = 'seeds/prepared/embedded-demo.tar.gz';
export const PREPARED_DEMO_MANIFEST = 'seeds/prepared/embedded-demo.json';

export interface PreparedDemoManifest {
  /** The PGlite and PostGIS packages the cluster was made with: its files are theirs. */
  packages: Record<string, string>;
  /** The migrations applied in it, in order. */
  migrations: string[];
  /** `databaseDigest` of its content. */
  digest: DatabaseDigest;
  bytes: number;
  sha256: string;
}

export const PREPARED_DEMO_PACKAGES = ['@electric-sql/pglite', '@electric-sql/pglite-postgis'] as const;

export function installedPackageVersions(): Record<string, string> {
  const root = projectRoot();
  return Object.fromEntries(
    PREPARED_DEMO_PACKAGES.map((name) => {
      const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      };
      return [name, manifest.version];
    }),
  );
}

export function codeMigrationNames(): string[] {
  return migrations.map((migration) => migration.name);
}

export function readPreparedDemoManifest(root = projectRoot()): PreparedDemoManifest | undefined {
  const file = join(root, PREPARED_DEMO_MANIFEST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PreparedDemoManifest) : undefined;
}

/**
 * The prepared tarball when it fits this checkout: same PGlite/PostGIS packages, same
 * migrations, intact bytes. Otherwise `undefined` with the reason, and the caller builds
 * the database the long way (initdb, migrations, seed), which gives the same content.
 */
export function loadPreparedDemo(root = projectRoot()): { tarball?: Buffer; reason?: string } {
  const manifest = readPreparedDemoManifest(root);
  if (!manifest) return { reason: `${PREPARED_DEMO_MANIFEST} is missing` };
  const installed = installedPackageVersions();
  for (const [name, version] of Object.entries(installed)) {
    if (manifest.packages[name] !== version) {
      return { reason: `prepared with ${name} ${manifest.packages[name]}, installed ${version}` };
    }
  }
  const code = codeMigrationNames();
  if (manifest.migrations.join(',') !== code.join(',')) {
    return { reason: `prepared with migrations up to ${manifest.migrations.at(-1)}, the code has ${code.at(-1)}` };
  }
  const file = join(root, PREPARED_DEMO_TARBALL);
  if (!existsSync(file)) return { reason: `${PREPARED_DEMO_TARBALL} is missing` };
  const tarball = readFileSync(file);
  if (createHash('sha256').update(tarball).digest('hex') !== manifest.sha256) {
    return { reason: `${PREPARED_DEMO_TARBALL} does not match its manifest's sha256` };
  }
  return { tarball };
}

/** Per table: row count and an md5 over its rows (timestamps left out: they record when, not what). */
export type DatabaseDigest = Record<string, { rows: number; md5: string }>;

/**
 * A digest of every table in the public schema (and the migrations table), row order and
 * physical layout ignored, columns of a time type left out. Geometry enters as its EWKB,
 * so two engines agree only when they computed the same coordinates.
 */
export async function databaseDigest(db: { query(sql: string): Promise<unknown> }): Promise<DatabaseDigest> {
  const columns = (await db.query(
    `SELECT c.table_name AS "table", c.column_name AS "column"
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.table_name <> 'spatial_ref_sys'
        -- The change feed's identity (database id and cursor key) is random in every database built: by design.
        AND c.table_name <> 'change_feed_identity'
        AND c.data_type NOT IN ('timestamp without time zone', 'timestamp with time zone')
      ORDER BY c.table_name, c.ordinal_position`,
  )) as { table: string; column: string }[];
  const byTable = new Map<string, string[]>();
  for (const { table, column } of columns) byTable.set(table, [...(byTable.get(table) ?? []), column]);
  const digest: DatabaseDigest = {};
  for (const [table, names] of byTable) {
    const rows = (await db.query(
      `SELECT count(*) AS rows, md5(string_agg(r, E'\\n' ORDER BY r)) AS md5
         FROM (SELECT ${names.map((n) => `coalesce((${quoteIdent(n)})::text, '∅')`).join(` || '|' || `)} AS r
                 FROM ${quoteIdent(table)}) t`,
    )) as { rows: string; md5: string | null }[];
    digest[table] = { rows: Number(rows[0].rows), md5: rows[0].md5 ?? '' };
  }
  return digest;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The cluster's tarball without the WAL segments a restart does not read: those before the
 * last checkpoint's redo point and those recycled for later use. PostgreSQL removes or reuses
 * them itself; shipped, they would be two thirds of the compressed bytes. `keep` names the
 * segments from the redo point to the current insert position.
 */
export function dropUnusedWalSegments(tar: Buffer, keep: ReadonlySet<string>): { tar: Buffer; dropped: string[] } {
  const parts: Buffer[] = [];
  const dropped: string[] = [];
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) {
      parts.push(tar.subarray(offset)); // the end-of-archive blocks
      break;
    }
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const path = prefix ? `${prefix}/${name}` : name;
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    const entryLength = 512 + Math.ceil(size / 512) * 512;
    const segment = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/.exec(path)?.[1];
    if (segment && !keep.has(segment)) dropped.push(segment);
    else parts.push(tar.subarray(offset, offset + entryLength));
    offset += entryLength;
  }
  return { tar: Buffer.concat(parts), dropped };
}
