import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors';
import { logger } from '../common/logger';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, serviceUnavailable } from '../db/unavailable';
import type { RateLimitOptions } from '../http/rate-limit';
import { findActiveApiKey } from './api-keys';
import { ANONYMOUS, type FacilitatorBeneficiary, type Identity } from './identity';
import { verifyToken } from './jwt';
import { parseRole, Role } from './role';

function unauthenticated(message: string): AppError {
  const error = new AppError(ErrorCode.UNAUTHENTICATED, message);
  // Apollo turns this into the HTTP status of a context-creation failure.
  (error.extensions as Record<string, unknown>).http = { status: 401 };
  return error;
}

/**
 * A territorial's id and clave: the scope an OPERATOR's token or key carries.
 * Plain SQL on the `territorial` table, so auth needs no domain module.
 */
async function territorialWhere(
  dataSource: DataSource,
  column: 'clave' | 'id',
  value: string | number,
): Promise<{ id: number; clave: string } | null> {
  const rows: { id: number; clave: string }[] = await dataSource.query(
    `SELECT id, clave FROM territorial WHERE ${column} = $1 LIMIT 1`,
    [value],
  );
  return rows[0] ?? null;
}

/**
 * The beneficiary a FACILITATOR token names (by folio), as it stands now: one indexed lookup
 * per request that carries such a token, so a BAJA given after the token was issued takes
 * effect at its next use. Plain SQL on `beneficiary`, as territorialWhere.
 */
async function facilitatorBeneficiary(dataSource: DataSource, folio: string): Promise<FacilitatorBeneficiary | null> {
  const rows: { id: number; folio: string; territorial_id: number; status: string }[] = await dataSource.query(
    'SELECT id, folio, territorial_id, status FROM beneficiary WHERE folio = $1 LIMIT 1',
    [folio],
  );
  const row = rows[0];
  return row
    ? { id: row.id, folio: row.folio, territorialId: row.territorial_id, active: row.status === 'ACTIVE' }
    : null;
}

/**
 * The caller of a request from its headers: a bearer JWT, an X-API-Key, or
 * nobody (PUBLIC). Bad credentials are refused, never downgraded to PUBLIC.
 */
export async function authenticate(dataSource: DataSource, authorization?: string, apiKey?: string): Promise<Identity> {
  if (authorization && apiKey) throw unauthenticated('Send either a bearer token or an API key, not both');
  if (authorization) {
    const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const claims = await verifyToken(match[1]);
    const identity: Identity = { role: claims.role, subject: claims.sub, via: 'jwt' };
    if (claims.territorial !== undefined) {
      const territorial = await territorialWhere(dataSource, 'clave', claims.territorial);
      if (!territorial) throw unauthenticated(`The token's territorial "${claims.territorial}" does not exist`);
      identity.territorialId = territorial.id;
      identity.territorialClave = territorial.clave;
    }
    if (identity.role === Role.OPERATOR && identity.territorialId === undefined)
      throw unauthenticated('An OPERATOR token must carry a territorial claim');
    if (claims.beneficiary !== undefined) {
      if (identity.territorialId !== undefined)
        throw unauthenticated('A FACILITATOR token carries a beneficiary, not a territorial');
      const beneficiary = await facilitatorBeneficiary(dataSource, claims.beneficiary);
      if (!beneficiary) throw unauthenticated(`The token's beneficiary "${claims.beneficiary}" does not exist`);
      identity.beneficiary = beneficiary;
    }
    return identity;
  }
  if (apiKey) {
    const key = await findActiveApiKey(dataSource, apiKey);
    const role = key && parseRole(key.role);
    if (!key || !role) throw unauthenticated('The API key is not valid');
    // A FACILITATOR is one person with a token naming its beneficiary, never a system key.
    if (role === Role.FACILITATOR) throw unauthenticated('The API key is not valid (FACILITATOR keys do not exist)');
    const identity: Identity = { role, subject: `api-key:${key.name}`, via: 'api-key' };
    if (key.territorialId !== null) {
      const territorial = await territorialWhere(dataSource, 'id', key.territorialId);
      if (!territorial) throw unauthenticated('The API key is bound to a territorial that no longer exists');
      identity.territorialId = territorial.id;
      identity.territorialClave = territorial.clave;
    }
    return identity;
  }
  return ANONYMOUS;
}

function tooManyFailures(resetSeconds: number): AppError {
  const error = new AppError(
    ErrorCode.TOO_MANY_REQUESTS,
    `Too many failed authentications from this address: retry in ${resetSeconds} s`,
  );
  (error.extensions as Record<string, unknown>).http = { status: 429 };
  return error;
}

/**
 * Express middleware: res.locals.identity for every route; 401 JSON on bad credentials.
 *
 * Failed authentications count per client IP (`authFailureLimit` per window of the
 * rate-limit store, AUTH_FAILURES_PER_MINUTE): past the limit, that IP's requests that carry
 * credentials get 429 with Retry-After before any token is verified or API key looked up.
 * Anonymous requests go on to the ordinary limiter.
 */
export function authenticationMiddleware(dataSource: DataSource, limits?: RateLimitOptions) {
  const failureLimit = limits?.authFailureLimit ?? 0;
  const failureKey = (req: Request) => `authfail:ip:${req.ip}`;
  return async (req: Request, res: Response, next: NextFunction) => {
    const answer = (error: AppError) => {
      if (req.path.startsWith('/graphql')) {
        res.status(error.httpStatus).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      next(error);
    };
    const authorization = req.header('authorization');
    const apiKey = req.header('x-api-key');
    const credentialed = authorization !== undefined || apiKey !== undefined;
    if (credentialed && failureLimit > 0 && limits) {
      try {
        const { count, resetAt } = await limits.store.peek(failureKey(req));
        if (count >= failureLimit) {
          const resetSeconds = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
          res.setHeader('Retry-After', String(resetSeconds));
          return answer(tooManyFailures(resetSeconds));
        }
      } catch (error) {
        logger.warn({ err: String(error) }, 'rate-limit store failed: authentication failures not checked');
      }
    }
    try {
      res.locals.identity = await authenticate(dataSource, authorization, apiKey);
      next();
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED && failureLimit > 0 && limits) {
        logger.warn({ ip: req.ip, reason: error.message }, 'authentication failed');
        await limits.store.hit(failureKey(req), limits.windowMs).catch(() => undefined);
      }
      if (error instanceof AppError) return answer(error);
      if (isDatabaseUnavailable(error)) {
        logger.warn({ err: error }, 'database unavailable during authentication');
        res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
        const outage = serviceUnavailable(true);
        if (req.path.startsWith('/graphql')) {
          res.status(503).json({ errors: [{ message: outage.message, extensions: outage.extensions }] });
          return;
        }
        return next(outage);
      }
      next(error);
    }
  };
}
