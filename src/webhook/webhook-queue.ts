import type { DataSource } from 'typeorm';

/**
 * The durable delivery queue (migration 1766600000000), in short single statements so the
 * embedded database's one connection is never held: queue the feed's new changes for each
 * subscription, claim due deliveries (SKIP LOCKED: several server processes share the work;
 * a claim is a lease, so a process that dies mid-send leaves the delivery due again), and
 * record how the attempts went.
 */

export interface ClaimedDelivery {
  id: string;
  subscription_id: number;
  attempts: number;
  table_name: string;
  row_id: number;
  version: number;
  operation: string;
  at: Date;
  role: string;
  url: string;
  secret: string;
}

export interface AttemptResult {
  id: string;
  ok: boolean;
  http_status: number | null;
  error: string | null;
  /** Wait before the next attempt (a failure). */
  wait_ms: number;
}

/**
 * Queues, for every subscription, up to `limit` finished changes of its tables after its cursor
 * (the feed's rule: only transactions below the snapshot's xmin) and moves its cursor on.
 * Returns how many subscriptions moved (0: nothing new).
 */
export async function queueChanges(dataSource: DataSource, limit: number): Promise<number> {
  const rows: unknown[] = await dataSource.query(
    `WITH subs AS (
       SELECT id, tables, cursor_xid, cursor_seq FROM webhook_subscription ORDER BY id FOR UPDATE SKIP LOCKED
     ), picked AS (
       SELECT s.id AS subscription_id, c.* FROM subs s
        CROSS JOIN LATERAL (
          SELECT c.seq, c.xid, c.table_name, c.row_id, c.version, c.operation, c.at, c.role FROM change_log c
           WHERE c.xid < pg_snapshot_xmin(pg_current_snapshot())
             AND (c.xid, c.seq) > (s.cursor_xid, s.cursor_seq)
             AND c.table_name = ANY(s.tables)
           ORDER BY c.xid, c.seq LIMIT $1) c
     ), queued AS (
       INSERT INTO webhook_delivery (subscription_id, xid, seq, table_name, row_id, version, operation, at, role)
       SELECT subscription_id, xid, seq, table_name, row_id, version, operation, at, role FROM picked
       ON CONFLICT DO NOTHING
     ), last AS (
       SELECT DISTINCT ON (subscription_id) subscription_id, xid, seq FROM picked ORDER BY subscription_id, xid DESC, seq DESC
     )
     UPDATE webhook_subscription w SET cursor_xid = last.xid, cursor_seq = last.seq
       FROM last WHERE w.id = last.subscription_id AND (w.cursor_xid, w.cursor_seq) < (last.xid, last.seq)
     RETURNING w.id`,
    [limit],
  );
  return rows.length;
}

/**
 * Claims up to `limit` due deliveries, oldest change first, at most one per row and only when
 * no earlier delivery of the same row to the same subscription is still pending (order per row),
 * counting the attempt and leasing them for `leaseMs`.
 */
export async function claimDue(dataSource: DataSource, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  return dataSource.query(
    `UPDATE webhook_delivery d
        SET attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => $2::float8 / 1000)
       FROM webhook_subscription s
      WHERE s.id = d.subscription_id
        AND d.id IN (
          SELECT p.id FROM webhook_delivery p
           WHERE p.status = 'PENDING' AND p.next_attempt_at <= now()
             AND NOT EXISTS (
               SELECT 1 FROM webhook_delivery e
                WHERE e.subscription_id = p.subscription_id AND e.table_name = p.table_name AND e.row_id = p.row_id
                  AND e.status = 'PENDING' AND (e.xid, e.seq) < (p.xid, p.seq))
           ORDER BY p.xid, p.seq LIMIT $1
           FOR UPDATE SKIP LOCKED)
      RETURNING d.id::text AS id, d.subscription_id, d.attempts, d.table_name, d.row_id, d.version, d.operation, d.at,
                d.role, s.url, s.secret`,
    [limit, leaseMs],
  );
}

/** Records a batch of attempts: delivered, due again after its wait, or FAILED after `maxAttempts`. */
export async function recordAttempts(
  dataSource: DataSource,
  results: AttemptResult[],
  maxAttempts: number,
): Promise<void> {
  if (results.length === 0) return;
  await dataSource.query(
    `UPDATE webhook_delivery d
        SET status = CASE WHEN r.ok THEN 'DELIVERED' WHEN d.attempts >= $1 THEN 'FAILED' ELSE 'PENDING' END,
            delivered_at = CASE WHEN r.ok THEN now() END,
            next_attempt_at = CASE WHEN r.ok THEN d.next_attempt_at ELSE now() + make_interval(secs => r.wait_ms::float8 / 1000) END,
            last_status = r.http_status,
            last_error = CASE WHEN r.ok THEN d.last_error ELSE left(r.error, 300) END
       FROM jsonb_to_recordset($2::jsonb) AS r(id bigint, ok boolean, http_status int, error text, wait_ms int)
      WHERE d.id = r.id`,
    [maxAttempts, JSON.stringify(results)],
  );
}
