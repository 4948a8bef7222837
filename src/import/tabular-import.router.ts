import { closeAfterAnswer } from '../http/unread-body';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole, type Identity } from '../auth/identity';
import { Role } from '../auth/role';
import { AppError, ErrorCode, badInput } from '../common/errors';
import { importTabular } from './tabular-import.service';
import type { IntakeLayerRegistry } from './tabular-layer';
import { intakeFileLimit } from './tabular-source';

const TYPES = new Set([
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
]);

function flag(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw badInput(name, 'must be true or false');
}

/** The body as it streams in; an upload cut before its end is an error, not a shorter file. */
async function* body(req: Request): AsyncGenerator<Buffer> {
  for await (const chunk of req) yield chunk as Buffer;
  if (!req.complete)
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'the upload was interrupted: the file is incomplete', 'file');
}

/**
 * POST /import/{layer} for the program's records (ADMIN): the body is the CSV
 * (text/csv) or XLSX workbook, at most intakeFileLimit() bytes; query
 * `dry_run`, `sheet`. 200 with the report when no row was refused (written, or
 * a dry run); 422 with the report when rows were refused (nothing written);
 * 400 / 413 when the file itself is refused. Other layers fall through to the
 * GeoJSON import.
 */
export function intakeRouter(dataSource: DataSource, layers: IntakeLayerRegistry): Router {
  const router = Router();
  router.post('/import/:layer', async (req: Request, res: Response, next: NextFunction) => {
    const id = String(req.params.layer);
    if (!layers.has(id)) return next();
    try {
      requireRole(res.locals.identity as Identity, Role.ADMIN);
      const unknown = Object.keys(req.query).find((k) => k !== 'dry_run' && k !== 'sheet');
      if (unknown) throw badInput(unknown, 'is not a parameter of this import (use dry_run, sheet)');
      const sheet = req.query.sheet;
      if (sheet !== undefined && (typeof sheet !== 'string' || sheet === ''))
        throw badInput('sheet', 'must be a sheet name');
      const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (!TYPES.has(type)) throw badInput('Content-Type', `must be one of ${[...TYPES].join(', ')}`);
      const limit = intakeFileLimit();
      const declared = Number(req.header('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > limit)
        throw new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than the limit of ${limit} bytes`);
      const report = await importTabular(dataSource, layers.get(id), body(req), {
        source: `POST /import/${id}`,
        actor: (res.locals.identity as Identity).subject,
        dryRun: flag('dry_run', req.query.dry_run),
        sheet: sheet as string | undefined,
        limit,
      });
      res.status(report.refused > 0 ? 422 : 200).json(report);
    } catch (error) {
      // Whatever of the body is left is not read: answer, then close the connection (after a short linger).
      closeAfterAnswer(req, res);
      next(error);
    }
  });
  return router;
}
