import type { NextFunction, Request, Response } from 'express';
import { createClient } from 'redis';
import { AppError, ErrorCode } from '../common/errors';
import { logger } from '../common/logger';
import type { Identity } from '../auth/identity';
import { currentRequestScope } from '../common/request-context';
import { config } from '../config/config';

/** Counts hits of a key in fixed windows. Pluggable so several replicas can share one (Redis). */
export interface RateLimitStore {
  /** Adds `amount` hits (default 1); returns the hits in the current window and when it ends (epoch ms). */
  hit(key: string, windowMs: number, amount?: number): Promise<{ count: number; resetAt: number }>;
  /** The hits in the current window without adding one (0 when there is none). */
  peek(key: string): Promise<{ count: number; resetAt: number }>;
  close?(): Promise<void>;
}

/** One process's memory: fine for a single replica and for tests. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string, windowMs: number, amount = 1) {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
      if (this.windows.size > 100_000) this.sweep(now);
    }
    window.count += amount;
    return { ...window };
  }

  async peek(key: string) {
    const window = this.windows.get(key);
    return window && window.resetAt > Date.now() ? { ...window } : { count: 0, resetAt: Date.now() };
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/** Shared by every replica: INCR + PEXPIRE on the first hit of a window. */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly client;
  private readonly ready: Promise<unknown>;

  private lastWarning = 0;
  private firstConnectOver = false;

  constructor(url: string) {
    // No offline queue: while Redis is away a hit fails at once (and the request goes through)
    // instead of waiting for the reconnection.
    this.client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 1000 } });
    this.client.on('error', (error) => {
      if (Date.now() - this.lastWarning < 10_000) return;
      this.lastWarning = Date.now();
      logger.warn({ err: String(error) }, 'rate-limit store: redis error (requests are let through meanwhile)');
    });
    this.ready = this.client.connect().catch(() => undefined);
  }

  async hit(key: string, windowMs: number, amount = 1) {
    if (!this.client.isReady && !this.firstConnectOver) {
      // Just started: wait (at most 1 s, once) for the first connection rather than count nothing.
      await Promise.race([this.ready, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      this.firstConnectOver = true;
    }
    if (!this.client.isReady) throw new Error('rate-limit store: redis is not connected');
    const redisKey = `territorio:ratelimit:${key}`;
    const [count, ttl] = await this.client.multi().incrBy(redisKey, amount).pTTL(redisKey).execTyped();
    let remaining = ttl;
    if (ttl < 0) {
      await this.client.pExpire(redisKey, windowMs);
      remaining = windowMs;
    }
    return { count, resetAt: Date.now() + remaining };
  }

  async peek(key: string) {
    await this.ready;
    const redisKey = `territorio:ratelimit:${key}`;
    const [count, ttl] = await this.client.multi().get(redisKey).pTTL(redisKey).execTyped();
    return { count: Number(count ?? 0), resetAt: Date.now() + Math.max(0, ttl) };
  }

  async close() {
    await this.ready;
    if (this.client.isReady) await this.client.quit();
    else if (this.client.isOpen) this.client.destroy(); // reconnecting to a Redis that is away
  }
}

export interface RateLimitOptions {
  /** Requests per window per client; 0 turns the limiter off. */
  limit: number;
  windowMs: number;
  store: RateLimitStore;
  /**
   * Failed authentications (bad token or API key) per window per IP before that IP's
   * credentialed requests get 429 without being checked; 0 or absent = off.
   */
  authFailureLimit?: number;
  /**
   * Work (cost units: src/common/graphql-limits.ts for GraphQL, rows and vertices for /ogc items) per window
   * per client, anonymous callers per IP; 0 or absent = off. Charged before the work runs.
   */
  workBudget?: number;
  workBudgetAnonymous?: number;
}

export function rateLimitOptionsFromEnv(): RateLimitOptions {
  const {
    RATE_LIMIT_PER_MINUTE: limit,
    AUTH_FAILURES_PER_MINUTE: authFailureLimit,
    REDIS_URL,
    WORK_BUDGET_PER_MINUTE: workBudget,
    WORK_BUDGET_PER_MINUTE_ANONYMOUS: workBudgetAnonymous,
  } = config();
  const store = REDIS_URL ? new RedisRateLimitStore(REDIS_URL) : new MemoryRateLimitStore();
  return { limit, windowMs: 60_000, store, authFailureLimit, workBudget, workBudgetAnonymous };
}

/**
 * Per-client limit: a token's subject or an API key's name when authenticated,
 * else the client IP. Answers 429 with a JSON body and RateLimit headers.
 * A store failure (Redis stopped or unreachable) lets the request through
 * (fail open, logged at most every 10 s): availability first. While Redis is
 * away nothing is counted and no RateLimit headers are sent; counting resumes
 * when the client reconnects (docs/SCALING.md, "Faults").
 */
export function rateLimitMiddleware(options: RateLimitOptions) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const identity = res.locals.identity as Identity | undefined;
    const anonymous = !identity || identity.via === 'anonymous';
    const key = !anonymous ? `${identity.via}:${identity.subject}` : `ip:${req.ip}`;
    const workBudget = (anonymous ? options.workBudgetAnonymous : options.workBudget) ?? 0;
    const scope = currentRequestScope();
    if (workBudget > 0 && scope)
      scope.chargeWork = (units) => chargeWork(options, key, workBudget, anonymous, res, units);
    if (options.limit === 0) return next();
    try {
      const { count, resetAt } = await options.store.hit(key, options.windowMs);
      const resetSeconds = Math.max(0, Math.ceil((resetAt - Date.now()) / 1000));
      res.setHeader('RateLimit-Limit', String(options.limit));
      res.setHeader('RateLimit-Remaining', String(Math.max(0, options.limit - count)));
      res.setHeader('RateLimit-Reset', String(resetSeconds));
      if (count > options.limit) {
        res.setHeader('Retry-After', String(resetSeconds));
        return next(
          new AppError(
            ErrorCode.TOO_MANY_REQUESTS,
            `Rate limit exceeded: ${options.limit} requests per minute; retry in ${resetSeconds} s`,
          ),
        );
      }
    } catch (error) {
      logger.warn({ err: String(error) }, 'rate-limit store failed: request let through');
    }
    next();
  };
}

/**
 * Charges `units` of work to the client's budget for the window; past it, a 429 (TOO_MANY_REQUESTS) naming
 * the budget, with Retry-After. A store failure lets the work through, as the request limit does.
 */
async function chargeWork(
  options: RateLimitOptions,
  key: string,
  budget: number,
  anonymous: boolean,
  res: Response,
  units: number,
): Promise<void> {
  let spent: { count: number; resetAt: number };
  try {
    spent = await options.store.hit(`work:${key}`, options.windowMs, Math.max(0, Math.ceil(units)));
  } catch (error) {
    logger.warn({ err: String(error) }, 'rate-limit store failed: work let through');
    return;
  }
  if (spent.count <= budget) return;
  const resetSeconds = Math.max(1, Math.ceil((spent.resetAt - Date.now()) / 1000));
  if (!res.headersSent) res.setHeader('Retry-After', String(resetSeconds));
  const variable = anonymous ? 'WORK_BUDGET_PER_MINUTE_ANONYMOUS' : 'WORK_BUDGET_PER_MINUTE';
  throw new AppError(
    ErrorCode.TOO_MANY_REQUESTS,
    `Work budget exceeded: ${budget} cost units per minute (${variable}) for this client; this request costs ${Math.ceil(units)}; retry in ${resetSeconds} s`,
  );
}
