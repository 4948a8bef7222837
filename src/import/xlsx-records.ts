import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { fileError } from './csv-records';
import { config } from '../config/config';

const inflate = promisify(inflateRaw) as (data: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

/**
 * XLSX for the tabular intake: the workbook (a zip) is checked entry by entry
 * before anything parses it — every entry inflated for real, the total capped
 * (INTAKE_XLSX_MAX_UNCOMPRESSED_BYTES, default 256 MiB), so a zip bomb is
 * refused after at most that many bytes — then one sheet (the first, or the
 * one named) is read row by row with exceljs's streaming reader.
 */

export function xlsxUncompressedLimit(): number {
  return config().INTAKE_XLSX_MAX_UNCOMPRESSED_BYTES;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Whether the bytes start like a zip (an XLSX workbook). */
export function looksLikeZip(head: Buffer): boolean {
  return head.length >= 4 && head.readUInt32LE(0) === LOCAL;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/**
 * Inflates every entry of the zip, refusing the file when the total passes the cap or the zip is
 * broken; returns the workbook's sheet list and its relationships (the entries the sheet names come from).
 */
export async function checkZip(zip: Buffer, limit = xlsxUncompressedLimit()): Promise<Map<string, Buffer>> {
  const kept = new Map<string, Buffer>();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw fileError('the XLSX file is not a complete workbook (no zip directory at its end): it was cut midway');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL)
      throw fileError('the XLSX file has a broken zip directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const declared = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (total + declared > limit) throw zipBomb(limit, name);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL)
      throw fileError(`the XLSX entry ${name} is missing: the file was cut midway`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length)
      throw fileError(`the XLSX entry ${name} is cut short: the file was cut midway`);
    const data = zip.subarray(start, start + compressed);
    if (method === 0) {
      total += data.length;
      if (name === WORKBOOK || name === WORKBOOK_RELS) kept.set(name, data);
    } else if (method === 8) {
      try {
        const inflated = await inflate(data, { maxOutputLength: limit - total + 1 });
        total += inflated.length;
        if (name === WORKBOOK || name === WORKBOOK_RELS) kept.set(name, inflated);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          throw zipBomb(limit, name);
        throw fileError(`the XLSX entry ${name} is not valid deflate data (${(error as Error).message})`);
      }
    } else
      throw fileError(`the XLSX entry ${name} uses zip method ${method}; save the workbook again from a spreadsheet`);
    if (total > limit) throw zipBomb(limit, name);
  }
  return kept;
}

const xmlText = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()],
  );

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) found.set(m[1], xmlText(m[3] ?? m[4]));
  return found;
}

/**
 * The sheets in the workbook's order, each with the number of its part
 * (xl/worksheets/sheetN.xml): exceljs's streaming reader names a sheet only
 * when the workbook part comes before it in the zip, which openpyxl's does not.
 */
export function sheetList(entries: Map<string, Buffer>): { name: string; part: string }[] {
  const workbook = entries.get(WORKBOOK)?.toString('utf8') ?? '';
  const rels = entries.get(WORKBOOK_RELS)?.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const part = /sheet(\d+)\.xml$/.exec(a.get('Target') ?? '');
    if (a.get('Id') && part) targets.set(a.get('Id')!, part[1]);
  }
  const sheets: { name: string; part: string }[] = [];
  for (const m of workbook.matchAll(/<(\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = [...a].find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1];
    const part = id ? targets.get(id) : undefined;
    if (a.get('name') !== undefined && part) sheets.push({ name: a.get('name')!, part });
  }
  return sheets;
}

const zipBomb = (limit: number, name: string) =>
  fileError(
    `the XLSX file unpacks to more than ${limit} bytes (at entry ${name}): refused as a zip bomb; split the workbook or send CSV`,
  );

/** A cell as text: numbers in plain notation, dates as YYYY-MM-DD, formulas by their cached result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
  }
  return String(value);
}

/** The rows of one sheet (the first, or the one named) as arrays of text, numbered as the spreadsheet shows them. */
export async function* xlsxRecords(
  zip: Buffer,
  sheet: string | undefined,
  found: (name: string) => void,
): AsyncGenerator<{ row: number; fields: string[] }> {
  const sheets = sheetList(await checkZip(zip));
  const wanted = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (!wanted)
    throw fileError(
      sheet === undefined
        ? 'the XLSX workbook has no sheet'
        : `the XLSX workbook has no sheet ${JSON.stringify(sheet)} (sheets: ${sheets.map((s) => s.name).join(', ')})`,
    );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([zip]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let read = false;
  try {
    for await (const worksheet of reader) {
      // The part's number, from the reader's temp name (Sheet<N>) or, when it matched the workbook, its name.
      const { id, name } = worksheet as unknown as { id: string | number; name: string };
      const part = name === `Sheet${id}` ? String(id) : sheets.find((s) => s.name === name)?.part;
      if (read || part !== wanted.part) continue;
      read = true;
      found(wanted.name);
      for await (const row of worksheet) {
        const values = (row as unknown as { values: unknown[] }).values;
        const fields: string[] = [];
        for (let i = 1; i < values.length; i++) fields.push(cellText(values[i]));
        yield { row: (row as unknown as { number: number }).number, fields };
      }
    }
  } catch (error) {
    if ((error as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT') throw error;
    throw fileError(`the XLSX file could not be read (${(error as Error).message})`);
  }
  if (!read) throw fileError(`the XLSX sheet ${JSON.stringify(wanted.name)} could not be found in the workbook`);
}
