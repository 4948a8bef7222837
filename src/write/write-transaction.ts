import type { QueryRunner } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { AppError, ErrorCode } from '../common/errors';
import { AuditOperation } from './audit-trail';
import { isDatabaseUnavailable, serviceUnavailable } from '../db/unavailable';
import { mapDatabaseError, type ConstraintMeanings } from './db-errors';
import {
  columnOf,
  readListSql,
  type AnyWriteTable,
  type VersionedRow,
  type WriteTable,
  type WrittenRow,
} from './write-table';

/**
 * The one way rows are written: a mutation runs inside `runWrite`, which
 * opens ONE transaction, lets the service lock/insert/update/delete through a
 * WriteTx, records every change in `audit_log` in that same transaction (one
 * statement at the end) and commits — or rolls everything back. Updates and
 * deletes check the row version (optimistic concurrency); PostgreSQL errors
 * are mapped to client errors naming the field (db-errors.ts).
 */

export type Changes = Record<string, { before: unknown; after: unknown }>;

interface PendingAudit {
  operation: AuditOperation;
  entity: string;
  entity_id: number;
  changes: Changes;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `table` that differ between two row states (`{}` for "no row"). */
function diff(table: AnyWriteTable, beforeRow: object, afterRow: object): Changes {
  const before: Record<string, unknown> = { ...beforeRow };
  const after: Record<string, unknown> = { ...afterRow };
  const changes: Changes = {};
  for (const { field, derived } of table.columns) {
    if (derived) continue;
    if (!same(before[field], after[field]))
      changes[field] = { before: before[field] ?? null, after: after[field] ?? null };
  }
  return changes;
}

export class WriteTx {
  private readonly pending: PendingAudit[] = [];
  /** Constraint meanings of every table touched, for mapping a failure. */
  readonly meanings: ConstraintMeanings = {};
  /** Set while a DELETE runs: a foreign-key failure then means "still referenced". */
  deleting?: { table: string; label: string };

  constructor(
    readonly db: QueryRunner,
    readonly actor: string,
  ) {}

  query<T = any>(sql: string, parameters?: unknown[]): Promise<T> {
    return this.db.query(sql, parameters);
  }

  /** The rows an UPDATE/DELETE … RETURNING gave back (TypeORM returns [rows, count] for those). */
  async returning<T = WrittenRow>(sql: string, parameters?: unknown[]): Promise<T[]> {
    const result = await this.db.query(sql, parameters, true);
    return result.records as T[];
  }

  private touch(table: AnyWriteTable): void {
    Object.assign(this.meanings, table.constraints);
  }

  /**
   * The row, locked until commit, if its version is `version`: NOT_FOUND when
   * there is no such row, CONFLICT when it changed since the caller read it.
   */
  async lock<T extends VersionedRow>(table: WriteTable<T>, id: number, version: number): Promise<T> {
    this.touch(table);
    const rows: T[] = await this.query(
      `SELECT ${readListSql(table)} FROM "${table.table}" r WHERE r.id = $1 FOR UPDATE OF r`,
      [id],
    );
    if (rows.length === 0) throw new AppError(ErrorCode.NOT_FOUND, `${table.label} ${id} does not exist`, 'id');
    const [row] = rows;
    if (row.version !== version) throw staleVersion(table, id, row.version, version);
    return row;
  }

  /** Inserts a row (version 1) and records a CREATE with every field. */
  async insert<T extends VersionedRow>(table: WriteTable<T>, values: Record<string, unknown>): Promise<T> {
    this.touch(table);
    const fields = Object.keys(values);
    const params = fields.map((f) => values[f]);
    const rows: T[] = await this.query(
      `INSERT INTO "${table.table}" AS r (${fields.map((f) => `"${columnOf(table, f).column}"`).join(', ')})
       VALUES (${fields.map((f, i) => columnOf(table, f).write(`$${i + 1}`)).join(', ')})
       RETURNING ${readListSql(table)}`,
      params,
    );
    if (rows.length !== 1) throw new Error(`insert into ${table.table} returned ${rows.length} rows`);
    const [row] = rows;
    this.record(AuditOperation.CREATE, table.entity, row.id, diff(table, {}, row));
    return row;
  }

  /**
   * Records a CREATE for each row a set-based INSERT … RETURNING `readListSql(table)` gave back
   * (a batch of field activities): still one audit statement for the whole transaction.
   */
  inserted<T extends VersionedRow>(table: WriteTable<T>, rows: readonly T[]): void {
    this.touch(table);
    for (const row of rows) this.record(AuditOperation.CREATE, table.entity, row.id, diff(table, {}, row));
  }

