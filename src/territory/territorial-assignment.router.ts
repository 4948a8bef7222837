import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole, type Identity } from '../auth/identity';
import { Role } from '../auth/role';
import { AppError, ErrorCode, badInput } from '../common/errors';
import type { Importer } from '../import/importer';
import { flag, importBodyLimit } from '../import/import.router';
import { ASSIGNMENT_LAYER, importTerritorialAssignment } from './territorial-assignment.service';

/**
 * POST /import/territorial-assignment: the official assignment of the units to the direcciones
 * territoriales (ADMIN; a text/csv body of at most importBodyLimit() bytes), all or nothing; the
 * answer is the import report: 200, or 422 when a line was rejected. Query flag: dry_run.
 */
export function territorialAssignmentRouter(dataSource: DataSource, importer: Importer): Router {
  const router = Router();
  router.post(`/import/${ASSIGNMENT_LAYER}`, async (req: Request, res: Response, next: NextFunction) => {
    try {
      requireRole(res.locals.identity as Identity, Role.ADMIN);
      const unknown = Object.keys(req.query).find((k) => k !== 'dry_run');
      if (unknown) throw badInput(unknown, 'is not a parameter of this import (use dry_run)');
      const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'text/csv') throw badInput('Content-Type', 'must be text/csv');
      const limit = importBodyLimit();
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > limit)
          throw new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The CSV is larger than the limit of ${limit} bytes`);
        chunks.push(chunk as Buffer);
      }
      const report = await importTerritorialAssignment(
        dataSource,
        Buffer.concat(chunks),
        {
          dryRun: flag('dry_run', req.query.dry_run),
          actor: (res.locals.identity as Identity).subject,
          source: `POST /import/${ASSIGNMENT_LAYER}`,
        },
        importer.placedTables,
      );
      res.status(report.rejected > 0 ? 422 : 200).json(report);
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
