import { AppError, ErrorCode } from '../common/errors';
import { CsvParser, DELIMITERS, Decoder, fileError, splitLine, type TextEncoding } from './csv-records';
import { normalizeName } from './tabular-values';
import { looksLikeZip, xlsxRecords } from './xlsx-records';
import { config } from '../config/config';

/**
 * Opens a spreadsheet file for the intake, whatever it is: XLSX (told by the
 * zip signature; the first sheet or the one named) or CSV (UTF-8 or Latin-1,
 * `,` `;` or tab — the one that makes the header name the layer's columns).
 * Every record comes out as text fields with its spreadsheet row number. Bytes
 * past `limit` refuse the file (PAYLOAD_TOO_LARGE).
 */

export interface TabularRecord {
  row: number;
  fields: string[];
}

export interface TabularFile {
  format: 'csv' | 'xlsx';
  encoding?: TextEncoding;
  delimiter?: string;
  sheet?: string;
  /** The header record, then the data records. */
  records: AsyncGenerator<TabularRecord>;
}

/** Largest file the intake takes (INTAKE_FILE_LIMIT_BYTES, default 64 MiB: a year of activities is ≈ 20 MB of CSV). */
export function intakeFileLimit(): number {
  return config().INTAKE_FILE_LIMIT_BYTES;
}

const tooLarge = (limit: number) =>
  new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than the limit of ${limit} bytes`);

async function* limited(source: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    seen += bytes.length;
    if (seen > limit) throw tooLarge(limit);
    if (bytes.length > 0) yield bytes;
  }
}

/** The delimiter under which the header line names most of `known` (normalized names). */
function chooseDelimiter(line: string, known: ReadonlySet<string>): string {
  let best: string = ',';
  let bestHits = -1;
  for (const d of DELIMITERS) {
    const hits = splitLine(line, d).filter((f) => known.has(normalizeName(f))).length;
    if (hits > bestHits) [best, bestHits] = [d, hits];
  }
  if (bestHits < 1) {
    const other = ['|', ':'].find((d) => line.includes(d));
    throw fileError(
      other
        ? `the header is separated by ${JSON.stringify(other)}: the file must be CSV separated by commas, semicolons or tabs`
        : `the header names none of the expected columns (got ${JSON.stringify(line.slice(0, 120))})`,
    );
  }
  return best;
}

export async function openTabular(
  source: AsyncIterable<Buffer | string>,
  options: { sheet?: string; limit?: number; known: ReadonlySet<string> },
): Promise<TabularFile> {
  const limit = options.limit ?? intakeFileLimit();
  const bytes = limited(source, limit);
  const first = await bytes.next();
  if (first.done) throw fileError('the file is empty');
  if (looksLikeZip(first.value)) {
    const chunks = [first.value];
    for await (const chunk of bytes) chunks.push(chunk);
    const file: TabularFile = { format: 'xlsx', records: undefined as never };
    file.records = xlsxRecords(Buffer.concat(chunks), options.sheet, (name) => (file.sheet = name));
    return file;
  }
  if (options.sheet !== undefined) throw fileError('--sheet / sheet is for XLSX workbooks; this file is CSV');
  const decoder = new Decoder();
  let text = decoder.decode(first.value);
  let ended = false;
  // Enough text for the header line.
  while (!/[\r\n]/.test(text)) {
    const next = await bytes.next();
    if (next.done) {
      text += decoder.end();
      ended = true;
      break;
    }
    text += decoder.decode(next.value);
  }
  const headerLine = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/, 1)[0];
  const delimiter = chooseDelimiter(headerLine, options.known);
  const file: TabularFile = { format: 'csv', delimiter, records: undefined as never };
  async function* records(): AsyncGenerator<TabularRecord> {
    const parser = new CsvParser(delimiter);
    const out: TabularRecord[] = [];
    parser.push(text, out);
    yield* out.splice(0);
    if (!ended) {
      for await (const chunk of bytes) {
        parser.push(decoder.decode(chunk), out);
        file.encoding = decoder.encoding;
        yield* out.splice(0);
      }
      parser.push(decoder.end(), out);
    }
    parser.end(out);
    file.encoding = decoder.encoding;
    yield* out.splice(0);
  }
  file.encoding = decoder.encoding;
  file.records = records();
  return file;
}
