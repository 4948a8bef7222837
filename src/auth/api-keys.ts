import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiKey } from './api-key.entity';
import { Role } from './role';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Creates a key and returns it in clear: the only time it is ever visible. */
export async function createApiKey(
  dataSource: DataSource,
  name: string,
  role: Role,
  territorialId: number | null,
): Promise<string> {
  const key = `tk_${randomBytes(32).toString('base64url')}`;
  await dataSource.getRepository(ApiKey).insert({ name, keyHash: hashApiKey(key), role, territorialId });
  unknownKeys.delete(hashApiKey(key));
  return key;
}

/**
 * Negative lookups (hash of a well-formed key that does not exist) are remembered for
 * NEGATIVE_TTL_MS, so a flood of wrong keys costs no database lookup each. A key created
 * here is taken out of it; keys exist only by createApiKey, so a remembered miss cannot
 * hide a key created elsewhere unless someone presented it before it existed.
 */
const NEGATIVE_TTL_MS = 60_000;
const NEGATIVE_MAX = 10_000;
const unknownKeys = new Map<string, number>();

function rememberMiss(hash: string): void {
  if (unknownKeys.size >= NEGATIVE_MAX) {
    const now = Date.now();
    for (const [h, expires] of unknownKeys) if (expires <= now) unknownKeys.delete(h);
    // Still full: drop the oldest (Map keeps insertion order).
    while (unknownKeys.size >= NEGATIVE_MAX) unknownKeys.delete(unknownKeys.keys().next().value as string);
  }
  unknownKeys.set(hash, Date.now() + NEGATIVE_TTL_MS);
}

/** Database lookups of API keys this process made (tests assert the negative cache spares them). */
export const apiKeyLookups = { count: 0 };

export async function findActiveApiKey(dataSource: DataSource, key: string): Promise<ApiKey | null> {
  if (!/^tk_[A-Za-z0-9_-]{43}$/.test(key)) return null;
  const hash = hashApiKey(key);
  const missUntil = unknownKeys.get(hash);
  if (missUntil !== undefined && missUntil > Date.now()) return null;
  apiKeyLookups.count += 1;
  const found = await dataSource.getRepository(ApiKey).findOneBy({ keyHash: hash });
  if (!found) rememberMiss(hash);
  return found && !found.revokedAt ? found : null;
}
