import { AppError, ErrorCode, badInput } from '../common/errors';
import { config } from '../config/config';
import { MAX_WINDOW_YEARS, requireWindow } from '../indicator/indicator.periods';
import { LEVELS, UNIT_COLUMNS } from './export-units';
import type { ExportColumn, ExportLevel, ExportQuery, ExportTable, ParameterDoc } from './export.types';

export const FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** The parameters every table takes. */
export const COMMON_PARAMETERS: readonly ParameterDoc[] = [
  { name: 'format', required: true, description: 'The file: CSV (UTF-8 with a BOM) or XLSX.', values: FORMATS },
  {
    name: 'level',
    required: true,
    description: 'One row per unit of this level: the whole alcaldía, each territorial or each colonia.',
    values: LEVELS,
  },
  {
    name: 'year',
    required: false,
    description: 'The period as a calendar year (1 January – 31 December); or give from and to.',
  },
  {
    name: 'from',
    required: false,
    description: `Start of the period (YYYY-MM-DD, inclusive), with to; at most ${MAX_WINDOW_YEARS} years.`,
  },
  { name: 'to', required: false, description: 'End of the period (YYYY-MM-DD, inclusive), with from.' },
  {
    name: 'columns',
    required: false,
    description:
      "Comma-separated column keys to write, in this order (the unit's and the row's period are always written); default: all.",
  },
];

export interface ExportRequest<P = unknown> {
  table: ExportTable<P>;
  format: ExportFormat;
  query: ExportQuery<P>;
  /** The table's columns to write (fixed ones first, then the selection in its order). */
  columns: ExportColumn[];
}

function oneOf<V extends string>(params: Map<string, string>, name: string, values: readonly V[]): V {
  const value = params.get(name);
  if (value === undefined || value === '') throw badInput(name, `is required: one of ${values.join(', ')}`);
  if (!(values as readonly string[]).includes(value))
    throw badInput(name, `must be one of ${values.join(', ')} (got ${JSON.stringify(value.slice(0, 40))})`);
  return value as V;
}

function yearOf(params: Map<string, string>): number | null {
  const text = params.get('year');
  if (text === undefined) return null;
  if (!/^[0-9]{4}$/.test(text))
    throw badInput('year', `must be a calendar year such as 2020 (got ${JSON.stringify(text.slice(0, 40))})`);
  return Number(text);
}

/**
 * The columns `columns=` selects, in its order, after the unit's and the fixed ones (naming those changes nothing);
 * 400 naming `columns` for an unknown key.
 */
function selectColumns(unit: ExportColumn[], all: ExportColumn[], selection: string | undefined): ExportColumn[] {
  const always = [...unit, ...all.filter((c) => c.fixed)];
  const chosen = all.filter((c) => !c.fixed);
  if (selection === undefined) return [...always, ...chosen];
  const keys = [...new Set(selection.split(',').map((k) => k.trim()))].filter(
    (k) => k !== '' && !always.some((c) => c.key === k),
  );
  if (!keys.length) throw badInput('columns', `must name at least one column: ${chosen.map((c) => c.key).join(', ')}`);
  const picked = keys.map((key) => {
    const column = chosen.find((c) => c.key === key);
    if (!column)
      throw badInput(
        'columns',
        `has an unknown column ${JSON.stringify(key.slice(0, 60))}; this table's columns: ${chosen.map((c) => c.key).join(', ')}`,
      );
    return column;
  });
  return [...always, ...picked];
}

/**
 * A request for a table, checked without touching the database: unknown parameters, the format, the level, the
 * period (year or from/to, at most MAX_WINDOW_YEARS), the table's own parameters and the columns. Every problem
 * is a 400 naming the parameter.
 */
export function parseExportRequest(
  tables: readonly ExportTable<any>[],
  name: string,
  params: Map<string, string>,
): ExportRequest<any> {
  const table = tables.find((t) => t.name === name);
  if (!table)
    throw badInput(
      'table',
      `${JSON.stringify(name.slice(0, 60))} is unknown; one of ${tables.map((t) => t.name).join(', ')}`,
    );
  const known = [...COMMON_PARAMETERS, ...table.parameters].map((p) => p.name);
  for (const param of params.keys())
    if (!known.includes(param))
      throw badInput(param.slice(0, 40), `is not a parameter of /export/${table.name} (known: ${known.join(', ')})`);
  const format = oneOf(params, 'format', FORMATS);
  const level = oneOf<ExportLevel>(params, 'level', LEVELS);
  const year = yearOf(params);
  const period = requireWindow(params.get('from'), params.get('to'), year);
  const query: ExportQuery<unknown> = { level, period, params: table.parse(params, period) };
  const columns = selectColumns(UNIT_COLUMNS[level], table.columns(query), params.get('columns'));
  return { table, format, query, columns };
}

/** 413 naming the limit when a request's estimated rows are over EXPORT_MAX_ROWS. */
export function requireWithinSizeLimit(rows: number): void {
  const limit = config().EXPORT_MAX_ROWS;
  if (rows > limit)
    throw new AppError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `The export would have ${rows} rows, over the limit of ${limit} rows (EXPORT_MAX_ROWS): ask for a shorter period, a longer interval or fewer units`,
    );
}