  /**
   * Updates the fields given of a row locked by `lock`, bumping its version
   * and recording an UPDATE with the fields that changed. A no-op (every value
   * already as given) writes nothing and returns the row as it was.
   */
  async update<T extends VersionedRow>(table: WriteTable<T>, before: T, values: Record<string, unknown>): Promise<T> {
    this.touch(table);
    const fields = Object.keys(values);
    if (fields.length === 0) return before;
    const sets = fields.map((f, i) => `"${columnOf(table, f).column}" = ${columnOf(table, f).write(`$${i + 3}`)}`);
    const current = fields.map((f) => `r."${columnOf(table, f).column}"`);
    const given = fields.map((f, i) => columnOf(table, f).write(`$${i + 3}`));
    const rows = await this.returning<T>(
      `UPDATE "${table.table}" AS r SET ${sets.join(', ')}, version = r.version + 1
        WHERE r.id = $1 AND r.version = $2 AND (${current.join(', ')}, NULL) IS DISTINCT FROM (${given.join(', ')}, NULL)
        RETURNING ${readListSql(table)}`,
      [before.id, before.version, ...fields.map((f) => values[f])],
    );
    // The row is locked and its version checked: no row back means nothing differed.
    if (rows.length === 0) return before;
    const [after] = rows;
    this.record(AuditOperation.UPDATE, table.entity, after.id, diff(table, before, after));
    return after;
  }

  /** Moves a locked row's version on when only its children changed (the changes are noted by the caller). */
  async bump<T extends VersionedRow>(table: WriteTable<T>, before: T): Promise<T> {
    const rows = await this.returning<T>(
      `UPDATE "${table.table}" AS r SET version = r.version + 1 WHERE r.id = $1 AND r.version = $2 RETURNING ${readListSql(table)}`,
      [before.id, before.version],
    );
    if (rows.length !== 1) throw staleVersion(table, before.id, undefined, before.version);
    return rows[0];
  }

  /** Deletes a row locked by `lock` and records a DELETE with every field it had. */
  async remove<T extends VersionedRow>(table: WriteTable<T>, before: T): Promise<void> {
    this.touch(table);
    this.deleting = { table: table.table, label: `${table.label} ${before.id}` };
    const rows = await this.returning(`DELETE FROM "${table.table}" WHERE id = $1 AND version = $2 RETURNING id`, [
      before.id,
      before.version,
    ]);
    this.deleting = undefined;
    if (rows.length !== 1) throw staleVersion(table, before.id, undefined, before.version);
    this.record(AuditOperation.DELETE, table.entity, before.id, diff(table, before, {}));
  }

  /** Adds a field change (e.g. a child list) to the audit entry of a row written in this transaction. */
  note(entity: string, id: number, field: string, before: unknown, after: unknown): void {
    if (same(before, after)) return;
    let entry = this.pending.find((p) => p.entity === entity && p.entity_id === id);
    if (!entry) {
      entry = { operation: AuditOperation.UPDATE, entity, entity_id: id, changes: {} };
      this.pending.push(entry);
    }
    entry.changes[field] = { before, after };
  }

  private record(operation: AuditOperation, entity: string, id: number, changes: Changes): void {
    this.pending.push({ operation, entity, entity_id: id, changes });
  }

  /** Writes the pending audit entries: one statement, in the transaction. */
  async flushAudit(): Promise<void> {
    if (this.pending.length === 0) return;
    await this.query(
      `INSERT INTO audit_log (actor, operation, entity, entity_id, changes)
       SELECT $1, e.operation, e.entity, e.entity_id, e.changes
         FROM jsonb_to_recordset($2::jsonb) AS e(operation text, entity text, entity_id int, changes jsonb)`,
      [this.actor, JSON.stringify(this.pending)],
    );
  }
}

function staleVersion(table: AnyWriteTable, id: number, current: number | undefined, given: number): AppError {
  const now = current === undefined ? 'has changed' : `is at version ${current}`;
  return new AppError(
    ErrorCode.CONFLICT,
    `stale version: ${table.label} ${id} ${now}, the change was based on version ${given}; read it again and reapply the change`,
    'version',
  );
}

/** Who writes and where: a request context, or the import command's own. */
export interface WriteActor {
  dataSource: RequestContext['dataSource'];
  actor: string;
  /** The writer's role, recorded with each change in `change_log` (none: SYSTEM). */
  role?: string;
}

export function actorOf(ctx: RequestContext): WriteActor {
  return { dataSource: ctx.dataSource, actor: ctx.identity.subject, role: ctx.identity.role };
}

/**
 * Runs `work` in one transaction with its audit entries; maps database errors to client errors.
 *
 * A database outage becomes SERVICE_UNAVAILABLE. Before COMMIT is sent, PostgreSQL rolls the
 * transaction back when its connection dies, so the write certainly did not happen:
 * `retryable: true`. Once COMMIT is on the wire its outcome cannot be known from here, and
 * the error says so (`retryable: false`).
 */
export async function runWrite<T>(who: WriteActor, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  let tx: WriteTx | undefined;
  let commitSent = false;
  const runner = who.dataSource.createQueryRunner('master');
  try {
    await runner.connect();
    await runner.startTransaction();
    let result: T;
    try {
      // Read by the change-log triggers (migration 1766500000000), for this transaction only.
      if (who.role) await runner.query(`SELECT set_config('territorio.role', $1, true)`, [who.role]);
      tx = new WriteTx(runner, who.actor);
      result = await work(tx);
      await tx.flushAudit();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
    commitSent = true;
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw serviceUnavailable(!commitSent);
    throw mapDatabaseError(error, tx?.meanings ?? {}, tx?.deleting);
  } finally {
    await runner.release().catch(() => undefined);
  }
}
