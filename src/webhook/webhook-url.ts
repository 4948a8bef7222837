import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { badInput } from '../common/errors';

/**
 * Where a webhook may point: http(s) only, no credentials in the URL, and (unless
 * WEBHOOK_PRIVATE_TARGETS=on) no loopback, private, link-local or unspecified address,
 * neither written in the URL nor what its host name resolves to (checked when registered
 * and again before each delivery, so a name that later resolves inside is refused too).
 */
export function parseWebhookUrl(argument: string, raw: string): URL {
  if (raw.length > 2000) throw badInput(argument, 'is longer than 2000 characters');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badInput(argument, 'is not a URL (expected https://host/path)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw badInput(argument, `must be an http:// or https:// URL, not ${url.protocol}`);
  if (url.username || url.password)
    throw badInput(argument, 'must not carry credentials (user:password@): the signature authenticates deliveries');
  if (url.hash) throw badInput(argument, 'must not have a #fragment');
  return url;
}

function isPrivateAddress(address: string): boolean {
  const v4 = isIP(address) === 4 ? address : /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4) {
    const [a, b] = v4.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6);
}

/** Throws BAD_USER_INPUT (named `argument`) when the URL's host is, or resolves to, a private address. */
export async function requirePublicTarget(argument: string, url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw badInput(argument, `host ${host} does not resolve`);
  }
  const inside = addresses.find(isPrivateAddress);
  if (inside)
    throw badInput(
      argument,
      `points to a private or loopback address (${inside}); set WEBHOOK_PRIVATE_TARGETS=on to allow receivers inside the network`,
    );
}
