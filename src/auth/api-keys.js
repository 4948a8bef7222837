import { createHash, randomBytes } from 'node:crypto';
import { ApiKey } from './api-key.entity';
export function hashApiKey(key) {
    return createHash('sha256').update(key, 'utf8').digest('hex');
}
/** Creates a key and returns it in clear: the only time it is ever visible. */
export async function createApiKey(dataSource, name, role, territorialId) {
    const key = `tk_${randomBytes(32).toString('base64url')}`;
    await dataSource.getRepository(ApiKey).insert({ name, keyHash: hashApiKey(key), role, territorialId });
    return key;
}
export async function findActiveApiKey(dataSource, key) {
    if (!/^tk_[A-Za-z0-9_-]{43}$/.test(key))
        return null;
    const found = await dataSource.getRepository(ApiKey).findOneBy({ keyHash: hashApiKey(key) });
    return found && !found.revokedAt ? found : null;
}
