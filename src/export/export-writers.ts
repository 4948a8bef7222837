import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Period } from '../indicator/indicator.periods';
import type { CellValue, ColumnType, ExportColumn } from './export.types';

/**
 * The two file formats, written row by row to the response.
 *
 * - XLSX (exceljs's streaming WorkbookWriter): sheet "Datos" is the table alone, from A1 (its header row frozen,
 *   with a filter), numbers as numbers with a number format, dates as dates; sheet "Notas" says what it is: title,
 *   request, level, the period (as dates), the source, what an empty cell means for the caller, when it was made,
 *   and each column's unit and meaning.
 * - CSV (RFC 4180, UTF-8 with a BOM so that Excel reads the accents, `,` and CRLF): no comment or title lines, so
 *   that every tool reads it as a table; the header row, then one line per row, each ending in three columns
 *   that carry the period and the source: "Periodo desde", "Periodo hasta", "Fuente". Numbers with a `.` decimal
 *   point and no thousands separator, dates as YYYY-MM-DD, an empty field for an empty cell.
 */

export interface ExportSheet {
  title: string;
  table: string;
  /** The request's path and query, as the caller sent it. */
  request: string;
  level: string;
  period: Period;
  source: string;
  notes: string[];
  generatedAt: Date;
  columns: ExportColumn[];
  rows: Iterable<CellValue[]>;
}

/** Rows written between two waits for the client (the event loop and the socket get their turn). */
const ROWS_PER_TURN = 100;
const CSV_CHUNK_CHARS = 64 * 1024;

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Writes a chunk, then waits while the client's buffer is full; throws if the client went away. */
async function send(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed) throw new Error('the client closed the connection');
  if (out.write(chunk)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
  if (out.destroyed) throw new Error('the client closed the connection');
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A number as CSV text: never an exponent, `.` as the decimal point. */
function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(12).replace(/\.?0+$/, '');
}

/** A text field: quoted when it holds a separator, a quote or a line break; a leading formula character neutralised. */
function textField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvField(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return numberText(value);
  return textField(value);
}

const csvLine = (cells: CellValue[]) => `${cells.map(csvField).join(',')}\r\n`;

export async function writeCsv(out: Writable, sheet: ExportSheet): Promise<void> {
  // The period and the source end every line: their text is made once.
  const trailing = `,${[asDate(sheet.period.start), asDate(sheet.period.end), sheet.source].map(csvField).join(',')}\r\n`;
  let buffer = `\uFEFF${csvLine([...sheet.columns.map((c) => c.header), 'Periodo desde', 'Periodo hasta', 'Fuente'])}`;
  let written = 0;
  for (const row of sheet.rows) {
    buffer += row.map(csvField).join(',') + trailing;
    if (buffer.length >= CSV_CHUNK_CHARS) {
      await send(out, buffer);
      buffer = '';
    }
    if (++written % ROWS_PER_TURN === 0) await turn();
  }
  await send(out, buffer);
  await new Promise<void>((resolve) => out.end(resolve));
}

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.00##',
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
};

const HEADER_STYLE: Partial<ExcelJS.Style> = { font: { bold: true }, alignment: { wrapText: true, vertical: 'top' } };

function widthOf(column: ExportColumn): number {
  if (column.type === 'date' || column.type === 'month') return 12;
  if (column.type === 'text') return column.key.endsWith('Clave') || column.key === 'ambito' ? 14 : 32;
  return Math.min(24, Math.max(12, Math.ceil(column.header.length / 2)));
}

export async function writeXlsx(out: Writable, sheet: ExportSheet): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'territorio';
  workbook.created = sheet.generatedAt;
  workbook.title = sheet.title;

  const data = workbook.addWorksheet('Datos', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = sheet.columns.map((c) => ({ width: widthOf(c) }));
  data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const header = data.addRow(sheet.columns.map((c) => c.header));
  header.eachCell((cell) => (cell.style = HEADER_STYLE));
  header.commit();
  // One style object per column, shared by its cells: exceljs recognises a style it has seen by identity, where a
  // column style would give every cell a copy to compare (half the time of a sheet went there).
  const styles = sheet.columns.map((c): Partial<ExcelJS.Style> => {
    const numFmt = NUMBER_FORMATS[c.type];
    return numFmt ? { numFmt } : {};
  });
  let written = 0;
  for (const values of sheet.rows) {
    const row = data.addRow(values);
    values.forEach((value, i) => {
      if (value !== null) row.getCell(i + 1).style = styles[i];
    });
    row.commit();
    if (++written % ROWS_PER_TURN === 0) {
      await turn();
      if (out.destroyed) throw new Error('the client closed the connection');
    }
  }
  data.commit();

  const notes = workbook.addWorksheet('Notas');
  notes.columns = [{ width: 30 }, { width: 110 }, { width: 24 }, { width: 90 }];
  const line = (label: string, value: CellValue, numFmt?: string) => {
    const row = notes.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (numFmt) row.getCell(2).numFmt = numFmt;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  };
  line('Título', sheet.title);
  line('Tabla', sheet.table);
  line('Consulta', sheet.request);
  line('Nivel', sheet.level);
  line('Periodo desde', asDate(sheet.period.start), 'yyyy-mm-dd');
  line('Periodo hasta', asDate(sheet.period.end), 'yyyy-mm-dd');
  line('Fuente', sheet.source);
  for (const note of sheet.notes) line('Nota', note);
  line('Generado (UTC)', sheet.generatedAt, 'yyyy-mm-dd hh:mm:ss');
  notes.addRow([]).commit();
  const columnsHeader = notes.addRow(['Columna', 'Clave (columns=)', 'Unidad', 'Descripción']);
  columnsHeader.font = { bold: true };
  columnsHeader.commit();
  for (const c of sheet.columns) notes.addRow([c.header, c.key, c.unit, c.description]).commit();
  notes.commit();

  await workbook.commit();
}
