import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import type { JWTPayload } from 'jose' with { 'resolution-mode': 'import' };
import { AppError, ErrorCode } from '../common/errors';
import { controlCharacterProblem } from '../common/text-input';
import { authConfig, type AuthConfig } from './auth-config';
import { parseRole, Role } from './role';
import { config } from '../config/config';

// jose ships ES modules only; Node 20.19+ loads them through require(esm).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package loaded through require(esm) so CommonJS output keeps working
const { compactVerify, createRemoteJWKSet, SignJWT }: typeof Jose = require('jose');

export interface TokenClaims {
  sub: string;
  role: Role;
  territorial?: string;
  /** FACILITATOR only: the folio of the beneficiary it is bound to. */
  beneficiary?: string;
}

let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

function unauthenticated(message: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message);
}

/** Longest accepted token lifetime (exp − iat), seconds: JWT_MAX_LIFETIME_SECONDS, default 24 h. */
export function maxTokenLifetimeSeconds(): number {
  return config().JWT_MAX_LIFETIME_SECONDS;
}

/** Clock skew tolerated between the issuer and this server (iat/nbf/exp), seconds. */
const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Verifies a bearer token: signature, algorithm (HS256 with a secret; RS256/ES256
 * with JWKS — never `none`), expiry, `nbf`, an `iat` that is not in the future, a
 * lifetime (exp − iat) of at most JWT_MAX_LIFETIME_SECONDS, the `role` claim, and
 * control characters in the string claims (the one text check of src/common/text-input.ts).
 */
export async function verifyToken(token: string, config: AuthConfig = authConfig()): Promise<TokenClaims> {
  const maxLifetime = maxTokenLifetimeSeconds();
  // The signature with jose; every claim by hand below (one set of rules and messages for both key sources).
  let payload: JWTPayload;
  try {
    const verified =
      config.kind === 'secret'
        ? await compactVerify(token, config.secret, { algorithms: ['HS256'] })
        : await compactVerify(token, (jwks ??= createRemoteJWKSet(config.jwksUrl)), {
            algorithms: ['RS256', 'ES256'],
          });
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as JWTPayload;
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new Error('not a claims set');
  } catch {
    throw unauthenticated('The token is not valid (bad signature, algorithm or format)');
  }
  const now = Math.floor(Date.now() / 1000);
  const { exp, iat, nbf } = payload;
  const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  if (!isTime(exp)) throw unauthenticated('The token needs an exp (expiry) claim');
  if (exp <= now) throw unauthenticated('The token has expired');
  if (!isTime(iat) || iat > now + CLOCK_TOLERANCE_SECONDS)
    throw unauthenticated('The token needs a valid iat (issued-at) claim, not in the future');
  if (now - iat > maxLifetime + CLOCK_TOLERANCE_SECONDS)
    throw unauthenticated(`The token was issued more than ${maxLifetime} s ago`);
  if (exp - iat > maxLifetime)
    throw unauthenticated(`The token's lifetime (exp − iat) is over the maximum of ${maxLifetime} s`);
  if (nbf !== undefined && (!isTime(nbf) || nbf > now + CLOCK_TOLERANCE_SECONDS))
    throw unauthenticated('The token is not valid yet (nbf)');
  const role = parseRole(payload.role);
  if (!role || role === Role.PUBLIC) throw unauthenticated('The token has no valid role claim');
  if (payload.territorial !== undefined && typeof payload.territorial !== 'string')
    throw unauthenticated('The token territorial claim must be a clave');
  if (payload.beneficiary !== undefined && typeof payload.beneficiary !== 'string')
    throw unauthenticated('The token beneficiary claim must be a folio');
  if ((role === Role.FACILITATOR) !== (payload.beneficiary !== undefined))
    throw unauthenticated('A FACILITATOR token, and only one, carries a beneficiary claim (a folio)');
  for (const claim of ['sub', 'territorial', 'beneficiary'] as const) {
    const value = payload[claim];
    const problem = typeof value === 'string' ? controlCharacterProblem(value) : null;
    if (problem) throw unauthenticated(`The token's ${claim} claim ${problem}`);
  }
  return {
    sub: String(payload.sub ?? `token:${role}`),
    role,
    territorial: payload.territorial as string | undefined,
    beneficiary: payload.beneficiary as string | undefined,
  };
}

/** Signs an HS256 token with the configured secret (the `token` CLI and tests). */
export async function signToken(
  claims: TokenClaims,
  expiresIn: string,
  config: AuthConfig = authConfig(),
): Promise<string> {
  if (config.kind !== 'secret')
    throw new Error('Tokens can only be minted here with a JWT_SECRET (JWKS tokens come from the identity provider)');
  const jwt = new SignJWT({
    role: claims.role,
    ...(claims.territorial ? { territorial: claims.territorial } : {}),
    ...(claims.beneficiary ? { beneficiary: claims.beneficiary } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  return jwt.sign(config.secret);
}
