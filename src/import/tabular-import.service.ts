import { setImmediate as yieldEventLoop } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors';
import { controlCharacterProblem } from '../common/text-input';
import { announceLending, type LentConnection } from '../db/lent-connection';
import { isDatabaseUnavailable, serviceUnavailable } from '../db/unavailable';
import { changesJsonSql } from '../write/audit-trail';
import { fileError } from './csv-records';
import { refuseSql, type IntakeColumn, type IntakeLayer, type ParsedRow } from './tabular-layer';
import type { IntakeRefusal, IntakeReport } from './tabular-report';
import { openTabular, type TabularFile, type TabularRecord } from './tabular-source';
import { normalizeName } from './tabular-values';
import { config } from '../config/config';

/**
 * The tabular intake: one file, one transaction, all or nothing. Rows are
 * parsed as they stream in (JS: types, ranges, patterns) and staged in
 * batches (one multi-row INSERT … SELECT FROM unnest per batch, the event loop
 * yielded between them); references, duplicates, the natural-key match and
 * the unchanged test (IS DISTINCT FROM) are set-based SQL over the staging
 * table; then one UPDATE … FROM and one INSERT … SELECT write the rows, each
 * with its audit entries (operation IMPORT). The table's triggers keep the
 * rollups and tell the response cache. A dry run, or any refused row, rolls
 * everything back.
 */

export interface IntakeOptions {
  source: string;
  actor: string;
  dryRun: boolean;
  /** XLSX: the sheet to read (default the first). */
  sheet?: string;
  /** Largest file in bytes (default intakeFileLimit()). */
  limit?: number;
}

/** Longest statement of an import (INTAKE_STATEMENT_TIMEOUT_MS, default 5 minutes). */
export function intakeStatementTimeoutMs(): number {
  return config().INTAKE_STATEMENT_TIMEOUT_MS;
}

/** Rows parsed between two turns of the event loop. */
const YIELD_EVERY_ROWS = 500;

/** Rows staged per statement. */
const BATCH_ROWS = 5000;
/** File rows created per INSERT of the write phase. */
const WRITE_SLICE_ROWS = 20_000;
/** Most refusals one run lists (their count is always exact). */
const MAX_LISTED_REFUSALS = 10_000;

const SQL_TYPE = { text: 'text', int: 'int', date: 'date', numeric: 'numeric', float8: 'float8' } as const;

/** Which file column is which layer column: headers compared without case, accents, spaces or punctuation. */
function mapHeader(layer: IntakeLayer, header: TabularRecord): (IntakeColumn | null)[] {
  const byName = new Map<string, IntakeColumn>();
  for (const column of layer.columns)
    for (const name of [column.name, column.staging, ...(column.aliases ?? [])])
      byName.set(normalizeName(name), column);
  const mapped = header.fields.map((h) => (h.trim() === '' ? null : (byName.get(normalizeName(h)) ?? undefined)));
  const unknown = header.fields.filter((_, i) => mapped[i] === undefined);
  if (unknown.length > 0)
    throw fileError(
      `the header has column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => JSON.stringify(u)).join(', ')} that ${layer.id} does not have (columns: ${layer.columns.map((c) => c.name).join(', ')})`,
    );
  const seen = new Set<IntakeColumn>();
  for (const column of mapped) {
    if (!column) continue;
    if (seen.has(column)) throw fileError(`the header names column ${column.name} twice`);
    seen.add(column);
  }
  const missing = layer.columns.filter((c) => c.required && !seen.has(c));
  if (missing.length > 0)
    throw fileError(`the header lacks column${missing.length > 1 ? 's' : ''} ${missing.map((c) => c.name).join(', ')}`);
  return mapped as (IntakeColumn | null)[];
}

