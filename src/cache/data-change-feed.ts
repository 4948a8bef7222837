import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { logger } from '../common/logger';
import { config } from '../config/config';

/**
 * Tells the response cache which "generation" of the data it is serving: a
 * string that changes after every committed write to the tables coverage and
 * the layers read (their `data_changed()` trigger, migration 1764400000000).
 * Answers cached under an older generation are never served again.
 *
 * - PostgreSQL: LISTEN territorio_data_changed on a dedicated connection to
 *   the primary. The payload (the writing transaction's id) arrives at commit,
 *   in commit order, at every replica of the API alike, so replicas sharing a
 *   Redis cache agree on the generation. Until the first notification, and
 *   after the connection is lost (until it is back), the generation is a
 *   fresh random one: nothing older is trusted.
 * - Embedded PGlite (no notifications over its socket): polls
 *   `data_change_seq` through the app's single pooled connection, which no
 *   transaction holds while the poll runs, so only committed writes are seen.
 */
export interface DataChangeFeed {
  /** The current generation; null while unknown (the cache is bypassed). */
  generation(): string | null;
  close(): Promise<void>;
}

export const DATA_CHANGED_CHANNEL = 'territorio_data_changed';

function primaryUrl(dataSource: DataSource): string {
  const options = dataSource.options as { url?: string; replication?: { master?: { url?: string } } };
  const url = options.replication?.master?.url ?? options.url;
  if (!url) throw new Error('the response cache needs the database URL of the DataSource');
  return url;
}

class NotifyFeed implements DataChangeFeed {
  private current: string | null = null;
  private client: Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly url: string) {}

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'territorio-cache-listener' });
    const probe = `probe:${randomUUID()}`;
    let probed: () => void = () => undefined;
    const probeArrived = new Promise<void>((resolve) => (probed = resolve));
    client.on('notification', (message) => {
      if (message.channel !== DATA_CHANGED_CHANNEL) return;
      if (message.payload === probe) probed();
      else if (!message.payload?.startsWith('probe:')) this.current = `tx:${message.payload}`;
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    await client.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
    // Our own notification must come back: through a transaction-pooling proxy it would not, and
    // a cache that never hears of writes would serve stale answers.
    await client.query('SELECT pg_notify($1, $2)', [DATA_CHANGED_CHANNEL, probe]);
    let timer: NodeJS.Timeout | undefined;
    const arrived = await Promise.race([
      probeArrived.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5000))),
    ]);
    clearTimeout(timer);
    if (!arrived) {
      await client.end().catch(() => undefined);
      throw new Error(
        'LISTEN/NOTIFY does not work on this connection (a transaction-pooling proxy?): the response cache cannot hear of writes',
      );
    }
    this.client = client;
    // Writes committed before LISTEN are visible to every read from now on.
    this.current = `boot:${randomUUID()}`;
  }

  private lost(client: Client, error: unknown): void {
    if (this.client !== client || this.closed) return;
    logger.warn({ err: String(error) }, 'response cache: lost the change feed; bypassing the cache until it is back');
    this.client = null;
    this.current = null;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    if (this.closed) return;
    this.retry = setTimeout(() => {
      this.start().catch((error) => {
        logger.warn({ err: String(error) }, 'response cache: change feed reconnect failed');
        this.scheduleRestart();
      });
    }, 1000);
    this.retry.unref();
  }

  generation(): string | null {
    return this.current;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.current = null;
    await client?.end().catch(() => undefined);
  }
}

class PollFeed implements DataChangeFeed {
  private current: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private readonly boot = randomUUID();

  constructor(
    private readonly dataSource: DataSource,
    private readonly intervalMs: number,
  ) {}

  async start(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      const [row]: { last_value: string; is_called: boolean }[] = await this.dataSource.query(
        'SELECT last_value, is_called FROM data_change_seq',
      );
      this.current = `seq:${this.boot}:${row.is_called ? row.last_value : 0}`;
    } catch (error) {
      if (this.current !== null)
        logger.warn({ err: String(error) }, 'response cache: polling the change sequence failed; bypassing the cache');
      this.current = null;
    }
  }

  generation(): string | null {
    return this.current;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.current = null;
  }
}

/** The feed for this database: notifications, or polling on PGlite. */
export async function startDataChangeFeed(
  dataSource: DataSource,
  pollMs = config().RESPONSE_CACHE_POLL_MS,
): Promise<DataChangeFeed> {
  const [{ version }]: { version: string }[] = await dataSource.query('SELECT version() AS version');
  if (/PGlite/i.test(version)) {
    const feed = new PollFeed(dataSource, pollMs);
    await feed.start();
    return feed;
  }
  const feed = new NotifyFeed(primaryUrl(dataSource));
  await feed.start();
  return feed;
}
