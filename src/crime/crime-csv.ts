import { openCsv, type OpenedCsv } from '../common/csv';

/**
 * Reads the prosecutor's CSV (plain or gzip) as a stream of records: the
 * first bytes tell gzip from text; the bytes must be UTF-8 (a Latin-1 file is
 * refused, not guessed at); fields follow RFC 4180 (double quotes, "" inside
 * them, CRLF or LF). File-level problems are AppErrors (BAD_USER_INPUT) with
 * a message for the person who sent the file.
 */

export const CRIME_CSV_COLUMNS = ['fecha_hecho', 'hora_hecho', 'delito', 'lon', 'lat'] as const;
export type CrimeCsvColumn = (typeof CRIME_CSV_COLUMNS)[number];

/** Opens the prosecutor's CSV: checks the header; the rows follow as a stream (blank lines skipped). */
export function openCrimeCsv(source: AsyncIterable<Buffer | string>): Promise<OpenedCsv<CrimeCsvColumn>> {
  return openCsv(source, CRIME_CSV_COLUMNS);
}
