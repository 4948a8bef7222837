import type { DataSource, QueryRunner } from 'typeorm';
import { badInput } from '../common/errors';
import { IECM_CLAVE, IECM_CLAVE_FORM } from '../placement/colonia-tipo';
import { refreshTerritorialPoblacion } from '../placement/territory-nesting';
import type { FeatureOutcome, ImportReport } from '../import/import-report';
import { IMPORT_STATEMENT_TIMEOUT, importReport } from '../import/import.service';
import type { PlacedTable } from '../import/importer';
import { rebuildTerritorialesOf } from './territory.import';
import { runImportTransaction } from '../import/import-transaction';

/**
 * The territorial assignment import (CLI `territorial-assignment <file.csv>`,
 * HTTP POST /import/territorial-assignment, ADMIN): a CSV `cveut,territorial`
 * giving units their dirección territorial (by name or clave), for whoever
 * holds the official assignment. Checked row by row — unknown, malformed or
 * repeated claves, a unit assigned twice, an empty or unknown territorial, a
 * nested unit split from its container — and applied all or nothing in ONE
 * transaction that also moves program rows, rebuilds the territorial polygons
 * and populations and audits every change. Units the file does not name keep
 * their territorial.
 */

export const ASSIGNMENT_LAYER = 'territorial-assignment';

export interface AssignmentOptions {
  dryRun: boolean;
  actor: string;
  source: string;
}

interface AssignmentRow {
  /** Line of the file (the header is line 1). */
  line: number;
  clave: string;
  territorial: string;
  reasons: string[];
}

/** One CSV line: comma-separated fields, optionally double-quoted ("" inside quotes is a quote). */
function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return null; // unterminated quote
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += line[i++];
      }
      if (i < line.length && line[i] !== ',') return null;
    } else {
      const end = line.indexOf(',', i);
      value = end === -1 ? line.slice(i) : line.slice(i, end);
      i = end === -1 ? line.length : end;
    }
    fields.push(value.trim());
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

/**
 * The file's rows, checked on their own: UTF-8 (the first line that is not is
 * named), the header, at least one row, the form of each clave, empty fields,
 * duplicates and units assigned twice. File-level problems throw BAD_USER_INPUT.
 */
export function parseAssignmentCsv(bytes: Buffer): AssignmentRow[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  let start = 0;
  for (let n = 1; start <= bytes.length; n++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      lines.push(decoder.decode(bytes.subarray(start, end)).replace(/\r$/, ''));
    } catch {
      throw badInput('file', `is not UTF-8: line ${n} has bytes that are not UTF-8 text (save the CSV as UTF-8)`);
    }
    start = end + 1;
  }
  if (lines.length > 0) lines[0] = lines[0].replace(/^\uFEFF/, '');
  const header = splitCsvLine(lines[0] ?? '')?.map((h) => h.toLowerCase());
  if (!header || header.length !== 2 || header[0] !== 'cveut' || header[1] !== 'territorial')
    throw badInput(
      'file',
      `must start with the header line cveut,territorial (got ${JSON.stringify((lines[0] ?? '').slice(0, 60))})`,
    );
  const rows: AssignmentRow[] = [];
  const firstByClave = new Map<string, AssignmentRow>();
  lines.forEach((text, index) => {
    if (index === 0 || text.trim() === '') return;
    const row: AssignmentRow = { line: index + 1, clave: '', territorial: '', reasons: [] };
    rows.push(row);
    const fields = splitCsvLine(text);
    if (!fields || fields.length !== 2) {
      row.reasons.push(
        `expected 2 columns cveut,territorial (got ${fields ? fields.length : 'an unterminated quote'})`,
      );
      return;
    }
    [row.clave, row.territorial] = [fields[0], fields[1].normalize('NFC')];
    if (row.clave === '') row.reasons.push('empty cveut');
    else if (!IECM_CLAVE.test(row.clave))
      row.reasons.push(
        `cveut must be an IECM unit clave: ${IECM_CLAVE_FORM} (got ${JSON.stringify(row.clave.slice(0, 30))})`,
      );
    if (row.territorial === '') row.reasons.push('empty territorial');
    if (row.clave === '' || !IECM_CLAVE.test(row.clave)) return;
    const first = firstByClave.get(row.clave);
    if (!first) firstByClave.set(row.clave, row);
    else if (first.territorial.toUpperCase() === row.territorial.toUpperCase())
      row.reasons.push(`duplicate of line ${first.line} (${row.clave} → ${first.territorial})`);
    else
      row.reasons.push(
        `unit ${row.clave} assigned twice: line ${first.line} assigns it to ${JSON.stringify(first.territorial)}, this line to ${JSON.stringify(row.territorial)}`,
      );
  });
  if (rows.length === 0) throw badInput('file', 'has the header but no rows: nothing to assign');
  return rows;
}

