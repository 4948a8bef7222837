import 'reflect-metadata';
import { logger } from '../src/common/logger';
import { openDatabase } from '../src/db/database';
import { runDemoSeed } from './demo.seed';
import { ACTIVITY_VOLUMES } from './program.seed';
const USAGE = `usage: npm run seed [-- --activities ${ACTIVITY_VOLUMES.join('|')}]
  --activities sample  two weeks of field activities (default)
  --activities year    the report's full year: 1,280 facilitators × 6 a week × 40 weeks (307,200)
  --activities none    no activities`;
/** Parses the CLI arguments; throws a message for the user on anything unknown. */
export function parseSeedArgs(argv) {
    const options = { activities: 'sample' };
    for (let i = 0; i < argv.length; i++) {
        const [flag, inline] = argv[i].split(/=(.*)/s, 2);
        if (flag !== '--activities')
            throw new Error(`unknown argument ${JSON.stringify(argv[i])}`);
        const value = inline ?? argv[++i];
        if (!ACTIVITY_VOLUMES.includes(value)) {
            throw new Error(`--activities must be one of ${ACTIVITY_VOLUMES.join(', ')} (got ${value === undefined ? 'nothing' : JSON.stringify(value)})`);
        }
        options.activities = value;
    }
    return options;
}
const processIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
/**
 * `npm run seed [-- --activities sample|year|none]`: loads (or refreshes) the
 * deterministic demo data set. Returns the exit code: 0 done, 2 bad arguments
 * (nothing touched).
 */
export async function runSeedCli(argv, io = processIo) {
    let options;
    try {
        options = parseSeedArgs(argv);
    }
    catch (error) {
        io.stderr(`${error.message}\n${USAGE}\n`);
        return 2;
    }
    const db = await openDatabase();
    try {
        const report = await runDemoSeed(db.dataSource, options);
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        return 0;
    }
    finally {
        await db.close();
    }
}
if (require.main === module) {
    runSeedCli(process.argv.slice(2)).then((code) => {
        process.exitCode = code; // not process.exit(): let stdout drain
    }, (error) => {
        logger.fatal({ err: error }, 'seed failed');
        process.exit(1);
    });
}