/** Parses one record: the row's values by staging name, or its refusals. */
function parseRecord(
  layer: IntakeLayer,
  columns: (IntakeColumn | null)[],
  record: TabularRecord,
  refusals: IntakeRefusal[],
): ParsedRow | null {
  const before = refusals.length;
  const refuse = (column: string, value: string | null, reason: string) =>
    refusals.push({ row: record.row, column, value, reason });
  const { fields } = record;
  if (fields.length > columns.length && fields.slice(columns.length).some((f) => f.trim() !== '')) {
    refuse(
      '(row)',
      fields.slice(columns.length).join(' | ').slice(0, 80),
      `has ${fields.length} fields, the header ${columns.length}: a separator inside an unquoted value, or the wrong delimiter`,
    );
    return null;
  }
  if (fields.length === 1 && columns.length > 1) {
    const other = [',', ';', '\t'].find((d) => fields[0].includes(d));
    refuse(
      '(row)',
      fields[0].slice(0, 80),
      `has 1 field, the header ${columns.length}${other ? `: it is separated by ${JSON.stringify(other)}, the header is not (the wrong delimiter)` : ''}`,
    );
    return null;
  }
  const row: ParsedRow = {};
  for (const column of layer.columns) row[column.staging] = null;
  columns.forEach((column, i) => {
    if (!column) return;
    if (i >= fields.length) {
      if (column.required)
        refuse(
          column.name,
          null,
          `is missing: the row has ${fields.length} fields, the header ${columns.length} (cut short?)`,
        );
      return;
    }
    const text = fields[i].trim();
    if (text === '') {
      if (column.required) refuse(column.name, null, 'is required');
      return;
    }
    // Newlines and tabs may sit inside a quoted value (an address); any other control character is refused.
    const control = controlCharacterProblem(text.replace(/[\r\n\t]/g, ' '));
    if (control) {
      refuse(column.name, text, control);
      return;
    }
    try {
      row[column.staging] = column.parse(text.normalize('NFC'));
    } catch (reason) {
      if (typeof reason !== 'string') throw reason;
      refuse(column.name, text, reason);
    }
  });
  if (refusals.length > before) return null;
  for (const problem of layer.checkRow?.(row) ?? []) {
    const column = layer.columns.find((c) => c.name === problem.column);
    const value = column ? row[column.staging] : null;
    refuse(problem.column, value === null ? null : String(value), problem.reason);
  }
  return refusals.length > before ? null : row;
}

class Stager {
  private rows: ParsedRow[] = [];
  private fileRows: number[] = [];
  private readonly columns: { name: string; type: string }[];
  private readonly sql: string;

  constructor(
    private readonly db: LentConnection,
    layer: IntakeLayer,
  ) {
    this.columns = layer.columns.map((c) => ({ name: c.staging, type: SQL_TYPE[c.type] }));
    this.sql = `INSERT INTO intake_raw (file_row, ${this.columns.map((c) => `"${c.name}"`).join(', ')})
      SELECT * FROM unnest($1::int[], ${this.columns.map((c, i) => `$${i + 2}::${c.type}[]`).join(', ')})`;
  }

