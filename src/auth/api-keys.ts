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
  return key;
}

export async function findActiveApiKey(dataSource: DataSource, key: string): Promise<ApiKey | null> {
  if (!/^tk_[A-Za-z0-9_-]{43}$/.test(key)) return null;
  const found = await dataSource.getRepository(ApiKey).findOneBy({ keyHash: hashApiKey(key) });
  return found && !found.revokedAt ? found : null;
}
