import 'reflect-metadata';
import { logger } from '../src/common/logger';
import { openDatabase } from '../src/db/database';
import { runDemoSeed } from './demo.seed';

/** `npm run seed`: loads (or refreshes) the deterministic demo data set. */
async function main(): Promise<void> {
  const db = await openDatabase();
  try {
    const report = await runDemoSeed(db.dataSource);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  logger.fatal({ err: error }, 'seed failed');
  process.exit(1);
});
