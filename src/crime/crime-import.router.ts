import { PassThrough } from 'node:stream';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole, type Identity } from '../auth/identity';
import { Role } from '../auth/role';
import { AppError, ErrorCode, badInput } from '../common/errors';
import { databaseMode } from '../db/database';
import { closeAfterAnswer } from '../http/unread-body';
import { importCrime } from './crime-import.service';
import { config } from '../config/config';

/** Largest body of POST /import/crime (CRIME_IMPORT_BODY_LIMIT_BYTES, default 64 MB: the 2019–2024 file is 2.3 MB gzipped, 15 MB plain). */
export function crimeImportBodyLimit(): number {
  return config().CRIME_IMPORT_BODY_LIMIT_BYTES;
}

/**
 * Most data rows one POST /import/crime may hold. Embedded (PGlite: one connection, statements that
 * cannot be cancelled) CRIME_IMPORT_EMBEDDED_MAX_ROWS, default 10,000, so that the import ends
 * within the 30 s request timeout (50,000 rows took 82 s embedded on the 2-core CI machine); on
 * PostgreSQL CRIME_IMPORT_MAX_ROWS, default 1,000,000 (five times the 2019–2024 file).
 * The CLI (`npm run import -- crime`) has no such limit.
 */
export function crimeImportMaxRows(): { rows: number; setting: string } {
  return databaseMode() === 'embedded'
    ? {
        rows: config().CRIME_IMPORT_EMBEDDED_MAX_ROWS,
        setting: 'CRIME_IMPORT_EMBEDDED_MAX_ROWS, the embedded database',
      }
    : { rows: config().CRIME_IMPORT_MAX_ROWS, setting: 'CRIME_IMPORT_MAX_ROWS' };
}

const TYPES = new Set(['text/csv', 'application/gzip', 'application/x-gzip', 'application/octet-stream']);

/**
 * Counts the request's bytes as they stream through and stops past the limit. The request is piped
 * (not iterated) so that a refusal midway leaves it readable for closeAfterAnswer, and a client
 * that goes away ends the read with an error instead of leaving it waiting.
 */
async function* limited(req: Request, limit: number): AsyncGenerator<Buffer> {
  const body = new PassThrough();
  req.once('close', () => {
    if (!req.complete) body.destroy(new Error('the upload was interrupted'));
  });
  req.pipe(body);
  let seen = 0;
  for await (const chunk of body) {
    seen += (chunk as Buffer).length;
    if (seen > limit)
      throw new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The CSV is larger than the limit of ${limit} bytes`);
    yield chunk as Buffer;
  }
  // A body cut off before its declared length is an aborted upload, not a shorter file.
  if (!req.complete) throw new Error('the upload was interrupted');
}

/**
 * POST /import/crime (ADMIN): the prosecutor's CSV as the body (text/csv, or
 * gzip as application/gzip), streamed into the same one-transaction import as
 * the CLI. 200 with the report; 400 when the file is refused (nothing written).
 */
export function crimeImportRouter(dataSource: DataSource): Router {
  const router = Router();
  router.post('/import/crime', async (req: Request, res: Response, next: NextFunction) => {
    try {
      requireRole(res.locals.identity as Identity, Role.ADMIN);
      const unknown = Object.keys(req.query)[0];
      if (unknown !== undefined) throw badInput(unknown, 'is not a parameter of /import/crime');
      const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (!TYPES.has(type)) throw badInput('Content-Type', `must be one of ${[...TYPES].join(', ')}`);
      const limit = crimeImportBodyLimit();
      const declared = Number(req.header('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > limit)
        throw new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The CSV is larger than the limit of ${limit} bytes`);
      const report = await importCrime(dataSource, limited(req, limit), {
        source: 'POST /import/crime',
        maxRows: crimeImportMaxRows(),
      });
      res.status(200).json(report);
    } catch (error) {
      closeAfterAnswer(req, res);
      next(error);
    }
  });
  return router;
}
