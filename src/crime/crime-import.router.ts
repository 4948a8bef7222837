import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole, type Identity } from '../auth/identity';
import { Role } from '../auth/role';
import { AppError, ErrorCode, badInput } from '../common/errors';
import { importCrime } from './crime-import.service';
import { config } from '../config/config';

/** Largest body of POST /import/crime (CRIME_IMPORT_BODY_LIMIT_BYTES, default 64 MB: the 2019–2024 file is 2.3 MB gzipped, 15 MB plain). */
export function crimeImportBodyLimit(): number {
  return config().CRIME_IMPORT_BODY_LIMIT_BYTES;
}

const TYPES = new Set(['text/csv', 'application/gzip', 'application/x-gzip', 'application/octet-stream']);

/** Counts the request's bytes as they stream through and stops past the limit. */
async function* limited(req: Request, limit: number): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of req) {
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
      const report = await importCrime(dataSource, limited(req, limit), { source: 'POST /import/crime' });
      res.status(200).json(report);
    } catch (error) {
      if (!req.complete) {
        res.setHeader('Connection', 'close');
        res.on('finish', () => req.destroy());
      }
      next(error);
    }
  });
  return router;
}
