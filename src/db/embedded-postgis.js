import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { logger } from '../common/logger';
/**
 * Starts PGlite (PostgreSQL compiled to WASM) with its PostGIS extension and
 * serves it over the PostgreSQL wire protocol on 127.0.0.1, so TypeORM and `pg`
 * talk to it exactly as to a server. `dataDir` persists the cluster; pass
 * `memory://` for a throw-away database.
 */
export async function startEmbeddedPostgis(dataDir, port = 0) {
    const started = Date.now();
    if (!dataDir.startsWith('memory://'))
        mkdirSync(dataDir, { recursive: true });
    const db = await PGlite.create({ dataDir, extensions: { postgis } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
    await server.start();
    const [, actualPort] = server.getServerConn().split(':');
    logger.info({ dataDir, port: Number(actualPort), ms: Date.now() - started }, 'embedded PostGIS started');
    let stopped = false;
    return {
        url: `postgres://postgres@127.0.0.1:${actualPort}/postgres`,
        async stop() {
            if (stopped)
                return;
            stopped = true;
            await server.stop();
            await db.close();
        },
    };
}
