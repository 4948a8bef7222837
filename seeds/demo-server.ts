import 'reflect-metadata';
// The settings first: a bad value stops the start naming the variable, before the database starts.
import '../src/config/start';
// Then: the embedded database starts on its worker thread while the app's modules load below.
import { embeddedStarting } from './demo-embedded-start';
import { logger } from '../src/common/logger';
import { runServerProcess } from '../src/app/server-process';
import { hasTerritorialData, runDemoSeed } from './demo.seed';
import { beginFinIndicatorBackgroundLoad, type CrimeVolume } from './fin-indicator.seed';
import { config } from '../src/config/config';
import { feedIdentity } from '../src/feed/feed-identity';

/**
 * `npm start`: the server with the demo data. On the embedded database (no DATABASE_URL):
 * - a new data folder starts from the prepared demo database (seeds/prepared-demo.ts) when it
 *   fits this checkout, else is built the long way and the demo seed loaded;
 * - the Fin indicator's real data (191k incidents) loads after the server answers, so the cold
 *   start stays short: the IDS, then a year at a time (2020 and 2019 first), each step its own
 *   short transaction. Every step is marked loading before the server listens: until it commits,
 *   the figures that depend on it are refused (SERVICE_UNAVAILABLE naming it), never answered from
 *   a part. DEMO_CRIME=all (default) | 2019-2020 | none.
 * With DATABASE_URL it is the plain server (`npm run seed` loads the demo into that database).
 */
const crimeVolume: CrimeVolume = config().DEMO_CRIME;

runServerProcess({
  embedded: embeddedStarting,
  async beforeListen(db) {
    if (db.mode !== 'embedded') return;
    if (!(await hasTerritorialData(db.dataSource))) {
      logger.info('embedded database is empty: loading the demo seed');
      await runDemoSeed(db.dataSource);
    }
    // The prepared demo ships no change-feed identity: a database started from it makes its own now.
    await feedIdentity(db.dataSource);
    const finLoad = beginFinIndicatorBackgroundLoad(crimeVolume);
    return () =>
      void finLoad.run(db.dataSource).then(
        (loaded) => loaded && logger.info(loaded, 'Fin indicator data loaded in the background'),
        (error) => logger.error({ err: error }, 'loading the Fin indicator data failed (start again to retry)'),
      );
  },
});
