import { badInput } from '../common/errors';
import { requireCleanText } from '../common/text-input';

export const WEBHOOK_URL_MAX_LENGTH = 2000;

/**
 * A webhook's URL as an ADMIN gives it: an absolute http:// or https:// URL with a host, no
 * credentials (the signature authenticates deliveries; a password would sit in the database and in
 * the `webhooks` answer) and no #fragment (never sent). Anything else is BAD_USER_INPUT naming
 * `argument`. Returns the URL as it will be called.
 */
export function parseWebhookUrl(argument: string, raw: string): string {
  requireCleanText(argument, raw);
  const text = raw.trim();
  if (text === '') throw badInput(argument, 'must not be empty (an http:// or https:// URL)');
  if (text.length > WEBHOOK_URL_MAX_LENGTH)
    throw badInput(argument, `is longer than ${WEBHOOK_URL_MAX_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(argument, 'is not a URL (expected http:// or https://host/path)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw badInput(argument, `must be an http:// or https:// URL, not ${url.protocol.replace(/:$/, '')}`);
  if (!url.hostname) throw badInput(argument, 'has no host');
  if (url.username || url.password)
    throw badInput(argument, 'must not carry credentials (user:password@): deliveries are signed with the secret');
  if (url.hash) throw badInput(argument, 'must not have a #fragment (it is never sent)');
  return url.toString();
}

/** A webhook's secret: 16 to 200 characters, no control characters. */
export function requireWebhookSecret(argument: string, secret: string): string {
  requireCleanText(argument, secret);
  if (secret.length === 0) throw badInput(argument, 'must not be empty: deliveries are signed with it');
  if (secret.trim().length === 0) throw badInput(argument, 'must not be blank: deliveries are signed with it');
  if (secret.length < 16) throw badInput(argument, 'must be at least 16 characters long (a short secret is guessable)');
  if (secret.length > 200) throw badInput(argument, 'must be at most 200 characters long');
  return secret;
}
