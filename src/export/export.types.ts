import type { RequestContext } from '../common/request-context';
import type { Period } from '../indicator/indicator.periods';

/** A cell of an exported table: text, a number, a date (UTC midnight), or empty (null). */
export type CellValue = string | number | Date | null;

/**
 * How a column's values are stored and shown: numbers as numbers (`integer`, `decimal`, `money` differ only in
 * their XLSX number format), `date` and `month` as dates (a month is its first day, shown yyyy-mm).
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'money' | 'date' | 'month';

export interface ExportColumn {
  /** Stable key (`columns=`), English, as the GraphQL field it copies where there is one. */
  key: string;
  /** The header in the file (Spanish, with its unit in parentheses where it has one). */
  header: string;
  /** The unit, in Spanish ("personas", "pesos (MXN)"); '' for names and keys. */
  unit: string;
  type: ColumnType;
  /** What the column counts (Spanish): the Notas sheet lists it. */
  description: string;
  /** Always written (the unit's keys, a row's period), whatever `columns=` selects. */
  fixed?: boolean;
}

export type ExportLevel = 'alcaldia' | 'territorial' | 'colonia';

/** A row's territorial unit: the scope of its figures and the cells that name it. */
export interface ExportUnit {
  kind: 'ALCALDIA' | 'TERRITORIAL' | 'COLONIA';
  /** Territorial or colonia id; 0 for the alcaldía. */
  id: number;
  /** By key of the level's unit columns (export-units.ts). */
  names: Record<string, CellValue>;
}

/** One row of a table: its unit and its figures by column key. */
export interface ExportRow {
  unit: ExportUnit;
  values: Record<string, CellValue>;
}

/** A parameter as GET /export lists it. */
export interface ParameterDoc {
  name: string;
  required: boolean;
  description: string;
  values?: readonly string[];
}

/** What every table's request has once checked (before any SQL). */
export interface ExportQuery<P> {
  level: ExportLevel;
  period: Period;
  /** The table's own parameters, checked. */
  params: P;
}

/**
 * A table the exports serve (GET /export/<name>). `parse` checks the table's own parameters without touching the
 * database; `rowsPerUnit` estimates the size from the request (before any work: the size limit); `rows` reads the
 * figures through the modules' services, a constant number of statements for every unit.
 */
export interface ExportTable<P = unknown> {
  name: string;
  /** English, for the GET /export listing. */
  description: string;
  /** The query of an example request (GET /export lists it; the tests ask it). */
  example: string;
  /** The table's own parameters (beyond format, level, year/from/to and columns). */
  parameters: readonly ParameterDoc[];
  parse(params: Map<string, string>, period: Period): P;
  /** Spanish title of the file. */
  title(query: ExportQuery<P>): string;
  /** Where the figures come from (Spanish), written in the file. */
  source(query: ExportQuery<P>): string;
  /** Further notes for the file (Spanish): what an empty cell means for this caller, the indicator's method… */
  notes(ctx: RequestContext, query: ExportQuery<P>): string[];
  /** The table's columns after the unit's (fixed ones first). */
  columns(query: ExportQuery<P>): ExportColumn[];
  rowsPerUnit(query: ExportQuery<P>): number;
  rows(ctx: RequestContext, query: ExportQuery<P>, units: ExportUnit[]): Promise<ExportRow[]>;
}

/** Keeps a table's parameter type while listing tables of different ones. */
export function defineExportTable<P>(table: ExportTable<P>): ExportTable<P> {
  return table;
}
