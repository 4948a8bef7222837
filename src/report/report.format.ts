/**
 * Numbers as the printed report writes them (es-MX: `1,280`, `$110,760,000.00`), with the marks for what
 * is not shown: a suppressed cell (PUBLIC callers, src/auth/small-cells.ts) and a figure the data does not
 * track ("sin dato", as the 2020 report marks it).
 */

const INTEGER = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 });
const FINE = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 4 });
const MONEY = new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN' });

/** A cell hidden for the caller's role. */
export const SUPPRESSED = '*';
/** A figure the data does not track (the report's S/D). */
export const NO_DATA = 'S/D';

/** A whole number; null shows `whenNull` (suppressed unless said otherwise). */
export function count(value: number | null, whenNull = SUPPRESSED): string {
  return value === null ? whenNull : INTEGER.format(value);
}

export function decimal(value: number | null, whenNull = NO_DATA, fine = false): string {
  return value === null ? whenNull : (fine ? FINE : DECIMAL).format(value);
}

export function money(value: number | null, whenNull = SUPPRESSED): string {
  return value === null ? whenNull : MONEY.format(value);
}

/** A share of a whole in whole percent, as the report's tables give it; hidden with its count. */
export function percent(part: number | null, whole: number): string {
  if (part === null) return SUPPRESSED;
  if (whole === 0) return '—';
  return `${INTEGER.format(Math.round((part * 100) / whole))}\u00a0%`;
}

const LONG_DATE = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'America/Mexico_City' });
const DATE_TIME = new Intl.DateTimeFormat('es-MX', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'America/Mexico_City',
});

/** `2020-01-01` as `1 de enero de 2020`. */
export function longDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T12:00:00Z`));
}

/** When the page was made, in Mexico City's time. */
export function dateTime(when: Date): string {
  return DATE_TIME.format(when);
}
