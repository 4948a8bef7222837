import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../common/logger';
import { config, isProduction } from '../config/config';

export type AuthConfig = { kind: 'secret'; secret: Uint8Array; development: boolean } | { kind: 'jwks'; jwksUrl: URL };

const MIN_SECRET_LENGTH = 32;

export { isProduction };

function developmentSecretFile(): string {
  return path.resolve(config().DATA_DIR, 'jwt-secret');
}

/** Reads (or creates once, mode 0600) the development signing secret kept in DATA_DIR. */
function developmentSecret(): string {
  const file = developmentSecretFile();
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Where tokens are verified from: JWKS_URL (RS256/ES256 keys of an identity
 * provider), JWT_SECRET (HS256), or — outside production only — a development
 * secret generated once into DATA_DIR. Production without either refuses to start.
 */
export function loadAuthConfig(): AuthConfig {
  const { JWKS_URL, JWT_SECRET: configured } = config();
  if (JWKS_URL) return { kind: 'jwks', jwksUrl: new URL(JWKS_URL) };
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH)
      throw new Error(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    return { kind: 'secret', secret: new TextEncoder().encode(configured), development: false };
  }
  if (isProduction())
    throw new Error(
      'NODE_ENV=production needs JWT_SECRET or JWKS_URL: refusing to start without a way to verify tokens',
    );
  return { kind: 'secret', secret: new TextEncoder().encode(developmentSecret()), development: true };
}

let cached: AuthConfig | undefined;
export function authConfig(): AuthConfig {
  if (!cached) {
    cached = loadAuthConfig();
    if (cached.kind === 'secret' && cached.development) {
      logger.warn(
        { secretFile: developmentSecretFile() },
        'development mode: tokens are signed with a generated development secret',
      );
    }
  }
  return cached;
}
