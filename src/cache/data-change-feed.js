import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { logger } from '../common/logger';
export const DATA_CHANGED_CHANNEL = 'territorio_data_changed';
function primaryUrl(dataSource) {
    const options = dataSource.options;
    const url = options.replication?.master?.url ?? options.url;
    if (!url)
        throw new Error('the response cache needs the database URL of the DataSource');
    return url;
}
class NotifyFeed {
    url;
    current = null;
    client = null;
    closed = false;
    retry;
    constructor(url) {
        this.url = url;
    }
    async start() {
        const client = new Client({ connectionString: this.url, application_name: 'territorio-cache-listener' });
        const probe = `probe:${randomUUID()}`;
        let probed = () => undefined;
        const probeArrived = new Promise((resolve) => (probed = resolve));
        client.on('notification', (message) => {
            if (message.channel !== DATA_CHANGED_CHANNEL)
                return;
            if (message.payload === probe)
                probed();
            else if (!message.payload?.startsWith('probe:'))
                this.current = `tx:${message.payload}`;
        });
        client.on('error', (error) => this.lost(client, error));
        client.on('end', () => this.lost(client, new Error('connection ended')));
        await client.connect();
        await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
        // Our own notification must come back: through a transaction-pooling proxy it would not, and
        // a cache that never hears of writes would serve stale answers.
        await client.query('SELECT pg_notify($1, $2)', [DATA_CHANGED_CHANNEL, probe]);
        let timer;
        const arrived = await Promise.race([
            probeArrived.then(() => true),
            new Promise((resolve) => (timer = setTimeout(() => resolve(false), 5000))),
        ]);
        clearTimeout(timer);
        if (!arrived) {
            await client.end().catch(() => undefined);
            throw new Error('LISTEN/NOTIFY does not work on this connection (a transaction-pooling proxy?): the response cache cannot hear of writes');
        }
        this.client = client;
        // Writes committed before LISTEN are visible to every read from now on.
        this.current = `boot:${randomUUID()}`;
    }
    lost(client, error) {
        if (this.client !== client || this.closed)
            return;
        logger.warn({ err: String(error) }, 'response cache: lost the change feed; bypassing the cache until it is back');
        this.client = null;
        this.current = null;
        client.removeAllListeners('notification');
        void client.end().catch(() => undefined);
        this.scheduleRestart();
    }
    scheduleRestart() {
        if (this.closed)
            return;
        this.retry = setTimeout(() => {
            this.start().catch((error) => {
                logger.warn({ err: String(error) }, 'response cache: change feed reconnect failed');
                this.scheduleRestart();
            });
        }, 1000);
        this.retry.unref();
    }
    generation() {
        return this.current;
    }
    async close() {
        this.closed = true;
        clearTimeout(this.retry);
        const client = this.client;
        this.client = null;
        this.current = null;
        await client?.end().catch(() => undefined);
    }
}
class PollFeed {
    dataSource;
    intervalMs;
    current = null;
    timer;
    boot = randomUUID();
    constructor(dataSource, intervalMs) {
        this.dataSource = dataSource;
        this.intervalMs = intervalMs;
    }
    async start() {
        await this.poll();
        this.timer = setInterval(() => void this.poll(), this.intervalMs);
        this.timer.unref();
    }
    async poll() {
        try {
            const [row] = await this.dataSource.query('SELECT last_value, is_called FROM data_change_seq');
            this.current = `seq:${this.boot}:${row.is_called ? row.last_value : 0}`;
        }
        catch (error) {
            if (this.current !== null)
                logger.warn({ err: String(error) }, 'response cache: polling the change sequence failed; bypassing the cache');
            this.current = null;
        }
    }
    generation() {
        return this.current;
    }
    async close() {
        clearInterval(this.timer);
        this.current = null;
    }
}
/** The feed for this database: notifications, or polling on PGlite. */
export async function startDataChangeFeed(dataSource, pollMs = Number(process.env.RESPONSE_CACHE_POLL_MS ?? 500)) {
    const [{ version }] = await dataSource.query('SELECT version() AS version');
    if (/PGlite/i.test(version)) {
        const feed = new PollFeed(dataSource, pollMs);
        await feed.start();
        return feed;
    }
    const feed = new NotifyFeed(primaryUrl(dataSource));
    await feed.start();
    return feed;
}
