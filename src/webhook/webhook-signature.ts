import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature a receiver checks: header `Territorio-Signature: t=<unix seconds>,v1=<hex>`
 * where `<hex>` is HMAC-SHA256 of `<t>.<raw body>` under the subscription's secret. A
 * receiver recomputes it over the body bytes as received, compares in constant time, and
 * refuses a `t` too far from its clock (replays).
 */
export const SIGNATURE_HEADER = 'Territorio-Signature';
export const DELIVERY_HEADER = 'Territorio-Delivery';

export function signBody(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** What a receiver does (and the tests): true when `header` signs `body` under `secret`. */
export function verifySignature(secret: string, body: string, header: string): boolean {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = Buffer.from(signBody(secret, body, Number(match[1])).slice(-64), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2], 'hex'));
}
