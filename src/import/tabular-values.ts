/**
 * Cell values of the tabular intake, from text: each parser returns the value
 * or throws a reason (a string) that the report shows beside the row, column
 * and value.
 */

/** A header or enum value as compared: accents dropped, lower case, only letters and digits. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Excel's day 0 (1899-12-30: serials count Lotus's phantom 29 February 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A date as YYYY-MM-DD from `yyyy-mm-dd`, `dd/mm/yyyy` (or `dd-mm-yyyy`) or an Excel serial number. */
export function parseDate(text: string): string {
  const value = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  let date: string | null = null;
  if (m) date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)))
    date = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  else if (/^\d{1,6}(\.0+)?$/.test(value)) {
    const serial = Number(value);
    if (serial >= 1 && serial <= 2958465)
      date = new Date(EXCEL_EPOCH_MS + serial * 86_400_000).toISOString().slice(0, 10);
  } else throw 'must be a date as yyyy-mm-dd, dd/mm/yyyy or an Excel date number';
  if (date === null) throw 'is not a calendar date';
  if (date < '1900-01-01' || date > '2100-12-31') throw 'must be a date between 1900 and 2100';
  return date;
}

/** A whole number from `min` to `max` (a spreadsheet's `12.0` is 12). */
export function parseInteger(text: string, min: number, max: number): number {
  const value = text.trim();
  if (!/^[+-]?\d+(\.0+)?$/.test(value)) throw 'must be a whole number';
  const n = Number(value);
  if (n < min) throw min === 0 ? 'must be 0 or more (not negative)' : `must be ${min} or more`;
  if (n > max) throw `must be at most ${max}`;
  return n;
}

/** An amount: digits with an optional decimal point (a thousands comma is refused as ambiguous). */
export function parseAmount(text: string, min: number, max: number, decimals = 2): number {
  const value = text.trim().replace(/^\$\s*/, '');
  if (!/^[+-]?\d+(\.\d+)?$/.test(value)) throw 'must be a number with a decimal point (e.g. 1234.50)';
  const n = Number(value);
  if (n < min) throw n < 0 ? 'must not be negative' : `must be at least ${min}`;
  if (n > max) throw `must be at most ${max}`;
  if (Math.abs(n * 10 ** decimals - Math.round(n * 10 ** decimals)) > 1e-6)
    throw `must have at most ${decimals} decimals`;
  return n;
}

/** A coordinate in degrees. */
export function parseDegrees(text: string, bound: number): number {
  const value = text.trim();
  if (!/^[+-]?\d+(\.\d+)?$/.test(value)) throw 'must be a number of degrees (e.g. -99.0561)';
  const n = Number(value);
  if (Math.abs(n) > bound) throw `must be between -${bound} and ${bound}`;
  return n;
}

/** One of `values`, matched without regard to case, accents, spaces or hyphens. */
export function parseEnum(text: string, values: readonly string[]): string {
  const wanted = normalizeName(text);
  const match = values.find((v) => normalizeName(v) === wanted);
  if (match === undefined) throw `must be one of ${values.join(', ')}`;
  return match;
}
