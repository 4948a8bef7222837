import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { logger } from '../src/common/logger';
import { openDatabase } from '../src/app/database';
import { projectRoot } from '../src/web/web-assets';
import { runDemoSeed } from './demo.seed';
import {
  codeMigrationNames,
  databaseDigest,
  dropUnusedWalSegments,
  installedPackageVersions,
  PREPARED_DEMO_MANIFEST,
  PREPARED_DEMO_TARBALL,
  type PreparedDemoManifest,
} from './prepared-demo';
import { answerHelp } from '../src/common/cli-help';
import { reloadConfig } from '../src/config/config';

/**
 * `npm run db:prepare`: builds the embedded demo database the long way (initdb, PostGIS,
 * migrations, demo seed) in a throw-away folder and writes it as the prepared tarball that a
 * first `npm start` loads (seeds/prepared-demo.ts). Run it after changing a migration or the seed.
 */
const USAGE = `usage: npm run db:prepare
Builds the embedded demo database (initdb, PostGIS, migrations, demo seed) and writes
seeds/prepared/, which a first \`npm start\` loads. Run it after changing a migration or the seed.`;

async function main(): Promise<void> {
  answerHelp(process.argv.slice(2), USAGE);
  if (process.argv.length > 2) {
    console.error(`unknown argument ${JSON.stringify(process.argv[2])}\n${USAGE}`);
    process.exit(2);
  }
  if (process.env.DATABASE_URL) throw new Error('db:prepare builds the embedded database: unset DATABASE_URL');
  const scratch = mkdtempSync(join(tmpdir(), 'territorio-prepare-'));
  process.env.DATA_DIR = scratch;
  reloadConfig();
  const started = Date.now();
  const db = await openDatabase();
  try {
    await runDemoSeed(db.dataSource);
    const digest = await databaseDigest(db.dataSource);
    // No change-feed identity ships: each database started from this one makes its own at its first start
    // (src/feed/feed-identity.ts), so a cursor of one demo database is refused by another.
    await db.dataSource.query('DELETE FROM change_feed_identity');
    // A checkpoint, then the WAL from its redo point on is all a restart reads.
    await db.dataSource.query('CHECKPOINT');
    const [wal]: { redo: string; current: string }[] = await db.dataSource.query(
      'SELECT redo_wal_file AS redo, pg_walfile_name(pg_current_wal_insert_lsn()) AS current FROM pg_control_checkpoint()',
    );
    const keep = new Set([wal.redo, wal.current]);
    const { tar, dropped } = dropUnusedWalSegments(await db.embedded!.dumpDataDir('none'), keep);
    const tarball = gzipSync(tar, { level: 9 });
    const manifest: PreparedDemoManifest = {
      packages: installedPackageVersions(),
      migrations: codeMigrationNames(),
      digest,
      bytes: tarball.length,
      sha256: createHash('sha256').update(tarball).digest('hex'),
    };
    const root = projectRoot();
    mkdirSync(dirname(join(root, PREPARED_DEMO_TARBALL)), { recursive: true });
    writeFileSync(join(root, PREPARED_DEMO_TARBALL), tarball);
    writeFileSync(join(root, PREPARED_DEMO_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    logger.info(
      {
        tarball: PREPARED_DEMO_TARBALL,
        bytes: tarball.length,
        tables: Object.keys(digest).length,
        ms: Date.now() - started,
      },
      'prepared demo database written',
    );
    logger.info({ keptWal: [...keep], droppedWal: dropped }, 'prepared demo database: WAL segments');
  } finally {
    await db.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  logger.fatal({ err: error }, 'db:prepare failed');
  process.exit(1);
});
