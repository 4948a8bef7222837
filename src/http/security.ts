import cors from 'cors';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppError, ErrorCode } from '../common/errors';
import { sendHttpError } from '../common/http-errors';
import type { RequestScope } from '../common/request-context';
import { stopRequest } from '../common/request-stop';
import { config, isProduction } from '../config/config';
import { closeAfterAnswer } from './unread-body';

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
 * and answered 503 (JSON, Retry-After). POST /import/… (a year of activities is one file) has
 * IMPORT_TIMEOUT_MS instead (default 10 minutes).
 */
export function requestTimeout(ms = config().REQUEST_TIMEOUT_MS, importMs = config().IMPORT_TIMEOUT_MS) {
  return (req: Request, res: Response, next: NextFunction) => {
    // A records import (a year of activities) runs for minutes; the crime import keeps the short bound
    // (its size is capped per mode, and a stalled upload must not hold the import lock).
    const longImport = req.method === 'POST' && req.path.startsWith('/import/') && req.path !== '/import/crime';
    const limit = longImport ? importMs : ms;
    const scope = res.locals.scope as RequestScope | undefined;
    const timer = setTimeout(() => {
      const message = `The request took longer than ${limit} ms and was stopped`;
      if (scope) stopRequest(scope, 'timeout', message);
      if (res.headersSent) return;
      res.setHeader('Retry-After', '1');
      // A body still arriving (a slow upload) is not waited for: the connection closes after the answer.
      closeAfterAnswer(req, res);
      sendHttpError(res, new AppError(ErrorCode.SERVICE_UNAVAILABLE, message));
    }, limit);
    timer.unref();
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
