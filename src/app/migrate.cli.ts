import 'reflect-metadata';
import { logger } from '../common/logger';
import { openDatabase } from './database';
import { answerHelp } from '../common/cli-help';

/**
 * `npm run migrate` (up) and `npm run migrate:revert` (undo the last one).
 * Works in both modes; embedded mode migrates on open anyway.
 */
const USAGE = `usage: npm run migrate          applies the migrations not yet applied
       npm run migrate:revert   undoes the last applied migration
DATABASE_URL names the database; without it, the embedded one in DATA_DIR.`;

async function main(): Promise<void> {
  answerHelp(process.argv.slice(2), USAGE);
  const direction = process.argv[2];
  if ((direction !== 'up' && direction !== 'revert') || process.argv.length > 3) {
    console.error(USAGE);
    process.exit(2);
  }
  const db = await openDatabase({ migrate: direction === 'up' });
  try {
    if (direction === 'revert') await db.dataSource.undoLastMigration({ transaction: 'each' });
    const pending = await db.dataSource.showMigrations();
    logger.info({ mode: db.mode, pending }, direction === 'up' ? 'migrations current' : 'last migration reverted');
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  logger.fatal({ err: error }, 'migration failed');
  process.exit(1);
});
