import { createClient } from 'redis';
import { logger } from '../common/logger';
/** Least recently used first out, bounded in bytes (UTF-16 length × 2, near enough). */
export class MemoryResponseCacheStore {
    maxBytes;
    entries = new Map();
    bytes = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    async get(key) {
        const entry = this.entries.get(key);
        if (!entry)
            return undefined;
        if (entry.expires <= Date.now()) {
            this.delete(key);
            return undefined;
        }
        this.entries.delete(key);
        this.entries.set(key, entry);
        return entry.value;
    }
    async set(key, value, ttlSeconds) {
        const size = value.length * 2;
        if (size > this.maxBytes)
            return;
        this.delete(key);
        this.entries.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
        this.bytes += size;
        for (const oldest of this.entries.keys()) {
            if (this.bytes <= this.maxBytes)
                break;
            this.delete(oldest);
        }
    }
    delete(key) {
        const entry = this.entries.get(key);
        if (!entry)
            return;
        this.entries.delete(key);
        this.bytes -= entry.value.length * 2;
    }
    async close() {
        this.entries.clear();
        this.bytes = 0;
    }
}
/** Shared by the API's replicas; a Redis failure is a miss (logged), never an error to the client. */
export class RedisResponseCacheStore {
    client;
    ready;
    lastWarning = 0;
    constructor(url) {
        this.client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 1000 } });
        this.client.on('error', (error) => this.warn(error));
        this.ready = this.client.connect().catch((error) => this.warn(error));
    }
    warn(error) {
        if (Date.now() - this.lastWarning < 60_000)
            return;
        this.lastWarning = Date.now();
        logger.warn({ err: String(error) }, 'response cache: redis error (answering without the cache)');
    }
    async get(key) {
        try {
            await this.ready;
            if (!this.client.isReady)
                return undefined;
            return (await this.client.get(`territorio:response:${key}`)) ?? undefined;
        }
        catch (error) {
            this.warn(error);
            return undefined;
        }
    }
    async set(key, value, ttlSeconds) {
        try {
            await this.ready;
            if (this.client.isReady)
                await this.client.set(`territorio:response:${key}`, value, { expiration: { type: 'EX', value: ttlSeconds } });
        }
        catch (error) {
            this.warn(error);
        }
    }
    async close() {
        await this.ready;
        if (this.client.isReady)
            await this.client.quit();
        else if (this.client.isOpen)
            this.client.destroy(); // reconnecting to a Redis that is away
    }
}
