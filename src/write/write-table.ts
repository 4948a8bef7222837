import { geomFromGeoJsonSql } from '../geo/geometry-placement';
import type { ConstraintMeanings } from './db-errors';

/**
 * A writable table described once for the generic write operations
 * (write-transaction.ts): which columns a mutation may set, how each is read
 * back as a JSON value (for the audit trail and the GraphQL result) and
 * written from a bind parameter, and what each constraint protects.
 */
export interface WriteColumn {
  /** Entity property = GraphQL field = audit-trail field. */
  field: string;
  column: string;
  /** Read expression over alias `r`, JSON-friendly (dates as YYYY-MM-DD, numerics as float8). */
  read: string;
  /** Write expression from a bind placeholder. */
  write: (param: string) => string;
  /** Derived (read back for the result, never written, not in the audit trail), e.g. an age group. */
  derived?: boolean;
}

/** What every written row has: an id and a version (src/write/row-version.ts). */
export interface VersionedRow {
  id: number;
  version: number;
}

/**
 * `T`: what its rows are read back as — the entity, as `tx.lock`, `tx.insert`
 * and `tx.update` return it (every column's field as `read` gives it).
 */
export interface WriteTable<T extends VersionedRow = WrittenRow> {
  /** What audit entries about its rows name it (`audit_log.entity`). */
  entity: string;
  table: string;
  /** How messages name a row: "workshop", "ECOS school". */
  label: string;
  columns: WriteColumn[];
  constraints: ConstraintMeanings;
  /** Type only, never set: ties the table to its row type. */
  readonly row?: T;
}

/** A row as read back: `id`, `version` and every column's field. */
export type WrittenRow = VersionedRow & Record<string, unknown>;

/** A table whatever its row type (for what reads only its columns). */
export type AnyWriteTable = WriteTable<VersionedRow>;

const col = (field: string, column: string, read: string, write: (p: string) => string): WriteColumn => ({
  field,
  column,
  read,
  write,
});

/** Column helpers: each reads and writes its SQL type. */
export const columns = {
  text: (field: string, column = field) => col(field, column, `r."${column}"`, (p) => `${p}::text`),
  int: (field: string, column = field) => col(field, column, `r."${column}"::int`, (p) => `${p}::int`),
  float: (field: string, column = field) => col(field, column, `r."${column}"::float8`, (p) => `${p}::float8`),
  money: (field: string, column = field) => col(field, column, `r."${column}"::float8`, (p) => `${p}::numeric`),
  date: (field: string, column = field) =>
    col(field, column, `to_char(r."${column}", 'YYYY-MM-DD')`, (p) => `${p}::date`),
  derived: (field: string, read: string): WriteColumn => ({
    field,
    column: field,
    read,
    write: () => {
      throw new Error(`${field} is derived and cannot be written`);
    },
    derived: true,
  }),
  geometry: (field: string, column = field) =>
    col(
      field,
      column,
      `ST_AsGeoJSON(r."${column}", 9, 0)::json`,
      (p) => `CASE WHEN ${p}::text IS NULL THEN NULL ELSE ${geomFromGeoJsonSql(p)} END`,
    ),
};

/** `r.id, r.version, <read> AS "<field>", …` */
export function readListSql(table: AnyWriteTable): string {
  return [
    'r.id',
    'r.version',
    'r.created_at AS "createdAt"',
    'r.updated_at AS "updatedAt"',
    ...table.columns.map((c) => `${c.read} AS "${c.field}"`),
  ].join(', ');
}

export function columnOf(table: AnyWriteTable, field: string): WriteColumn {
  const column = table.columns.find((c) => c.field === field);
  if (!column) throw new Error(`${table.table} has no writable field ${field}`);
  return column;
}

/** `coloniaId` and `territorialId` of a row placed in a colonia and its territorial (src/placement/placement.ts). */
export const placementColumns = (): WriteColumn[] => [
  columns.int('coloniaId', 'colonia_id'),
  columns.int('territorialId', 'territorial_id'),
];

/** What the placement foreign keys of `table` protect: both are set through `coloniaId`. */
export function placementConstraints(table: string): ConstraintMeanings {
  return {
    [`${table}_colonia_id_fkey`]: { argument: 'coloniaId', problem: 'does not match any colonia' },
    [`${table}_territorial_id_fkey`]: { argument: 'coloniaId', problem: 'does not match any territorial' },
  };
}
