import { config } from '../config/config';
import { openCsv, type CsvRecord, type OpenedCsv } from '../common/csv';

/**
 * Reads the prosecutor's CSV (plain or gzip) as a stream of records, with the
 * shared reader of src/common/csv.ts and the bounds of a crime file.
 */

export const CRIME_CSV_COLUMNS = ['fecha_hecho', 'hora_hecho', 'delito', 'lon', 'lat'] as const;
export type CrimeCsvColumn = (typeof CRIME_CSV_COLUMNS)[number];

export type { CsvRecord };

/**
 * Bounds checked as the bytes arrive, before anything grows past them (a gzip bomb, one endless
 * record or quoted field): the CSV's size once decompressed (CRIME_IMPORT_MAX_CSV_BYTES, default
 * 128 MiB: the 2019–2024 file is 15 MB), a record's length and a field's length in characters
 * (a real row is under 200 characters).
 */
export function crimeCsvMaxBytes(): number {
  return config().CRIME_IMPORT_MAX_CSV_BYTES;
}
export const MAX_RECORD_CHARS = 16_384;
export const MAX_FIELD_CHARS = 4_096;

export type CrimeCsv = OpenedCsv<CrimeCsvColumn>;

/** Opens the CSV: reads and checks the header; the rows follow as a stream (blank lines skipped). */
export function openCrimeCsv(source: AsyncIterable<Buffer | string>): Promise<CrimeCsv> {
  return openCsv(source, CRIME_CSV_COLUMNS, {
    maxInflatedBytes: crimeCsvMaxBytes(),
    maxInflatedBytesSetting: 'CRIME_IMPORT_MAX_CSV_BYTES',
    maxRecordChars: MAX_RECORD_CHARS,
    maxFieldChars: MAX_FIELD_CHARS,
    rowName: 'crime CSV row',
  });
}
