import type { DataSource } from 'typeorm';
import { logger } from '../common/logger';
import { useEngineInterrupt } from '../common/request-stop';
import { embeddedDataDir, startEmbeddedPostgis, type EmbeddedPostgis } from './embedded-postgis';
import { config } from '../config/config';

export type DatabaseMode = 'embedded' | 'external';

export interface OpenDatabase {
  dataSource: DataSource;
  mode: DatabaseMode;
  /** The embedded server, in embedded mode. */
  embedded?: EmbeddedPostgis;
  /** Closes the pool, then the embedded server when there is one. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Run pending migrations (always done in embedded mode). */
  migrate?: boolean;
  /** Embedded mode: the embedded server, already starting (started early, while the app's modules load). */
  embedded?: Promise<EmbeddedPostgis>;
}

export function databaseMode(): DatabaseMode {
  return config().DATABASE_URL ? 'external' : 'embedded';
}

export { embeddedDataDir } from './embedded-postgis';

/**
 * Opens the DataSource given (the app's one: src/app/database.ts) in either mode.
 * - external (DATABASE_URL set): connects; migrations are `npm run migrate`'s job
 *   unless `migrate` is asked for.
 * - embedded: starts PGlite + PostGIS on loopback, points the DataSource at it and
 *   runs pending migrations.
 */
export async function openDatabase(dataSource: DataSource, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  const mode = databaseMode();
  let embedded: EmbeddedPostgis | undefined;
  if (mode === 'embedded') {
    embedded = await (options.embedded ?? startEmbeddedPostgis(embeddedDataDir()));
    dataSource.setOptions({
      url: embedded.url,
      // PGlite is one backend: the socket server multiplexes connections per
      // message, so two clients' extended-protocol messages could interleave.
      // One pooled connection keeps every statement and transaction whole.
      // It is never closed for idling: the wire server takes one client, and that is this pool's.
      extra: { max: 1, idleTimeoutMillis: 0 },
    });
  }
  try {
    if (!dataSource.isInitialized) await dataSource.initialize();
    if (mode === 'embedded' || options.migrate) {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    }
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  // A stopped request's running statement is ended by interrupting PGlite (it ignores CancelRequest).
  if (embedded) useEngineInterrupt(embedded.interrupt);
  return {
    dataSource,
    mode,
    embedded,
    async close() {
      useEngineInterrupt(undefined);
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
