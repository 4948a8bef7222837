import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { RequestContext, RequestContextFactory } from '../common/request-context';
import { badInput } from '../common/errors';
import { requireIntInRange } from '../common/validate';
import { sqlStatementHeaderEnabled } from '../config/config';

/** Shared plumbing of the GIS endpoints (/geojson, /ogc, /tiles): context, parameters, caching. */

/**
 * Request line and headers accepted by the HTTP server (Node's default is
 * 16 KiB). GIS requests carry geometries and CQL2 filters in the URL: a long
 * one reaches the app and gets a 400 naming the parameter, not a bare 431.
 */
export const MAX_REQUEST_HEADER_BYTES = 128 * 1024;

/** The request context of a GIS request (anonymous: the GIS endpoints serve public data), built by the app's factory. */
export function requestContextOf(
  createContext: RequestContextFactory,
  dataSource: DataSource,
  res: Response,
): RequestContext {
  return createContext(dataSource, res.locals.scope.requestId);
}

/**
 * Absolute base URL of this request (`http://host:port`): the Host header, or
 * X-Forwarded-Proto/-Host when the peer is a trusted proxy (`trust proxy`).
 */
export function baseUrlOf(req: Request): string {
  const host = req.host && /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(req.host) ? req.host : 'localhost';
  return `${req.protocol === 'https' ? 'https' : 'http'}://${host}`;
}

/** Query parameters as single strings; a repeated or nested parameter is a 400. */
export function queryParams(req: Request): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of Object.entries(req.query)) {
    if (typeof value !== 'string') throw badInput(name, 'must be given once, as a plain value');
    params.set(name, value);
  }
  return params;
}

/** Refuses parameters the endpoint does not define (OGC API: 400 for unknown parameters). */
export function rejectUnknownParams(params: Map<string, string>, allowed: readonly string[]): void {
  for (const name of params.keys()) {
    if (!allowed.includes(name))
      throw badInput(name.slice(0, 40), `is not a parameter of this endpoint (known: ${allowed.join(', ')})`);
  }
}

export function intParam(
  params: Map<string, string>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = params.get(name);
  if (text === undefined) return fallback;
  if (!/^-?[0-9]{1,10}$/.test(text.trim())) throw badInput(name, 'must be an integer');
  return requireIntInRange(name, Number(text), min, max);
}

export function numberParam(params: Map<string, string>, name: string, fallback: number): number {
  const text = params.get(name);
  if (text === undefined) return fallback;
  const value = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) throw badInput(name, 'must be a number');
  return value;
}

/** `a,b,c` into its parts (for bbox, near). */
export function listParam(params: Map<string, string>, name: string): string[] | undefined {
  const text = params.get(name);
  return text === undefined ? undefined : text.split(',');
}

function sqlCountHeaderEnabled(): boolean {
  // Same switch as the GraphQL X-SQL-Statements header (server.ts).
  return sqlStatementHeaderEnabled();
}

/**
 * X-SQL-Statements: statements this request cost (tests and benchmarks); a
 * streamed response adds the statements it will run after the headers.
 */
export function setSqlStatementsHeader(res: Response, still = 0): void {
  if (sqlCountHeaderEnabled() && res.locals.scope)
    res.setHeader('X-SQL-Statements', String(res.locals.scope.sqlStatements + still));
}

function etagMatches(req: Request, etag: string): boolean {
  const header = req.header('if-none-match');
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

export interface CacheableBody {
  body: string | Buffer;
  contentType: string;
  /** Seconds clients and proxies may reuse the response. */
  maxAge: number;
  /** Content-Disposition file name. */
  filename?: string;
}

/**
 * Sends a body with a strong ETag (hash of the bytes) and Cache-Control;
 * answers 304 when If-None-Match already has it.
 */
export function sendCacheable(
  req: Request,
  res: Response,
  { body, contentType, maxAge, filename }: CacheableBody,
): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', `public, max-age=${maxAge}`);
  setSqlStatementsHeader(res);
  if (etagMatches(req, etag)) {
    res.status(304).end();
    return;
  }
  if (filename) res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res
    .status(200)
    .type(contentType)
    .send(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
}

/** A JSON document (OGC metadata, TileJSON) with the request's statement count. */
export function sendJson(res: Response, document: unknown, contentType = 'application/json'): void {
  setSqlStatementsHeader(res);
  res
    .status(200)
    .type(contentType)
    .send(Buffer.from(JSON.stringify(document), 'utf8'));
}
