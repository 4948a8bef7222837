import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, ErrorCode, badInput } from '../common/errors';
import { csvFileError, openCsv } from '../common/csv';
import { setSqlStatementsHeader } from '../http/gis-response';
import { config } from '../config/config';
import { LOCATE_MANY_MAX_POINTS, locatedRows, requirePoints, type LonLat } from './locate.service';

/** Largest body of POST /locate (LOCATE_BODY_LIMIT_BYTES, default 1 MB: 10,000 rows of a 60-character id and two coordinates). */
export function locateBodyLimit(): number {
  return config().LOCATE_BODY_LIMIT_BYTES;
}

const TYPES = new Set(['text/csv', 'text/plain', 'application/gzip', 'application/x-gzip', 'application/octet-stream']);
export const LOCATE_CSV_COLUMNS = ['id', 'lon', 'lat'] as const;
export const LOCATE_CSV_ANSWER_COLUMNS = ['id', 'clave', 'colonia', 'territorial'] as const;

/** Counts the request's bytes as they stream through and stops past the limit. */
async function* limited(req: Request, limit: number): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of req) {
    seen += (chunk as Buffer).length;
    if (seen > limit) throw tooLarge(limit);
    yield chunk as Buffer;
  }
  if (!req.complete) throw new Error('the upload was interrupted');
}

const tooLarge = (limit: number) =>
  new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The CSV is larger than the limit of ${limit} bytes`);

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value: unknown): string {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A coordinate field: a plain decimal number (no NaN, Infinity, hex or blank). */
function coordinate(field: string, name: string, line: number): number {
  const text = field.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
    throw csvFileError(`line ${line}: ${name} must be a decimal number (got ${JSON.stringify(text.slice(0, 40))})`);
  return Number(text);
}

/**
 * Reads the CSV's rows as they stream in: `id,lon,lat` (header required, columns in any
 * order, other columns ignored), at most LOCATE_MANY_MAX_POINTS rows; the first bad row
 * refuses the whole file, naming its line.
 */
async function readPoints(
  source: AsyncIterable<Buffer>,
): Promise<{ ids: string[]; points: LonLat[]; lines: number[] }> {
  // A gzip body may not inflate past the plain body's limit; an id is a key, not a text.
  const csv = await openCsv(source, LOCATE_CSV_COLUMNS, {
    maxInflatedBytes: locateBodyLimit(),
    maxInflatedBytesSetting: 'LOCATE_BODY_LIMIT_BYTES',
    maxRecordChars: 1_024,
    maxFieldChars: 512,
    rowName: 'row of id,lon,lat',
  });
  const ids: string[] = [];
  const points: LonLat[] = [];
  const lines: number[] = [];
  for await (const { line, fields } of csv.rows) {
    if (fields.length !== csv.width)
      throw csvFileError(`line ${line}: expected ${csv.width} fields as in the header, got ${fields.length}`);
    if (points.length === LOCATE_MANY_MAX_POINTS)
      throw csvFileError(
        `the file holds more than ${LOCATE_MANY_MAX_POINTS} rows; send at most ${LOCATE_MANY_MAX_POINTS} per request`,
      );
    ids.push(fields[csv.index.id]);
    points.push({
      lon: coordinate(fields[csv.index.lon], 'lon', line),
      lat: coordinate(fields[csv.index.lat], 'lat', line),
    });
    lines.push(line);
  }
  return { ids, points, lines };
}

/**
 * POST /locate: a CSV of `id,lon,lat` (WGS84) in, a CSV of `id,clave,colonia,territorial`
 * out, one row per input row in input order (empty clave, colonia and territorial for a
 * point outside the alcaldía): `locateMany` for systems that hold their records in files.
 * The body is read as a stream and bounded (LOCATE_BODY_LIMIT_BYTES, 413 past it); at most
 * LOCATE_MANY_MAX_POINTS rows, answered by one SQL statement. A bad file is a 400 naming the
 * line and the problem; nothing is answered in part.
 */
export function locateRouter(dataSource: DataSource): Router {
  const router = Router();
  router.post('/locate', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const unknown = Object.keys(req.query)[0];
      if (unknown !== undefined) throw badInput(unknown, 'is not a parameter of /locate');
      const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (!TYPES.has(type)) throw badInput('Content-Type', `must be one of ${[...TYPES].join(', ')}`);
      const limit = locateBodyLimit();
      const declared = Number(req.header('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
      const { ids, points, lines } = await readPoints(limited(req, limit));
      requirePoints(points, (i, coordinate) => `line ${lines[i]}: ${coordinate}`, 'file');
      const rows = await locatedRows(dataSource, points);
      setSqlStatementsHeader(res);
      res.status(200).type('text/csv; charset=utf-8');
      res.write(`${LOCATE_CSV_ANSWER_COLUMNS.join(',')}\r\n`);
      let chunk = '';
      rows.forEach((row, i) => {
        chunk += [ids[i], row.clave, row.nombre, row.t_nombre].map(csvField).join(',') + '\r\n';
        if (chunk.length > 64 * 1024) {
          res.write(chunk);
          chunk = '';
        }
      });
      res.end(chunk);
    } catch (error) {
      setSqlStatementsHeader(res);
      if (!req.complete) {
        res.setHeader('Connection', 'close');
        res.on('finish', () => req.destroy());
      }
      next(error);
    }
  });
  return router;
}
