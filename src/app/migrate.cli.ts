import 'reflect-metadata';
import { logger } from '../common/logger';
import { openDatabase } from './database';

/**
 * `npm run migrate` (up) and `npm run migrate:revert` (undo the last one).
 * Works in both modes; embedded mode migrates on open anyway.
 */
async function main(): Promise<void> {
  const direction = process.argv[2];
  if (direction !== 'up' && direction !== 'revert') {
    console.error('usage: migrate.cli (up|revert)');
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
