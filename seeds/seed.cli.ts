import 'reflect-metadata';
import { logger } from '../src/common/logger';
import { openDatabase } from '../src/app/database';
import { runDemoSeed } from './demo.seed';
import { CRIME_VOLUMES, seedFinIndicator, type CrimeVolume } from './fin-indicator.seed';
import { ACTIVITY_VOLUMES, type ActivityVolume } from './program.seed';
import { answerHelp } from '../src/common/cli-help';

const USAGE = `usage: npm run seed [-- --activities ${ACTIVITY_VOLUMES.join('|')}] [--crime ${CRIME_VOLUMES.join('|')}]
  --activities sample  two weeks of field activities (default)
  --activities year    the report's full year: 1,280 facilitators × 6 a week × 40 weeks (307,200)
  --activities none    no activities
  --crime all          every investigation file of 2019–2024, 191,311 rows (default)
  --crime 2019-2020    the report's year and the one before
  --crime none         no incidents (the IDS is always loaded)`;

export interface SeedCliOptions {
  activities: ActivityVolume;
  crime: CrimeVolume;
}

/** Parses the CLI arguments; throws a message for the user on anything unknown. */
export function parseSeedArgs(argv: readonly string[]): SeedCliOptions {
  const options: SeedCliOptions = { activities: 'sample', crime: 'all' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag !== '--activities' && flag !== '--crime') throw new Error(`unknown argument ${JSON.stringify(argv[i])}`);
    const value = inline ?? argv[++i];
    if (flag === '--crime') {
      if (!CRIME_VOLUMES.includes(value as CrimeVolume))
        throw new Error(
          `--crime must be one of ${CRIME_VOLUMES.join(', ')} (got ${value === undefined ? 'nothing' : JSON.stringify(value)})`,
        );
      options.crime = value as CrimeVolume;
      continue;
    }
    if (!ACTIVITY_VOLUMES.includes(value as ActivityVolume)) {
      throw new Error(
        `--activities must be one of ${ACTIVITY_VOLUMES.join(', ')} (got ${value === undefined ? 'nothing' : JSON.stringify(value)})`,
      );
    }
    options.activities = value as ActivityVolume;
  }
  return options;
}

/** Where the CLI writes: the process's streams, or a test's. */
export interface SeedCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: SeedCliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/**
 * `npm run seed [-- --activities sample|year|none]`: loads (or refreshes) the
 * deterministic demo data set. Returns the exit code: 0 done, 2 bad arguments
 * (nothing touched).
 */
export async function runSeedCli(argv: readonly string[], io: SeedCliIo = processIo): Promise<number> {
  let options: SeedCliOptions;
  try {
    options = parseSeedArgs(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const db = await openDatabase();
  try {
    const report = await runDemoSeed(db.dataSource, options);
    const finIndicator = await seedFinIndicator(db.dataSource, options.crime);
    io.stdout(`${JSON.stringify({ ...report, finIndicator }, null, 2)}\n`);
    return 0;
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  answerHelp(process.argv.slice(2), USAGE);
  runSeedCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code; // not process.exit(): let stdout drain
    },
    (error) => {
      logger.fatal({ err: error }, 'seed failed');
      process.exit(1);
    },
  );
}