  async add(fileRow: number, row: ParsedRow): Promise<void> {
    this.rows.push(row);
    this.fileRows.push(fileRow);
    if (this.rows.length >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const params = [this.fileRows, ...this.columns.map((c) => this.rows.map((r) => r[c.name]))];
    this.rows = [];
    this.fileRows = [];
    await this.db.query(this.sql, params);
    await yieldEventLoop();
  }
}

async function createStaging(db: LentConnection, layer: IntakeLayer): Promise<void> {
  const columns = layer.columns.map((c) => `"${c.staging}" ${SQL_TYPE[c.type]}`);
  await db.query(`CREATE TEMP TABLE intake_raw (file_row int PRIMARY KEY, ${columns.join(', ')}) ON COMMIT DROP`);
  await db.query(
    `CREATE TEMP TABLE intake_refusal (file_row int NOT NULL, "column" text NOT NULL, value text, reason text NOT NULL) ON COMMIT DROP`,
  );
}

/** Duplicate keys inside the file: every row after the first with a key is refused, naming the first. */
function duplicateSql(key: IntakeLayer['fileKeys'][number]): string {
  const exprs = key.exprs.join(', ');
  return `INSERT INTO intake_refusal (file_row, "column", value, reason)
    SELECT file_row, '${key.columns}', key_text, 'duplicate key inside the file: same ${key.columns} as row ' || first_row
      FROM (SELECT s.file_row, concat_ws(' / ', ${exprs}) AS key_text, min(s.file_row) OVER (PARTITION BY ${exprs}) AS first_row
              FROM intake_raw s ${key.where ? `WHERE ${key.where}` : ''}) d
     WHERE file_row <> first_row`;
}

/**
 * The set-based checks and the match, each temp table written once (a year
 * of activities is 307,200 rows: an UPDATE per check would rewrite them all
 * each time): duplicates over `intake_raw`; `intake_row` = the layer's
 * resolving SELECT; its refusals; `intake_out` = the rows not refused, with
 * the id of the row each updates and its outcome (created, updated or
 * unchanged: IS DISTINCT FROM over the written fields); the refusals that
 * depend on the match.
 */
async function resolveAndMatch(db: LentConnection, layer: IntakeLayer): Promise<void> {
  await db.query('ANALYZE intake_raw');
  for (const key of layer.fileKeys) await db.query(duplicateSql(key));
  await db.query(`CREATE TEMP TABLE intake_row ON COMMIT DROP AS ${layer.resolveSql}`);
  await db.query('ANALYZE intake_row');
  for (const refusal of layer.refusals) await db.query(refuseSql(refusal, 'intake_row'));
  const targets = layer.fields.map((f) => `t."${f.column}"`).join(', ');
  const sources = layer.fields.map((f) => f.source).join(', ');
  await db.query(
    `CREATE TEMP TABLE intake_out ON COMMIT DROP AS
     SELECT s.*, t.id AS target_id,
            CASE WHEN t.id IS NULL THEN 'created'
                 WHEN (${targets}, NULL) IS DISTINCT FROM (${sources}, NULL) THEN 'updated'
                 ELSE 'unchanged' END AS outcome
       FROM (SELECT s.*, ${layer.targetIdSql} AS target_id_found
               FROM intake_row s WHERE NOT EXISTS (SELECT 1 FROM intake_refusal r WHERE r.file_row = s.file_row)) s
       LEFT JOIN "${layer.table}" t ON t.id = s.target_id_found`,
  );
  await db.query('ANALYZE intake_out');
  for (const refusal of layer.afterMatch ?? []) await db.query(refuseSql(refusal, 'intake_out'));
}

/** Writes the created and updated rows with their audit entries ($1 the actor). */
async function write(db: LentConnection, layer: IntakeLayer, actor: string): Promise<void> {
  const fields = layer.fields.map((f) => f.field);
  const before = layer.fields.map((f) => `t."${f.column}" AS "${f.field}"`).join(', ');
  const after = layer.fields.map((f) => `${f.source} AS "${f.field}"`).join(', ');
  await db.query(
    `INSERT INTO audit_log (actor, operation, entity, entity_id, changes)
     SELECT $1, 'IMPORT', '${layer.entity}', t.id, ${changesJsonSql(fields, 'b', 'a')}
       FROM intake_out s JOIN "${layer.table}" t ON t.id = s.target_id
      CROSS JOIN LATERAL (SELECT ${before}) b CROSS JOIN LATERAL (SELECT ${after}) a
      WHERE s.outcome = 'updated'`,
    [actor],
  );
  await db.query(
    `UPDATE "${layer.table}" t SET ${layer.fields.map((f) => `"${f.column}" = ${f.source}`).join(', ')}, version = t.version + 1
       FROM intake_out s WHERE t.id = s.target_id AND s.outcome = 'updated'`,
  );
  const created = layer.fields
    .map((f) => `'${f.field}', jsonb_build_object('before', NULL, 'after', to_jsonb(ins."${f.field}"))`)
    .join(', ');
  const insert = `WITH ins AS (
       INSERT INTO "${layer.table}" (${layer.fields.map((f) => `"${f.column}"`).join(', ')})
       SELECT ${layer.fields.map((f) => f.source).join(', ')}
         FROM intake_out s LEFT JOIN "${layer.table}" t ON false
        WHERE s.outcome = 'created' AND s.file_row >= $2 AND s.file_row < $3 ORDER BY s.file_row
       RETURNING id, ${layer.fields.map((f) => `"${f.column}" AS "${f.field}"`).join(', ')}
     )
     INSERT INTO audit_log (actor, operation, entity, entity_id, changes)
     SELECT $1, 'IMPORT', '${layer.entity}', ins.id, jsonb_build_object(${created}) FROM ins`;
  // In slices of file rows: the same rows in the same order, and on a lent connection
  // (src/db/lent-connection.ts) a borrowed read waits for one slice, not for the whole file.
  const [{ first, last }]: { first: number | null; last: number | null }[] = await db.query(
    `SELECT min(file_row) AS first, max(file_row) AS last FROM intake_out WHERE outcome = 'created'`,
  );
  if (first === null || last === null) return;
  for (let from = first; from <= last; from += WRITE_SLICE_ROWS) {
    await db.query(insert, [actor, from, from + WRITE_SLICE_ROWS]);
    await yieldEventLoop();
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

function summaryOf(report: Omit<IntakeReport, 'summary'>): string {
  if (report.refused > 0)
    return `nothing written: ${report.refused} of ${report.read} rows refused (each file is all or nothing; correct them and send the file again).`;
  if (report.dryRun)
    return `dry run: nothing written; a real run would create ${report.created}, update ${report.updated} and leave ${report.unchanged} unchanged.`;
  return `written: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`;
}

/**
 * Imports one spreadsheet file into `layer`. File-level problems (not CSV or
 * XLSX, a header without the layer's columns, a cut or oversized file, a zip
 * bomb) throw BAD_USER_INPUT / PAYLOAD_TOO_LARGE; row problems are refusals
 * in the report.
 */
export async function importTabular(
  dataSource: DataSource,
  layer: IntakeLayer,
  input: AsyncIterable<Buffer | string>,
  options: IntakeOptions,
): Promise<IntakeReport> {
  const started = performance.now();
  const known = new Set(
    layer.columns.flatMap((c) => [c.name, c.staging, ...(c.aliases ?? [])].map((n) => normalizeName(n))),
  );
  const file: TabularFile = await openTabular(input, { sheet: options.sheet, limit: options.limit, known });
  const runner = dataSource.createQueryRunner('master');
  let commitSent = false;
  let broken: unknown;
  // Announced before the pool is asked: see src/db/lent-connection.ts.
  const lending = announceLending(dataSource, {
    requestTimeoutMs: config().DB_STATEMENT_TIMEOUT_MS,
    importTimeoutMs: intakeStatementTimeoutMs(),
  });
  try {
    await runner.connect();
    await runner.startTransaction();
    try {
      // A year of activities takes longer than a request's statement timeout: an import has its own.
      await runner.query(`SET LOCAL statement_timeout = ${intakeStatementTimeoutMs()}`);
      const db = lending.attach(runner);
      await createStaging(db, layer);
      const refusals: IntakeRefusal[] = [];
      let columns: (IntakeColumn | null)[] | null = null;
      let read = 0;
      const stager = new Stager(db, layer);
      for await (const record of file.records) {
        if (record.fields.every((f) => f.trim() === '')) continue;
        if (columns === null) {
          columns = mapHeader(layer, record);
          continue;
        }
        read++;
        // Records already buffered come out as microtasks: without a turn of the loop now and then, parsing
        // one batch would hold it (requests, `locate`) for as long as the batch takes.
        if (read % YIELD_EVERY_ROWS === 0) await yieldEventLoop();
        const row = parseRecord(layer, columns, record, refusals);
        if (row) await stager.add(record.row, row);
      }
      if (columns === null) throw fileError('the file has no header row');
      await stager.flush();
      const staged = performance.now();
      await resolveAndMatch(db, layer);
      const checked = performance.now();
      const counts: { outcome: string; n: number }[] = await db.query(
        `SELECT outcome, count(*)::int AS n FROM intake_out s
          WHERE NOT EXISTS (SELECT 1 FROM intake_refusal r WHERE r.file_row = s.file_row) GROUP BY outcome`,
      );
      const count = (outcome: string) => counts.find((c) => c.outcome === outcome)?.n ?? 0;
      const sqlRefusals: IntakeRefusal[] = (
        await db.query(
          `SELECT file_row AS row, "column", value, reason FROM intake_refusal ORDER BY file_row, "column", reason LIMIT ${MAX_LISTED_REFUSALS}`,
        )
      ).map((r: IntakeRefusal) => ({ row: r.row, column: r.column, value: r.value, reason: r.reason }));
      const [{ n: sqlRefused }]: { n: number }[] = await db.query(
        'SELECT count(DISTINCT file_row)::int AS n FROM intake_refusal',
      );
      const all = [...refusals, ...sqlRefusals].sort((a, b) => a.row - b.row);
      const refused = new Set(refusals.map((r) => r.row)).size + sqlRefused;
      const written = !options.dryRun && refused === 0;
      if (written) await write(db, layer, options.actor);
      const wrote = performance.now();
      const partial: Omit<IntakeReport, 'summary'> = {
        layer: layer.id,
        source: options.source,
        format: file.format,
        ...(file.encoding ? { encoding: file.encoding } : {}),
        ...(file.delimiter ? { delimiter: file.delimiter } : {}),
        ...(file.sheet ? { sheet: file.sheet } : {}),
        dryRun: options.dryRun,
        written,
        read,
        created: count('created'),
        updated: count('updated'),
        unchanged: count('unchanged'),
        refused,
        seconds: 0,
        phases: {
          readAndStage: seconds(staged - started),
          checkAndMatch: seconds(checked - staged),
          write: seconds(wrote - checked),
        },
        refusals: all.slice(0, MAX_LISTED_REFUSALS),
      };
      const report: IntakeReport = { ...partial, summary: summaryOf(partial) };
      await lending.close();
      if (written) {
        commitSent = true;
        await runner.commitTransaction();
      } else await runner.rollbackTransaction();
      report.seconds = seconds(performance.now() - started);
      return report;
    } catch (error) {
      await lending.close();
      // A stopped request (timeout) has its ROLLBACK refused: the connection must not go back to the pool mid-transaction.
      if (
        runner.isTransactionActive &&
        !(await runner.rollbackTransaction().then(
          () => true,
          () => false,
        ))
      )
        broken = error;
      throw error;
    }
  } catch (error) {
    if (!(error instanceof AppError) && isDatabaseUnavailable(error)) throw serviceUnavailable(!commitSent);
    throw error;
  } finally {
    const release = broken
      ? (runner as unknown as { releasePostgresConnection(error: unknown): Promise<void> }).releasePostgresConnection(
          broken,
        )
      : runner.release();
    await release.catch(() => undefined);
    await lending.close();
  }
}
