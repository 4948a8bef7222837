import { AppError, ErrorCode } from '../common/errors';

/**
 * CSV for the tabular intake: bytes in UTF-8 or Latin-1 (with or without a
 * BOM), fields split by `,`, `;` or tab (told from the header line), RFC 4180
 * quoting (double quotes, "" inside them, delimiters and newlines inside a
 * quoted field, CRLF or LF). Records come out as arrays of fields, numbered as
 * a spreadsheet numbers rows (the header is row 1).
 */

export const fileError = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, 'file');

export type TextEncoding = 'utf-8' | 'latin-1';

/** UTF-8 unless a byte sequence says otherwise; a file that is ASCII up to a Latin-1 byte is Latin-1 throughout. */
export class Decoder {
  encoding: TextEncoding = 'utf-8';
  private utf8 = new TextDecoder('utf-8', { fatal: true });
  private readonly latin1 = new TextDecoder('latin1');
  private nonAsciiSeen = false;
  private offset = 0;
  /** Bytes ≥ 0x80 at the end of the last chunk that the UTF-8 decoder holds (an incomplete sequence so far). */
  private held: Buffer = Buffer.alloc(0);

  decode(chunk: Buffer): string {
    const at = this.offset;
    this.offset += chunk.length;
    if (this.encoding === 'latin-1') return this.latin1.decode(chunk, { stream: true });
    try {
      const text = this.utf8.decode(chunk, { stream: true });
      if (!this.nonAsciiSeen && /[\u0080-\uffff]/.test(text)) this.nonAsciiSeen = true;
      let tail = 0;
      while (tail < 3 && tail < chunk.length && chunk[chunk.length - 1 - tail] >= 0x80) tail++;
      this.held = this.nonAsciiSeen ? Buffer.alloc(0) : chunk.subarray(chunk.length - tail);
      return text;
    } catch {
      if (this.nonAsciiSeen)
        throw fileError(
          `the file mixes encodings: UTF-8 text, then bytes that are not UTF-8 (within bytes ${at}–${at + chunk.length}); save it again as UTF-8`,
        );
      // Everything so far was ASCII (the same in both encodings): the file is Latin-1.
      this.encoding = 'latin-1';
      return this.latin1.decode(Buffer.concat([this.held, chunk]), { stream: true });
    }
  }

  end(): string {
    if (this.encoding === 'latin-1') return this.latin1.decode();
    try {
      return this.utf8.decode();
    } catch {
      if (!this.nonAsciiSeen && this.held.length > 0) {
        this.encoding = 'latin-1';
        return this.latin1.decode(this.held);
      }
      throw fileError('the file ends inside a UTF-8 character: it was cut midway');
    }
  }
}

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Splits one line (the header) by a delimiter, outside double quotes. */
export function splitLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Streaming RFC 4180 parser: push text, take the records completed so far. */
export class CsvParser {
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  private afterQuote = false;
  private pendingCr = false;
  private started = false;
  /** Spreadsheet row number of the record being read (header = 1). */
  private row = 1;

  constructor(private readonly delimiter: string) {}

  push(text: string, out: { row: number; fields: string[] }[]): void {
    let start = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) start = 1;
    }
    const delimiter = this.delimiter;
    let field = this.field;
    for (let i = start; i < text.length; i++) {
      const ch = text[i];
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === '\n') continue;
      }
      if (this.quoted) {
        if (ch === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          // Copy the run of plain characters at once.
          let j = text.indexOf('"', i);
          if (j < 0) j = text.length;
          field += text.slice(i, j);
          i = j - 1;
        }
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (ch === '"') {
          // "" inside a quoted field
          field += '"';
          this.quoted = true;
          continue;
        }
      }
      if (ch === delimiter) {
        this.fields.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        this.fields.push(field);
        field = '';
        out.push({ row: this.row, fields: this.fields });
        this.fields = [];
        this.row++;
        this.pendingCr = ch === '\r';
      } else if (ch === '"' && field === '') {
        this.quoted = true;
      } else {
        field += ch;
      }
    }
    this.field = field;
  }

  end(out: { row: number; fields: string[] }[]): void {
    if (this.quoted)
      throw fileError(
        `the file ends inside a quoted field (opened in row ${this.row}): it was cut midway, or a quote is not closed`,
      );
    if (this.field !== '' || this.fields.length > 0) {
      this.fields.push(this.field);
      out.push({ row: this.row, fields: this.fields });
    }
    this.fields = [];
    this.field = '';
  }
}
