import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Change } from './feed.types';

/** `sha256=<hex>`: HMAC-SHA256 of the raw request body under the webhook's secret. */
export const SIGNATURE_HEADER = 'X-Territorio-Signature';
/** The delivery's id: the same on every attempt of one change (receivers drop repeats by it). */
export const DELIVERY_HEADER = 'X-Territorio-Delivery';
/** When this attempt was sent, in Unix seconds (the body's `sentAt`, signed). */
export const TIMESTAMP_HEADER = 'X-Territorio-Timestamp';

/** What a receiver gets: one change of the feed, as `changes` gives it to the webhook's owner role. */
export interface WebhookMessage {
  /** The delivery's id (also in DELIVERY_HEADER). */
  delivery: string;
  webhook: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
  /** When this attempt was sent (ISO 8601; TIMESTAMP_HEADER in seconds). */
  sentAt: string;
  change: Omit<Change, 'at'> & { at: string };
}

export function webhookBody(message: WebhookMessage): string {
  return JSON.stringify(message);
}

export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** Whether `header` is the signature of `body` under `secret` (constant time): what a receiver checks. */
export function verifyWebhookSignature(secret: string, body: string, header: string | undefined): boolean {
  const expected = Buffer.from(signWebhookBody(secret, body), 'utf8');
  const given = Buffer.from(header ?? '', 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
