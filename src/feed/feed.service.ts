import type { DataSource } from 'typeorm';
import { AppError, ErrorCode, badInput } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Role, roleAtLeast } from '../auth/role';
import { requireIntInRange } from '../common/validate';
import { decodeFeedCursor, encodeFeedCursor, FEED_START, type FeedPosition } from './feed-cursor';
import { ChangeTable, type Change, type ChangeOperation, type ChangePage } from './feed.types';
import { feedIdentity } from './feed-identity';

export { feedIdentity };

export const FEED_DEFAULT_PAGE = 100;
export const FEED_MAX_PAGE = 1000;

/** Tables whose rows are about a person: their ids and versions only for ANALYST and above. */
const PERSON_TABLES: readonly ChangeTable[] = [ChangeTable.BENEFICIARY, ChangeTable.PAYMENT];

export interface ChangeRow {
  seq: string;
  xid: string;
  table_name: string;
  row_id: number;
  version: number;
  operation: ChangeOperation;
  at: Date;
  role: string;
}

/**
 * The entries after `position`, oldest first, of transactions that have all finished:
 * only xids below the snapshot's xmin are returned (every transaction below it has
 * committed or rolled back), so an entry whose transaction commits later is never
 * skipped: its xid holds xmin back until then. One statement.
 */
export async function readChanges(
  dataSource: DataSource,
  position: FeedPosition,
  tables: readonly string[],
  limit: number,
): Promise<{ rows: ChangeRow[]; hasMore: boolean }> {
  const rows: ChangeRow[] = await dataSource.query(
    `SELECT c.seq::text AS seq, c.xid::text AS xid, c.table_name, c.row_id, c.version, c.operation, c.at, c.role
       FROM change_log c
      WHERE c.xid < pg_snapshot_xmin(pg_current_snapshot())
        AND (c.xid, c.seq) > ($1::xid8, $2::bigint)
        AND c.table_name = ANY($3::text[])
      ORDER BY c.xid, c.seq
      LIMIT $4`,
    [position.xid, position.seq, tables, limit + 1],
  );
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** The last entry every reader can see now (its transaction and all older ones finished); none: the start. */
export async function currentEnd(dataSource: DataSource): Promise<FeedPosition> {
  const rows: FeedPosition[] = await dataSource.query(
    `SELECT c.xid::text AS xid, c.seq::text AS seq FROM change_log c
      WHERE c.xid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY c.xid DESC, c.seq DESC LIMIT 1`,
  );
  return rows[0] ?? FEED_START;
}

export interface ChangesArgs {
  after?: string | null;
  first?: number | null;
  tables?: ChangeTable[] | null;
}

/**
 * The tables `role` may follow, of those `asked` (none: every one it may): every table for ANALYST
 * and above, the person tables not below it (FORBIDDEN naming them). The rule of `changes` and of
 * a webhook, which gets the feed as its owner's role sees it.
 */
export function followableTables(
  role: Role,
  asked: readonly ChangeTable[] | null | undefined,
  argument = 'tables',
): ChangeTable[] {
  const mayReadPersons = roleAtLeast(role, Role.ANALYST);
  if (asked != null && asked.length === 0) throw badInput(argument, 'must name at least one table (or be left out)');
  if (asked && !mayReadPersons) {
    const refused = asked.filter((t) => PERSON_TABLES.includes(t));
    if (refused.length > 0)
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `${argument}: ${refused.join(', ')} require the ANALYST role; the caller is ${role}`,
        argument,
      );
  }
  const all = (Object.values(ChangeTable) as ChangeTable[]).filter((t) => mayReadPersons || !PERSON_TABLES.includes(t));
  return asked ? [...new Set(asked)] : all;
}

/** The tables a caller may follow (see followableTables); anonymous callers are refused. */
function allowedTables(ctx: RequestContext, asked: ChangeTable[] | null | undefined): ChangeTable[] {
  if (ctx.identity.via === 'anonymous')
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'The change feed requires an API key or a bearer token');
  return followableTables(ctx.identity.role, asked);
}

/** An entry of `change_log` as the feed gives it: which row, its version, what, when, whose role; never row data. */
export function toChange(entry: Omit<ChangeRow, 'seq' | 'xid'>): Change {
  return {
    table: entry.table_name.toUpperCase() as ChangeTable,
    id: String(entry.row_id),
    version: entry.version,
    operation: entry.operation,
    at: entry.at,
    role: entry.role,
  };
}

/** A cursor at the feed's current end: take it, copy the data, then follow `changes` from it. */
export async function changesCursor(ctx: RequestContext): Promise<string> {
  allowedTables(ctx, undefined);
  const identity = await feedIdentity(ctx.dataSource);
  return encodeFeedCursor(identity, await currentEnd(ctx.dataSource));
}

export async function listChanges(ctx: RequestContext, args: ChangesArgs): Promise<ChangePage> {
  const tables = allowedTables(ctx, args.tables);
  const limit = requireIntInRange('first', args.first ?? FEED_DEFAULT_PAGE, 1, FEED_MAX_PAGE);
  const identity = await feedIdentity(ctx.dataSource);
  const position = args.after != null ? decodeFeedCursor(identity, 'after', args.after) : FEED_START;
  const { rows, hasMore } = await readChanges(
    ctx.dataSource,
    position,
    tables.map((t) => t.toLowerCase()),
    limit,
  );
  const last = rows[rows.length - 1];
  const changes: Change[] = rows.map(toChange);
  return {
    changes,
    hasMore,
    endCursor: encodeFeedCursor(identity, last ? { xid: last.xid, seq: last.seq } : position),
  };
}
