import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { AppError, ErrorCode } from './errors';

/**
 * CSV bodies as a stream of records: the first bytes tell gzip from text; the
 * bytes must be UTF-8 (a Latin-1 file is refused, not guessed at); fields follow
 * RFC 4180 (double quotes, "" inside them, CRLF or LF). File-level problems are
 * AppErrors (BAD_USER_INPUT, argument `file`) with a message for the person who
 * sent the file. Used by POST /import/crime and POST /locate.
 *
 * Bounds are checked as the bytes arrive, before anything grows past them (a gzip bomb, one
 * endless record or quoted field): the size once decompressed, a record's length and a field's
 * length in characters (CsvLimits).
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export const csvFileError = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, 'file');

export interface CsvLimits {
  /** Most bytes of CSV once decompressed (a gzip body), and the setting that sets it (named in the 413). */
  maxInflatedBytes: number;
  maxInflatedBytesSetting: string;
  /** Longest record and field, in characters. */
  maxRecordChars: number;
  maxFieldChars: number;
  /** What a row of this file is, for the refusal: "not a crime CSV row". */
  rowName: string;
}

/** Bytes in, gunzipped when they start with the gzip magic number. */
async function* bytes(source: AsyncIterable<Buffer | string>, limits: CsvLimits): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && Buffer.byteLength(first.value) === 0) first = await iterator.next();
  if (first.done) return;
  const head = Buffer.from(first.value);
  const rest: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        const next = await iterator.next();
        return next.done ? next : { done: false, value: Buffer.from(next.value) };
      },
    }),
  };
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield head;
    yield* rest;
    return;
  }
  const gunzip = createGunzip();
  // Its errors reach the reader below through the iteration; once the reader has stopped (a cap), none may go unhandled.
  gunzip.on('error', () => undefined);
  const feed = (async () => {
    try {
      if (!gunzip.write(head)) await new Promise((r) => gunzip.once('drain', r));
      for await (const chunk of rest) if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
      gunzip.end();
    } catch (error) {
      gunzip.destroy(error as Error);
    }
  })();
  const cap = limits.maxInflatedBytes;
  let inflated = 0;
  try {
    for await (const chunk of gunzip as Readable) {
      inflated += (chunk as Buffer).length;
      if (inflated > cap) {
        gunzip.destroy();
        throw new AppError(
          ErrorCode.PAYLOAD_TOO_LARGE,
          `The gzip inflates to more than ${cap} bytes of CSV (${limits.maxInflatedBytesSetting})`,
        );
      }
      yield chunk as Buffer;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_'))
      throw csvFileError(`the file starts like gzip but is not valid gzip (${(error as Error).message})`);
    throw error;
  }
  await feed.catch(() => undefined);
}

/** UTF-8 text in chunks; invalid bytes (Latin-1, binary) refuse the file. */
async function* text(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of source) {
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      throw csvFileError(
        `the file is not UTF-8 text (invalid byte sequence within bytes ${offset}–${offset + chunk.length}); convert it to UTF-8 (a Latin-1 export, for instance) and send it again`,
      );
    }
    offset += chunk.length;
  }
  try {
    yield decoder.decode();
  } catch {
    throw csvFileError('the file is not UTF-8 text (it ends inside a multi-byte sequence)');
  }
}

/** RFC 4180 records from text chunks. */
async function* records(source: AsyncIterable<string>, limits: CsvLimits): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let pendingCr = false;
  let any = false;
  let recordChars = 0;
  const { maxRecordChars, maxFieldChars } = limits;
  const tooLong = (what: string, cap: number) =>
    csvFileError(
      `the record starting on line ${recordLine} has ${what} longer than ${cap} characters: not a ${limits.rowName}`,
    );
  for await (let chunk of source) {
    if (line === 1 && !any && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      any = true;
      if (++recordChars > maxRecordChars) throw tooLong('a record', maxRecordChars);
      if (field.length >= maxFieldChars) throw tooLong('a field', maxFieldChars);
      if (pendingCr) {
        pendingCr = false;
        if (ch === '\n') continue;
      }
      if (quoted) {
        if (ch === '"') {
          if (chunk[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === chunk.length) {
            // A quote at the end of a chunk: decide with the next chunk.
            quoted = false;
            afterQuote = true;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (ch === '\n') line++;
          field += ch;
        }
        continue;
      }
      if (afterQuote && ch === '"') {
        // "" split across chunks
        field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (ch === ',') {
        fields.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        fields.push(field);
        yield { line: recordLine, fields };
        fields = [];
        field = '';
        recordChars = 0;
        line++;
        recordLine = line;
        pendingCr = ch === '\r';
      } else if (ch === '"' && field === '') {
        quoted = true;
      } else {
        field += ch;
      }
    }
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { line: recordLine, fields };
  }
}

/** The records of a CSV body (plain or gzip), the header included. */
export function csvRecords(source: AsyncIterable<Buffer | string>, limits: CsvLimits): AsyncGenerator<CsvRecord> {
  return records(text(bytes(source, limits)), limits);
}

/** Whether a record is a blank line. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.length === 1 && record.fields[0].trim() === '';
}

export interface OpenedCsv<Column extends string> {
  /** Column positions of the expected columns in this file. */
  index: Record<Column, number>;
  width: number;
  rows: AsyncGenerator<CsvRecord>;
}

/** Opens a CSV with a header naming `columns` (any order, others ignored): reads and checks the header; the rows follow as a stream (blank lines skipped). */
export async function openCsv<Column extends string>(
  source: AsyncIterable<Buffer | string>,
  columns: readonly Column[],
  limits: CsvLimits,
): Promise<OpenedCsv<Column>> {
  const all = csvRecords(source, limits);
  let header = await all.next();
  while (!header.done && isBlankRecord(header.value)) header = await all.next();
  if (header.done) throw csvFileError(`the file is empty (expected a header line ${columns.join(',')})`);
  const names = header.value.fields.map((f) => f.trim().toLowerCase());
  const missing = columns.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    const joined = header.value.fields.join(',');
    const delimiter = [';', '\t', '|'].find((d) => names.length === 1 && joined.includes(d));
    throw csvFileError(
      delimiter
        ? `the header is not comma-separated (it uses ${JSON.stringify(delimiter)}); the file must be CSV with columns ${columns.join(',')}`
        : `the header lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (got ${JSON.stringify(joined.slice(0, 120))}); expected ${columns.join(',')}`,
    );
  }
  const duplicate = columns.find((c) => names.indexOf(c) !== names.lastIndexOf(c));
  if (duplicate) throw csvFileError(`the header names column ${duplicate} twice`);
  const index = Object.fromEntries(columns.map((c) => [c, names.indexOf(c)])) as Record<Column, number>;
  async function* rows(): AsyncGenerator<CsvRecord> {
    for await (const record of all) {
      if (isBlankRecord(record)) continue;
      yield record;
    }
  }
  return { index, width: names.length, rows: rows() };
}
