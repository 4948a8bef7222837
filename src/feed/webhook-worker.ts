import type { DataSource } from 'typeorm';
import { logger } from '../common/logger';
import { config } from '../config/config';
import type { BackgroundWorker, WorkerServices } from '../module';
import { toChange } from './feed.service';
import {
  claimDeliveries,
  queueChanges,
  recordAttempt,
  type AttemptOutcome,
  type ClaimedDelivery,
} from './webhook-queue';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signWebhookBody, TIMESTAMP_HEADER, webhookBody } from './webhook-signature';

export interface WebhookWorkerOptions {
  /** How often it looks for new changes and due retries when idle. */
  intervalMs: number;
  /** How long a receiver has to answer. */
  timeoutMs: number;
  /** Attempts of one delivery before it is FAILED. */
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Deliveries in flight at once (one per row at most). */
  concurrency: number;
}

export function webhookWorkerOptions(): WebhookWorkerOptions {
  const c = config();
  return {
    intervalMs: c.WEBHOOK_INTERVAL_MS,
    timeoutMs: c.WEBHOOK_TIMEOUT_MS,
    maxAttempts: c.WEBHOOK_MAX_ATTEMPTS,
    backoffBaseMs: c.WEBHOOK_BACKOFF_BASE_MS,
    backoffMaxMs: c.WEBHOOK_BACKOFF_MAX_MS,
    concurrency: c.WEBHOOK_CONCURRENCY,
  };
}

/** The wait after failed attempt n (1, 2, …): base · 2^(n−1), at most the maximum. */
export function backoffMs(
  failedAttempt: number,
  options: Pick<WebhookWorkerOptions, 'backoffBaseMs' | 'backoffMaxMs'>,
) {
  return Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.min(Math.max(failedAttempt - 1, 0), 40));
}

/** Feed entries queued per webhook by one statement; rounds of them go on until the feed is drained. */
const QUEUE_BATCH = 1000;
/** A claim outlives the longest send by this much before another worker may take the delivery over. */
const LEASE_MARGIN_MS = 10_000;

/** Why a send failed, for `lastError`: the HTTP status, the timeout, or the connection's error code. */
function failureReason(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const code = e?.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `connection closed before an answer (${code})`;
  if (code) return `${e.cause?.message ?? 'connection failed'} (${code})`;
  return e?.cause?.message ?? e?.message ?? String(error);
}

/**
 * Sends the webhooks' deliveries (the module's `workers` slot: one per server process). Each round
 * queues the feed's new changes for every webhook, then claims what is due (up to `concurrency` in
 * flight) and POSTs each change signed; a finished send is recorded at once and the next due one
 * claimed, so a row's next change follows its previous one without waiting for the interval.
 * Everything it knows is in the database: stopped, killed or restarted at any point, the next
 * worker finds every undelivered change still queued (a send whose answer was not recorded is sent
 * again: at least once).
 */
export class WebhookWorker implements BackgroundWorker {
  /** This worker's attempts: made, of which retries, delivered, given up (FAILED). */
  readonly counts = { sent: 0, retried: 0, delivered: 0, failed: 0 };
  private stopping = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly stopSends = new AbortController();
  private wake: (() => void) | undefined;
  /** A send finished since the round began: there may be room, and a row's next change may be due. */
  private sendFinished = false;
  private running: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: WebhookWorkerOptions = webhookWorkerOptions(),
  ) {}

  start(): this {
    this.running ??= this.loop();
    return this;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.round();
      } catch (error) {
        if (!this.stopping) logger.warn({ err: error }, 'webhook deliveries: a round failed; trying again');
      }
      if (this.stopping) break;
      if (this.sendFinished) {
        this.sendFinished = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.intervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Queues what is new, then starts every due delivery there is room for. */
  private async round(): Promise<void> {
    this.sendFinished = false;
    for (let i = 0; i < 20 && !this.stopping; i++) {
      const { moved } = await queueChanges(this.dataSource, QUEUE_BATCH);
      if (moved === 0) break;
    }
    while (!this.stopping) {
      const room = this.options.concurrency - this.inFlight.size;
      if (room <= 0) return;
      const claimed = await claimDeliveries(this.dataSource, room, this.options.timeoutMs + LEASE_MARGIN_MS);
      if (claimed.length === 0) return;
      for (const delivery of claimed) {
        const sending: Promise<void> = this.deliver(delivery).finally(() => {
          this.inFlight.delete(sending);
          this.sendFinished = true;
          this.wake?.();
        });
        this.inFlight.add(sending);
      }
    }
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    this.counts.sent += 1;
    if (delivery.attempt > 1) this.counts.retried += 1;
    const outcome = await this.send(delivery);
    try {
      const status = await recordAttempt(this.dataSource, delivery, outcome, this.options.maxAttempts);
      if (status === 'DELIVERED') this.counts.delivered += 1;
      if (status === 'FAILED') {
        this.counts.failed += 1;
        logger.warn(
          { webhook: delivery.webhookId, delivery: delivery.id, attempts: delivery.attempt },
          'webhook delivery failed for good: its row’s later changes wait until an ADMIN retries it',
        );
      }
    } catch (error) {
      // Not recorded: the lease runs out and the delivery is sent again.
      logger.warn({ err: error, delivery: delivery.id }, 'webhook delivery: its attempt could not be recorded');
    }
  }

  /** One POST of one change, signed; its outcome (never throws). */
  private async send(delivery: ClaimedDelivery): Promise<AttemptOutcome> {
    const sentAt = new Date();
    const change = toChange(delivery);
    const body = webhookBody({
      delivery: delivery.id,
      webhook: delivery.webhookId,
      attempt: delivery.attempt,
      sentAt: sentAt.toISOString(),
      change: { ...change, at: new Date(change.at).toISOString() },
    });
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.stopSends.signal]),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'territorio-webhooks/1',
          [DELIVERY_HEADER]: delivery.id,
          [TIMESTAMP_HEADER]: String(Math.floor(sentAt.getTime() / 1000)),
          [SIGNATURE_HEADER]: signWebhookBody(delivery.secret, body),
        },
        body,
      });
      // The answer's body is not read: its status is the whole answer.
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) return { kind: 'delivered', httpStatus: response.status };
      return this.failed(delivery, response.status, `answered HTTP ${response.status}`);
    } catch (error) {
      if (this.stopSends.signal.aborted) return { kind: 'interrupted', error: 'the server stopped while sending' };
      return this.failed(delivery, null, failureReason(error, this.options.timeoutMs));
    }
  }

  private failed(delivery: ClaimedDelivery, httpStatus: number | null, error: string): AttemptOutcome {
    return { kind: 'failed', httpStatus, error, retryInMs: backoffMs(delivery.attempt, this.options) };
  }

  /** Stops claiming; sends in flight are cut short and recorded as due again at once. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.stopSends.abort();
    await Promise.all([...this.inFlight]);
    logger.info({ ...this.counts }, 'webhook deliveries stopped');
  }
}

/** The module's worker: one per server process unless WEBHOOK_DELIVERY=off. */
export function startWebhookWorker({ dataSource }: WorkerServices): BackgroundWorker {
  if (config().WEBHOOK_DELIVERY === 'off') return { stop: async () => undefined };
  return new WebhookWorker(dataSource).start();
}
