import path from 'node:path';
import { dataSource } from '../../ormconfig';
import { logger } from '../common/logger';
import { startEmbeddedPostgis } from './embedded-postgis';
export function databaseMode() {
    return process.env.DATABASE_URL ? 'external' : 'embedded';
}
export function embeddedDataDir() {
    return path.resolve(process.env.DATA_DIR ?? '.data', 'pglite');
}
/**
 * Opens the one DataSource in either mode.
 * - external (DATABASE_URL set): connects; migrations are `npm run migrate`'s job
 *   unless `migrate` is asked for.
 * - embedded: starts PGlite + PostGIS on loopback, points the DataSource at it and
 *   runs pending migrations.
 */
export async function openDatabase(options = {}) {
    const mode = databaseMode();
    let embedded;
    if (mode === 'embedded') {
        embedded = await startEmbeddedPostgis(embeddedDataDir(), Number(process.env.EMBEDDED_DB_PORT ?? 0));
        dataSource.setOptions({
            url: embedded.url,
            // PGlite is one backend: the socket server multiplexes connections per
            // message, so two clients' extended-protocol messages could interleave.
            // One pooled connection keeps every statement and transaction whole.
            extra: { max: 1 },
        });
    }
    try {
        if (!dataSource.isInitialized)
            await dataSource.initialize();
        if (mode === 'embedded' || options.migrate) {
            const applied = await dataSource.runMigrations({ transaction: 'each' });
            if (applied.length > 0)
                logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
        }
    }
    catch (error) {
        if (dataSource.isInitialized)
            await dataSource.destroy();
        await embedded?.stop();
        throw error;
    }
    return {
        dataSource,
        mode,
        async close() {
            if (dataSource.isInitialized)
                await dataSource.destroy();
            await embedded?.stop();
        },
    };
}
