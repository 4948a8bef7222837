import type { DataSource, QueryRunner } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors';
import { normaliseOffence } from './crime-category';
import { openCrimeCsv } from './crime-csv';
import { databaseMode } from '../db/database';
import {
  ASSIGN_COLONIA,
  CREATE_STAGING,
  INSERT_STAGING,
  KEEP_UNASSIGNED_WITHIN_M,
  LOAD_NEW,
  REBUILD_MONTHS,
  REJECT_OUTSIDE,
} from './crime-import.sql';

/**
 * `npm run import -- crime <file.csv[.gz]>` and POST /import/crime: reads and
 * checks the whole CSV first (no transaction is open while a client sends its
 * body, however slowly), then loads the valid rows into a temporary staging
 * table in batches (one INSERT per BATCH_ROWS rows) and assigns, classifies,
 * de-duplicates and rolls up in SQL — all in ONE transaction: a file refused,
 * a dropped connection, a stopped request or a failure midway leaves nothing
 * visible, and the transaction is rolled back before its connection is released.
 */

export const BATCH_ROWS = 5000;

export const REJECT_REASONS = {
  MALFORMED_DATE: 'malformed date',
  BAD_COORDINATES: 'non-finite or missing coordinates',
  OUTSIDE_ALCALDIA: `outside the alcaldía (more than ${KEEP_UNASSIGNED_WITHIN_M} m from every colonia)`,
  UNKNOWN_OFFENCE: 'unknown offence text (empty or unreadable)',
  WRONG_FIELD_COUNT: 'wrong number of fields',
} as const;
export type RejectReason = keyof typeof REJECT_REASONS;

export interface CrimeImportReport {
  layer: 'crime';
  source: string;
  /** Data rows read (the header and blank lines not counted). */
  read: number;
  /** New incidents written. */
  loaded: number;
  /** Valid rows already loaded by an earlier import (same fields, same position among identical rows). */
  alreadyPresent: number;
  rejected: number;
  rejectedByReason: Record<RejectReason, number>;
  /** Accepted rows whose time was not a valid HH:MM:SS (e.g. 12:00:00:00): date kept, time unknown. */
  timeUnknown: number;
  /** Of those, rows whose hora_hecho has four parts (12:00:00:00): the file's best-known defect. */
  timeFourPart: number;
  /** Accepted rows whose fecha_hecho carried a time of day after the date (the date is kept). */
  dateWithTime: number;
  /** Loaded incidents inside no colonia but within KEEP_UNASSIGNED_WITHIN_M of one: kept without a colonia. */
  unassigned: number;
  /** Loaded incidents in a high-impact category. */
  highImpact: number;
  /** The first rejected rows: line of the file and reason. */
  rejections: { line: number; reason: RejectReason }[];
  ms: number;
}

const MAX_LISTED_REJECTIONS = 50;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date followed by a time of day, as 5,277 rows of the real file give it (5,257 of them with hora_hecho 12:00:00:00-like). */
const DATE_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(:\d{2})?$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const PRINTABLE = /^[^\p{Cc}\p{Cs}]+$/u;

function realDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2999 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function coordinate(value: string, limit: number): boolean {
  return NUMBER.test(value) && Number.isFinite(Number(value)) && Math.abs(Number(value)) <= limit;
}

class Batch {
  line: number[] = [];
  date: string[] = [];
  hora: string[] = [];
  time: (string | null)[] = [];
  offence: string[] = [];
  normalised: string[] = [];
  lon: string[] = [];
  lat: string[] = [];
  get size() {
    return this.line.length;
  }
  values() {
    return [this.line, this.date, this.hora, this.time, this.offence, this.normalised, this.lon, this.lat];
  }
}

export interface CrimeImportOptions {
  /** Shown in the report: the file name or the endpoint. */
  source: string;
  /** Demo loader: only rows whose (valid) date passes are read; the others are skipped, not counted. */
  dates?: (date: string) => boolean;
  /** Most data rows the file may hold (the HTTP import's per-mode limit): past it the file is refused before any write. */
  maxRows?: { rows: number; setting: string };
}

/** Imports one CSV stream; resolves with the report, or rejects with an AppError when the file itself is refused. */
export async function importCrime(
  dataSource: DataSource,
  source: AsyncIterable<Buffer | string>,
  options: CrimeImportOptions,
): Promise<CrimeImportReport> {
  const started = Date.now();
  // The whole file is received and checked before the transaction opens.
  const read = await readCrimeRows(source, options);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      await loadInTransaction(runner, read);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
  read.report.ms = Date.now() - started;
  return read.report;
}

interface CrimeRowsRead {
  report: CrimeImportReport;
  batches: Batch[];
  reject: (line: number, reason: RejectReason) => void;
}

