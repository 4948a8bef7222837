/**
 * What a domain module declares to make one of its tables importable from a
 * spreadsheet (`npm run import -- <layer> <file.csv|xlsx>`, POST
 * /import/<layer>): the file's columns and how each parses, the SQL that
 * resolves references (folio, colonia clave, a point) and refuses rows, the
 * natural key that finds the row to update, and the fields written. The
 * engine (tabular-import.service.ts) does the rest, set-based, in three temp
 * tables each written once: `intake_raw` (the parsed file rows: `file_row`
 * and one column per file column under its `staging` name), `intake_row`
 * (resolved), `intake_out` (matched: `target_id`, `outcome`); refusals go to
 * `intake_refusal` (file_row, column, value, reason).
 */

export type StagingType = 'text' | 'int' | 'date' | 'numeric' | 'float8';

export interface IntakeColumn {
  /** Header as documented (the template's). */
  name: string;
  /** Other headers accepted (compared without case, accents, spaces or punctuation). */
  aliases?: readonly string[];
  required: boolean;
  /** Column of `intake_row` holding the parsed value. */
  staging: string;
  type: StagingType;
  /** The value from the cell's text (never empty); throws the reason as a string. */
  parse(text: string): string | number;
  example: string;
  description: string;
}

export type ParsedRow = Record<string, string | number | null>;

export interface IntakeLayer {
  /** `npm run import -- <id>`, POST /import/<id>. */
  id: string;
  /** audit_log.entity of the rows written. */
  entity: string;
  /** Target table. */
  table: string;
  description: string;
  columns: readonly IntakeColumn[];
  /** Checks across the columns of one row (by staging name), in JS: refusals naming a file column. */
  checkRow?(row: ParsedRow): { column: string; reason: string }[];
  /** Keys that must be unique inside the file: the columns named, and SQL over `s` (the staged rows). */
  fileKeys: readonly { columns: string; exprs: readonly string[]; where?: string }[];
  /**
   * The SELECT that resolves references, one pass over the staged file rows
   * (`intake_raw s`): `s.*` and the resolved columns (ids found by folio,
   * clave or point; NULL when not found). It becomes `intake_row`.
   */
  resolveSql: string;
  /** Refusals over `intake_row s`: the column, its value (SQL), the reason (SQL) and when (SQL). */
  refusals: readonly Refusal[];
  /** The id of the row a file row updates, by the natural key: a scalar SQL expression over `s` (intake_row). */
  targetIdSql: string;
  /** Refusals once matched, over `s` with `target_id` (a key held by another row than the one updated). */
  afterMatch?: readonly Refusal[];
  /**
   * Fields written, as the audit trail names them: the target column and its
   * value as SQL over `s` (intake_row) and `t` (the matched row; all NULL for a new one).
   */
  fields: readonly { field: string; column: string; source: string }[];
}

/** Rows refused where `when` holds (SQL over `s`), naming the file column, its value and the reason (SQL). */
export interface Refusal {
  column: string;
  value: string;
  reason: string;
  when: string;
}

/** The statement inserting a refusal's rows from `table` (aliased `s`). */
export function refuseSql(refusal: Refusal, table: string): string {
  return `INSERT INTO intake_refusal (file_row, "column", value, reason)
          SELECT s.file_row, '${refusal.column}', (${refusal.value})::text, ${refusal.reason} FROM ${table} s WHERE ${refusal.when}`;
}

/** A SQL string literal. */
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export class IntakeLayerRegistry {
  private readonly byId = new Map<string, IntakeLayer>();

  constructor(layers: readonly IntakeLayer[]) {
    for (const layer of layers) {
      if (this.byId.has(layer.id)) throw new Error(`two modules define the intake layer "${layer.id}"`);
      this.byId.set(layer.id, layer);
    }
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): IntakeLayer {
    const layer = this.byId.get(id);
    if (!layer) throw new Error(`no intake layer "${id}"`);
    return layer;
  }
}

/** The CSV template of a layer: the header and one example row. */
export function templateCsv(layer: IntakeLayer): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${layer.columns.map((c) => c.name).join(',')}\n${layer.columns.map((c) => quote(c.example)).join(',')}\n`;
}