export async function importTerritorialAssignment(
  dataSource: DataSource,
  bytes: Buffer,
  options: AssignmentOptions,
  placedTables: readonly PlacedTable[],
): Promise<ImportReport> {
  const rows = parseAssignmentCsv(bytes);
  return runImportTransaction(dataSource, (runner) => assign(runner, rows, options, placedTables));
}

async function assign(
  db: QueryRunner,
  rows: AssignmentRow[],
  options: AssignmentOptions,
  placedTables: readonly PlacedTable[],
): Promise<ImportReport> {
  await db.query(`SET LOCAL statement_timeout = '${IMPORT_STATEMENT_TIMEOUT}'`);
  await db.query('LOCK TABLE colonia, territorial IN SHARE ROW EXCLUSIVE MODE');
  await db.query(`CREATE TEMP TABLE assignment_row (
    line int PRIMARY KEY, clave text, territorial_ref text, reasons text[] NOT NULL,
    colonia_id int, territorial_id int, prev_territorial_id int, outcome text) ON COMMIT DROP`);
  await db.query(
    `INSERT INTO assignment_row (line, clave, territorial_ref, reasons)
     SELECT r.line, r.clave, r.territorial_ref, r.reasons
       FROM jsonb_to_recordset($1::jsonb) AS r(line int, clave text, territorial_ref text, reasons text[])`,
    [
      JSON.stringify(
        rows.map((r) => ({ line: r.line, clave: r.clave, territorial_ref: r.territorial, reasons: r.reasons })),
      ),
    ],
  );
  await db.query(
    `UPDATE assignment_row a SET colonia_id = c.id, prev_territorial_id = c.territorial_id FROM colonia c WHERE c.clave = a.clave`,
  );
  await db.query(
    `UPDATE assignment_row a SET territorial_id = (
        SELECT t.id FROM territorial t WHERE t.clave = a.territorial_ref OR upper(t.nombre) = upper(a.territorial_ref)
         ORDER BY (t.clave = a.territorial_ref) DESC, t.id LIMIT 1)
      WHERE a.territorial_ref <> ''`,
  );
  await db.query(
    `UPDATE assignment_row SET reasons = reasons || format('unknown unit clave %s: no colonia has it', clave)
      WHERE colonia_id IS NULL AND clave ~ '^[0-9]{2}-[0-9]{3}$'`,
  );
  await db.query(
    `UPDATE assignment_row SET reasons = reasons || format('territorial %s does not exist (give a territorial''s name or clave)', quote_literal(territorial_ref))
      WHERE territorial_id IS NULL AND territorial_ref <> ''`,
  );
  // A nested unit stays with its container: compare both units' territorial after the assignment.
  await db.query(
    `WITH final AS (
       SELECT c.id, c.clave, c.contained_in_id, COALESCE(a.territorial_id, c.territorial_id) AS territorial_id
         FROM colonia c LEFT JOIN assignment_row a ON a.colonia_id = c.id AND cardinality(a.reasons) = 0
     ), split AS (
       SELECT i.clave AS inner_clave, o.clave AS outer_clave, ti.nombre AS inner_t, tou.nombre AS outer_t
         FROM final i JOIN final o ON o.id = i.contained_in_id
         JOIN territorial ti ON ti.id = i.territorial_id JOIN territorial tou ON tou.id = o.territorial_id
        WHERE i.territorial_id <> o.territorial_id
     )
     UPDATE assignment_row a SET reasons = a.reasons || format('unit %s lies inside %s: a nested unit goes with its container (they would be in %s and %s)',
                                                              s.inner_clave, s.outer_clave, s.inner_t, s.outer_t)
       FROM split s WHERE a.clave IN (s.inner_clave, s.outer_clave) AND cardinality(a.reasons) = 0`,
  );
  const [{ rejected }]: { rejected: number }[] = await db.query(
    'SELECT count(*) FILTER (WHERE cardinality(reasons) > 0)::int AS rejected FROM assignment_row',
  );
  let territoriales: ImportReport['territoriales'];
  if (rejected === 0) {
    await db.query(
      `WITH up AS (
         UPDATE colonia c SET territorial_id = a.territorial_id, version = c.version + 1
           FROM assignment_row a WHERE a.colonia_id = c.id AND c.territorial_id <> a.territorial_id
         RETURNING c.id, c.territorial_id
       ), audit AS (
         INSERT INTO audit_log (actor, operation, entity, entity_id, changes)
         SELECT $1, 'IMPORT', 'colonia', up.id,
                jsonb_build_object('territorialId', jsonb_build_object('before', a.prev_territorial_id, 'after', up.territorial_id))
           FROM up JOIN assignment_row a ON a.colonia_id = up.id
       )
       UPDATE assignment_row a SET outcome = CASE WHEN up.id IS NULL THEN 'unchanged' ELSE 'updated' END
         FROM assignment_row a2 LEFT JOIN up ON up.id = a2.colonia_id WHERE a2.line = a.line`,
      [options.actor],
    );
    territoriales = await rebuildTerritorialesOf(
      db,
      options.actor,
      placedTables,
      `SELECT colonia_id FROM assignment_row WHERE outcome = 'updated'`,
      `SELECT territorial_id FROM assignment_row WHERE outcome = 'updated'
        UNION SELECT prev_territorial_id FROM assignment_row WHERE outcome = 'updated'`,
    );
    await refreshTerritorialPoblacion(db);
  }
  const staged: { line: number; clave: string; territorial_ref: string; reasons: string[]; outcome: string | null }[] =
    await db.query('SELECT line, clave, territorial_ref, reasons, outcome FROM assignment_row ORDER BY line');
  const outcomes: FeatureOutcome[] = staged.map((r) => ({
    feature: r.line,
    name: r.territorial_ref || null,
    clave: r.clave || null,
    outcome: r.reasons.length > 0 ? 'rejected' : r.outcome === 'updated' ? 'updated' : 'unchanged',
    ...(r.reasons.length > 0 ? { reasons: r.reasons } : {}),
  }));
  // Without a write, "updated" is what a real run would do: the units whose territorial differs.
  if (rejected > 0 || options.dryRun) {
    const moving: { line: number }[] = await db.query(
      `SELECT line FROM assignment_row WHERE cardinality(reasons) = 0 AND territorial_id IS DISTINCT FROM prev_territorial_id`,
    );
    const lines = new Set(moving.map((m) => m.line));
    for (const o of outcomes) if (o.outcome !== 'rejected') o.outcome = lines.has(o.feature) ? 'updated' : 'unchanged';
  }
  const updated = outcomes.filter((o) => o.outcome === 'updated').length;
  const unchanged = outcomes.filter((o) => o.outcome === 'unchanged').length;
  const written = rejected === 0 && !options.dryRun;
  const summary = options.dryRun
    ? `dry run: nothing written; a real run would move ${updated} units, leave ${unchanged} unchanged and reject ${rejected} rows.`
    : !written
      ? `nothing written: ${rejected} of ${rows.length} rows rejected (all or nothing).`
      : `written: ${updated} units moved to another territorial, ${unchanged} unchanged; territorial polygons and populations rebuilt.`;
  return importReport(
    { layer: ASSIGNMENT_LAYER, source: options.source, dryRun: options.dryRun, allowPartial: false },
    { written, features: rows.length, created: 0, updated, unchanged, rejected, summary },
    outcomes,
    territoriales,
  );
}