/** Reads and checks every row (no database work): the valid ones in batches, the others counted in the report. */
async function readCrimeRows(
  source: AsyncIterable<Buffer | string>,
  options: CrimeImportOptions,
): Promise<CrimeRowsRead> {
  const report: CrimeImportReport = {
    layer: 'crime',
    source: options.source,
    read: 0,
    loaded: 0,
    alreadyPresent: 0,
    rejected: 0,
    rejectedByReason: {
      MALFORMED_DATE: 0,
      BAD_COORDINATES: 0,
      OUTSIDE_ALCALDIA: 0,
      UNKNOWN_OFFENCE: 0,
      WRONG_FIELD_COUNT: 0,
    },
    timeUnknown: 0,
    timeFourPart: 0,
    dateWithTime: 0,
    unassigned: 0,
    highImpact: 0,
    rejections: [],
    ms: 0,
  };
  const reject = (line: number, reason: RejectReason) => {
    report.rejected++;
    report.rejectedByReason[reason]++;
    if (report.rejections.length < MAX_LISTED_REJECTIONS) report.rejections.push({ line, reason });
  };
  const csv = await openCrimeCsv(source);
  const { index } = csv;
  const batches: Batch[] = [];
  let batch = new Batch();
  for await (const { line, fields } of csv.rows) {
    const given = (fields[index.fecha_hecho] ?? '').trim();
    const withTime = DATE_WITH_TIME.exec(given);
    const date = withTime ? withTime[1] : given;
    if (options.dates && fields.length === csv.width && realDate(date) && !options.dates(date)) continue;
    report.read++;
    // Rows already received are parsed in microtasks only: every 2,000 rows the event loop serves others.
    if (report.read % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
    if (options.maxRows && report.read > options.maxRows.rows)
      throw new AppError(
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The CSV has more than ${options.maxRows.rows} data rows, the most one request may import here (${options.maxRows.setting}); split the file, or use npm run import`,
      );
    if (fields.length !== csv.width) {
      reject(line, 'WRONG_FIELD_COUNT');
      continue;
    }
    if (!realDate(date)) {
      reject(line, 'MALFORMED_DATE');
      continue;
    }
    if (withTime) report.dateWithTime++;
    const lon = fields[index.lon].trim();
    const lat = fields[index.lat].trim();
    if (!coordinate(lon, 180) || !coordinate(lat, 90)) {
      reject(line, 'BAD_COORDINATES');
      continue;
    }
    const offence = fields[index.delito].trim();
    const normalised = normaliseOffence(offence);
    if (normalised === '' || !PRINTABLE.test(offence) || offence.length > 300) {
      reject(line, 'UNKNOWN_OFFENCE');
      continue;
    }
    const hora = fields[index.hora_hecho].trim();
    const time = TIME.test(hora) ? hora : null;
    if (time === null) report.timeUnknown++;
    batch.line.push(line);
    batch.date.push(date);
    batch.hora.push(hora);
    batch.time.push(time);
    batch.offence.push(offence);
    batch.normalised.push(normalised);
    batch.lon.push(lon);
    batch.lat.push(lat);
    if (batch.size >= BATCH_ROWS) {
      batches.push(batch);
      batch = new Batch();
    }
  }
  if (batch.size > 0) batches.push(batch);
  return { report, batches, reject };
}

async function loadInTransaction(runner: QueryRunner, { report, batches, reject }: CrimeRowsRead): Promise<void> {
  // One import at a time: the rollup rebuild must see every committed incident.
  await runner.query(`SELECT pg_advisory_xact_lock(hashtext('territorio.crime_import'))`);
  // The set-based steps over 191k rows outlast the API's per-statement limit; this transaction only.
  if (databaseMode() === 'external') await runner.query(`SET LOCAL statement_timeout = '600s'`);
  await runner.query(CREATE_STAGING);
  let staged = 0;
  for (const batch of batches) {
    await runner.query(INSERT_STAGING, batch.values());
    staged += batch.size;
  }

  if (staged > 0) {
    for (const sql of ASSIGN_COLONIA) await runner.query(sql);
    const outside: { line: number }[] = await runner.query(REJECT_OUTSIDE);
    for (const { line } of outside) reject(line, 'OUTSIDE_ALCALDIA');
    // Rows refused as outside had been counted as time-unknown when their time was bad: recount from what stays.
    const [kept] = await runner.query(
      `SELECT (count(*) FILTER (WHERE occurred_at IS NULL))::int AS unknown,
              (count(*) FILTER (WHERE hora ~ '^\\d{2}:\\d{2}:\\d{2}:\\d{2}$'))::int AS four_part
         FROM crime_staging`,
    );
    report.timeUnknown = kept.unknown;
    report.timeFourPart = kept.four_part;
    const [loaded] = await runner.query(LOAD_NEW);
    report.loaded = loaded.loaded;
    report.highImpact = loaded.high_impact;
    report.unassigned = loaded.unassigned;
    report.alreadyPresent = staged - outside.length - loaded.loaded;
    if (loaded.months.length > 0) for (const sql of REBUILD_MONTHS) await runner.query(sql, [loaded.months]);
  }
  report.rejections.sort((a, b) => a.line - b.line);
}

/** Human-readable report for the CLI. */
export function formatCrimeImportReport(report: CrimeImportReport): string {
  const lines = [
    `crime import from ${report.source}: ${report.read} rows read, ${report.loaded} loaded, ${report.alreadyPresent} already present, ${report.rejected} rejected (${report.ms} ms)`,
    `  time unknown (kept, date only): ${report.timeUnknown}, of which hora like 12:00:00:00: ${report.timeFourPart}`,
    `  fecha_hecho with a time of day after the date (date kept): ${report.dateWithTime}`,
    `  loaded without a colonia (within ${KEEP_UNASSIGNED_WITHIN_M} m of one): ${report.unassigned}`,
    `  loaded in a high-impact category: ${report.highImpact}`,
    ...Object.entries(report.rejectedByReason).map(
      ([reason, n]) => `  rejected, ${REJECT_REASONS[reason as RejectReason]}: ${n}`,
    ),
    ...report.rejections.slice(0, 10).map((r) => `  line ${r.line}: ${REJECT_REASONS[r.reason]}`),
  ];
  return `${lines.join('\n')}\n`;
}
