import type { DataSource } from 'typeorm';
import { logger } from '../common/logger';
import { config } from '../config/config';
import type { BackgroundWorker } from '../module';
import { claimDue, queueChanges, recordAttempts, type AttemptResult, type ClaimedDelivery } from './webhook-queue';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signBody } from './webhook-signature';
import { requirePublicTarget } from './webhook-url';

export interface WebhookWorkerOptions {
  pollMs: number;
  timeoutMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  allowPrivateTargets: boolean;
  /** Deliveries sent at once (one per row at most). */
  batch: number;
}

export function webhookOptionsFromConfig(): WebhookWorkerOptions {
  const c = config();
  return {
    pollMs: c.WEBHOOK_POLL_MS,
    timeoutMs: c.WEBHOOK_TIMEOUT_MS,
    retryBaseMs: c.WEBHOOK_RETRY_BASE_MS,
    retryMaxMs: c.WEBHOOK_RETRY_MAX_MS,
    maxAttempts: c.WEBHOOK_MAX_ATTEMPTS,
    allowPrivateTargets: c.WEBHOOK_PRIVATE_TARGETS === 'on',
    batch: 20,
  };
}

/** Wait before attempt n + 1 after n failed ones: base · 2^(n−1), at most the maximum. */
export function retryDelayMs(
  failedAttempts: number,
  options: Pick<WebhookWorkerOptions, 'retryBaseMs' | 'retryMaxMs'>,
) {
  return Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.min(failedAttempts - 1, 30));
}

/** The JSON a receiver gets: which delivery (retries repeat its id), which subscription, the change. */
export function deliveryBody(d: ClaimedDelivery): string {
  return JSON.stringify({
    delivery: d.id,
    webhook: String(d.subscription_id),
    attempt: d.attempts,
    change: {
      table: d.table_name.toUpperCase(),
      id: String(d.row_id),
      version: d.version,
      operation: d.operation,
      at: new Date(d.at).toISOString(),
      role: d.role,
    },
  });
}

/**
 * Sends the queued webhook deliveries: every `pollMs`, queues the feed's new changes and sends
 * what is due until nothing is left. Everything it knows is in the database, so stopping it (or
 * the process dying) at any point loses nothing: a delivery sent but not recorded is sent again.
 */
export class WebhookWorker implements BackgroundWorker {
  /** Attempts made, attempts that were retries, deliveries delivered, deliveries marked FAILED. */
  readonly counts = { sent: 0, retried: 0, delivered: 0, failed: 0 };
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: WebhookWorkerOptions = webhookOptionsFromConfig(),
  ) {}

  start(): this {
    this.running = this.loop();
    return this;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.runOnce();
      } catch (error) {
        if (!this.stopped) logger.warn({ err: error }, 'webhook worker: a round failed; trying again');
      }
      if (this.stopped) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, this.options.pollMs);
      });
    }
  }

  /** One round: queue the new changes, then send until nothing is due. Returns the attempts made. */
  async runOnce(): Promise<number> {
    while (!this.stopped && (await queueChanges(this.dataSource, 500)) > 0);
    let attempts = 0;
    while (!this.stopped) {
      const due = await claimDue(this.dataSource, this.options.batch, 2 * this.options.timeoutMs + 1000);
      if (due.length === 0) break;
      const results = await Promise.all(due.map((d) => this.send(d)));
      await recordAttempts(this.dataSource, results, this.options.maxAttempts);
      attempts += due.length;
      for (const [i, r] of results.entries()) {
        if (r.ok) this.counts.delivered += 1;
        else if (due[i].attempts >= this.options.maxAttempts) this.counts.failed += 1;
      }
    }
    return attempts;
  }

  private async send(d: ClaimedDelivery): Promise<AttemptResult> {
    this.counts.sent += 1;
    if (d.attempts > 1) this.counts.retried += 1;
    const failed = (http_status: number | null, error: string): AttemptResult => ({
      id: d.id,
      ok: false,
      http_status,
      error,
      wait_ms: retryDelayMs(d.attempts, this.options),
    });
    const body = deliveryBody(d);
    try {
      const url = new URL(d.url);
      await requirePublicTarget('url', url, this.options.allowPrivateTargets);
      const response = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'territorio-webhooks',
          [DELIVERY_HEADER]: d.id,
          [SIGNATURE_HEADER]: signBody(d.secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.status >= 200 && response.status < 300)
        return { id: d.id, ok: true, http_status: response.status, error: null, wait_ms: 0 };
      return failed(response.status, `answered HTTP ${response.status}`);
    } catch (error) {
      const e = error as Error;
      const reason = e.name === 'TimeoutError' ? `no answer within ${this.options.timeoutMs} ms` : e.message;
      return failed(null, reason);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
    await this.running;
  }
}
