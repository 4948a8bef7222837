import { createClient } from 'redis';
import { logger } from '../common/logger';

/** Where cached response bodies live: this process's memory, or Redis shared by every replica. */
export interface ResponseCacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

/** Least recently used first out, bounded in bytes (UTF-16 length × 2, near enough). */
export class MemoryResponseCacheStore implements ResponseCacheStore {
  private readonly entries = new Map<string, { value: string; expires: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    const size = value.length * 2;
    if (size > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.value.length * 2;
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.bytes = 0;
  }
}

/** Shared by the API's replicas; a Redis failure is a miss (logged), never an error to the client. */
export class RedisResponseCacheStore implements ResponseCacheStore {
  private readonly client;
  private readonly ready: Promise<unknown>;
  private lastWarning = 0;

  constructor(url: string) {
    this.client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 1000 } });
    this.client.on('error', (error) => this.warn(error));
    this.ready = this.client.connect().catch((error) => this.warn(error));
  }

  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    logger.warn({ err: String(error) }, 'response cache: redis error (answering without the cache)');
  }

  async get(key: string): Promise<string | undefined> {
    try {
      await this.ready;
      if (!this.client.isReady) return undefined;
      return (await this.client.get(`territorio:response:${key}`)) ?? undefined;
    } catch (error) {
      this.warn(error);
      return undefined;
    }
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    try {
      await this.ready;
      if (this.client.isReady)
        await this.client.set(`territorio:response:${key}`, value, { expiration: { type: 'EX', value: ttlSeconds } });
    } catch (error) {
      this.warn(error);
    }
  }

  async close(): Promise<void> {
    await this.ready;
    if (this.client.isReady) await this.client.quit();
    else if (this.client.isOpen) this.client.destroy(); // reconnecting to a Redis that is away
  }
}
