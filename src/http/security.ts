import cors from 'cors';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppError, ErrorCode } from '../common/errors';
import { sendHttpError } from '../common/http-errors';
import type { RequestScope } from '../common/request-context';
import { stopRequest } from '../common/request-stop';
import { config, isProduction } from '../config/config';

/**
 * CORS allow-list from CORS_ORIGINS (comma-separated origins, or `*`). Default:
 * any localhost origin outside production, none in production.
 */
export function corsMiddleware() {
  const configured = (config().CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const localhost = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
  return cors({
    origin: (origin, callback) => {
      if (!origin) return callback(null, false);
      if (configured.includes('*') || configured.includes(origin)) return callback(null, true);
      callback(null, configured.length === 0 && !isProduction() && localhost.test(origin));
    },
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-api-key',
      'x-request-id',
      'if-none-match',
      'apollo-require-preflight',
      'territorio-lsn',
    ],
    exposedHeaders: [
      'etag',
      'x-request-id',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
      'territorio-lsn',
      'territorio-read-from',
    ],
    maxAge: 600,
  });
}

/**
 * Security headers (helmet). Tiles and GeoJSON are fetched cross-origin by map
 * clients, so resources may be embedded cross-origin; the CSP is strict in
 * production and off in development (Apollo's landing page loads its sandbox).
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: isProduction()
      ? { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }
      : false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * helmet's headers on every route except GraphQL POST answers, which are JSON
 * for programs (never rendered as a document: `nosniff` is what matters there)
 * and get only X-Content-Type-Options. That took ~620 bytes of headers off
 * every API answer (docs/PERFORMANCE.md). GET /graphql (a landing page outside
 * production) keeps the full set.
 */
export function apiSecurityHeaders() {
  const helmetHeaders = securityHeaders();
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'POST' && req.path === '/graphql') {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      next();
      return;
    }
    helmetHeaders(req, res, next);
  };
}

/**
 * A request still running after REQUEST_TIMEOUT_MS (default 30 s) is stopped — its
 * further SQL statements refused, its running ones cancelled (src/common/request-stop.ts) —
 * and answered 503 (JSON, Retry-After).
 */
export function requestTimeout(ms = config().REQUEST_TIMEOUT_MS) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const scope = res.locals.scope as RequestScope | undefined;
    const timer = setTimeout(() => {
      const message = `The request took longer than ${ms} ms and was stopped`;
      if (scope) stopRequest(scope, 'timeout', message);
      if (res.headersSent) return;
      res.setHeader('Retry-After', '1');
      sendHttpError(res, new AppError(ErrorCode.SERVICE_UNAVAILABLE, message));
    }, ms);
    timer.unref();
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
