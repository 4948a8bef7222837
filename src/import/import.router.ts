import { PassThrough } from 'node:stream';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { requireRole, type Identity } from '../auth/identity';
import { Role } from '../auth/role';
import { AppError, ErrorCode, badInput } from '../common/errors';
import { databaseMode } from '../db/database';
import { closeAfterAnswer } from '../http/unread-body';
import { ByteLimit } from './geojson-stream';
import { checkImportOptions, importGeoJson, type ImportOptions } from './import.service';
import type { Importer } from './importer';
import { config } from '../config/config';

/** Largest GeoJSON body accepted by POST /import/{layer} (IMPORT_BODY_LIMIT_BYTES, default 20 MB). */
export function importBodyLimit(): number {
  return config().IMPORT_BODY_LIMIT_BYTES;
}

/**
 * The GeoJSON body limit that applies in this database mode, with the setting to name when it is
 * passed. The embedded database (one PGlite connection, statements that cannot be cancelled)
 * also has IMPORT_EMBEDDED_BODY_LIMIT_BYTES, default 4 MB, so that an import ends well within
 * the request timeout instead of holding every other request behind it.
 */
export function importBodyLimitForMode(): { bytes: number; setting: string } {
  const general = importBodyLimit();
  if (databaseMode() === 'embedded') {
    const embedded = config().IMPORT_EMBEDDED_BODY_LIMIT_BYTES;
    if (embedded < general)
      return { bytes: embedded, setting: 'IMPORT_EMBEDDED_BODY_LIMIT_BYTES, the limit of the embedded database' };
  }
  return { bytes: general, setting: 'IMPORT_BODY_LIMIT_BYTES' };
}

const QUERY_PARAMETERS = new Set([
  'dry_run',
  'allow_partial',
  'name_field',
  'clave_field',
  'territorial_field',
  'iecm',
]);

/** A true/false query parameter (true, 1, false, 0); absent is false. */
export function flag(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw badInput(name, 'must be true or false');
}

function text(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw badInput(name, 'must be a property name');
  return value;
}

/**
 * POST /import/{layer}: the import for other alcaldía systems (ADMIN, by API
 * key or token). The body — a GeoJSON FeatureCollection, at most
 * importBodyLimit() bytes — is parsed as it arrives and goes through the same
 * service as the CLI; the answer is the same report as JSON: 200 when nothing
 * was rejected, 422 (with the report) when something was. Query flags:
 * dry_run, allow_partial, name_field, clave_field, territorial_field.
 */
export function importRouter(dataSource: DataSource, importer: Importer): Router {
  const router = Router();
  router.post('/import/:layer', async (req: Request, res: Response, next: NextFunction) => {
    try {
      requireRole(res.locals.identity as Identity, Role.ADMIN);
      const unknown = Object.keys(req.query).find((k) => !QUERY_PARAMETERS.has(k));
      if (unknown) throw badInput(unknown, `is not a parameter of /import (use ${[...QUERY_PARAMETERS].join(', ')})`);
      const layer = String(req.params.layer);
      const iecm = flag('iecm', req.query.iecm);
      const options: ImportOptions = {
        layer: layer as ImportOptions['layer'],
        source: `POST /import/${layer.slice(0, 40)}`,
        nameField: text('name_field', req.query.name_field) ?? (iecm ? 'nomut' : 'nombre'),
        claveField: text('clave_field', req.query.clave_field) ?? (iecm ? 'cveut' : undefined),
        iecm,
        territorialField: text('territorial_field', req.query.territorial_field),
        dryRun: flag('dry_run', req.query.dry_run),
        allowPartial: flag('allow_partial', req.query.allow_partial),
        actor: (res.locals.identity as Identity).subject,
      };
      checkImportOptions(importer, options);
      const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/geo+json' && type !== 'application/json')
        throw badInput('Content-Type', 'must be application/geo+json or application/json');
      const limit = importBodyLimitForMode();
      const declared = Number(req.header('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > limit.bytes)
        throw new AppError(
          ErrorCode.PAYLOAD_TOO_LARGE,
          `The GeoJSON is larger than the limit of ${limit.bytes} bytes (${limit.setting})`,
        );
      // The request is piped (not handed to the pipeline) so that a failed parse does not destroy the socket the answer goes out on.
      const body = new PassThrough();
      req.pipe(body);
      const report = await importGeoJson(importer, dataSource, body, options, [
        new ByteLimit(limit.bytes, limit.setting),
      ]);
      res.status(report.rejected > 0 ? 422 : 200).json(report);
    } catch (error) {
      // Whatever of the body is left is not read: answer, then close the connection.
      closeAfterAnswer(req, res);
      next(error);
    }
  });
  return router;
}
