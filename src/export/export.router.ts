import { Router, type Request, type Response } from 'express';
import type { Identity } from '../auth/identity';
import { currentRequestScope } from '../common/request-context';
import { config } from '../config/config';
import { queryParams, sendJson, setSqlStatementsHeader } from '../http/gis-response';
import type { RouterServices } from '../module';
import { COMMON_PARAMETERS, FORMATS, parseExportRequest, requireWithinSizeLimit } from './export-request';
import { LEVEL_NAMES, LEVELS, UNIT_COLUMNS, unitsOf } from './export-units';
import { writeCsv, writeXlsx } from './export-writers';
import type { ExportColumn, ExportTable } from './export.types';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const columnDoc = (c: ExportColumn) => ({ key: c.key, header: c.header, unit: c.unit, type: c.type });

/**
 * GET /export: the formats, the size limit, the columns naming each level's units (the first of every row), and
 * each table with its parameters and its columns (those of its example request; `fixed` ones are always written).
 */
function listing(tables: readonly ExportTable<any>[]) {
  return {
    formats: FORMATS,
    maxRows: config().EXPORT_MAX_ROWS,
    unitColumns: Object.fromEntries(LEVELS.map((level) => [level, UNIT_COLUMNS[level].map(columnDoc)])),
    tables: tables.map((table) => {
      const { query } = parseExportRequest(tables, table.name, new Map(new URLSearchParams(table.example)));
      return {
        name: table.name,
        description: table.description,
        example: `/export/${table.name}?${table.example}`,
        parameters: [...COMMON_PARAMETERS, ...table.parameters],
        columns: table.columns(query).map((c) => ({ ...columnDoc(c), fixed: !!c.fixed })),
      };
    }),
  };
}

/**
 * GET /export and GET /export/<table>?…&format=csv|xlsx. Every check of the request (400) comes before any SQL;
 * then the units of the level (one statement: how many colonias there are is data), the size estimate (413
 * before any figure is read), the figures (the modules' batched loaders: a constant number of statements for the
 * whole table), and the file, written row by row. The caller's role is the GraphQL one (its token or API key),
 * so its figures are suppressed exactly as GraphQL suppresses them for it.
 */
export function exportRouter(
  tables: readonly ExportTable<any>[],
  { dataSource, createRequestContext }: RouterServices,
): Router {
  const router = Router();
  router.get('/export', (_req: Request, res: Response) => sendJson(res, listing(tables)));
  router.get('/export/:table', async (req: Request, res: Response) => {
    try {
      await sendExport(req, res);
    } catch (error) {
      // A refusal says how many statements it cost (none for a 400; the units for a 413).
      if (!res.headersSent) setSqlStatementsHeader(res);
      throw error;
    }
  });

  async function sendExport(req: Request, res: Response): Promise<void> {
    const { table, format, query, columns } = parseExportRequest(tables, String(req.params.table), queryParams(req));
    const identity = res.locals.identity as Identity;
    const ctx = createRequestContext(dataSource, res.locals.scope.requestId, identity);
    const units = await unitsOf(ctx, query.level);
    const rowCount = units.length * table.rowsPerUnit(query);
    requireWithinSizeLimit(rowCount);
    await currentRequestScope()?.chargeWork?.(rowCount * columns.length);
    const rows = await table.rows(ctx, query, units);

    setSqlStatementsHeader(res);
    const filename = `${table.name}_${query.level}_${query.period.start}_${query.period.end}.${format}`;
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    // The figures depend on who asks (suppression): no shared cache may keep them.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Export-Rows', String(rows.length));
    const sheet = {
      title: table.title(query),
      table: table.name,
      request: req.originalUrl,
      level: LEVEL_NAMES[query.level],
      period: { start: query.period.start, end: query.period.end },
      source: table.source(query),
      notes: table.notes(ctx, query),
      generatedAt: new Date(),
      columns,
      rows: (function* () {
        for (const row of rows) yield columns.map((c) => row.unit.names[c.key] ?? row.values[c.key] ?? null);
      })(),
    };
    await (format === 'csv' ? writeCsv(res, sheet) : writeXlsx(res, sheet));
  }
  return router;
}
