/**
 * CSV as spreadsheets open it (RFC 4180): UTF-8 with a byte-order mark (so
 * Excel reads the accents right), CRLF line ends, a header row, a field
 * quoted when it holds a comma, a quote or a line end (quotes doubled).
 * Numbers are written as JavaScript prints them (the shortest text that reads
 * back the same double), booleans as true/false, null as an empty field.
 *
 * A text field that a spreadsheet would run as a formula (it starts with =,
 * +, -, @, a tab or a carriage return: "CSV injection") is written with a
 * leading apostrophe, which spreadsheets show as text; only text values get
 * it, never numbers.
 */

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV file of a header and rows, as bytes. */
export function csvFile(header: readonly string[], rows: readonly (readonly CsvValue[])[]): Buffer {
  const lines = [header.map(field).join(','), ...rows.map((row) => row.map(field).join(','))];
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
