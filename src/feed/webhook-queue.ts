import type { DataSource } from 'typeorm';
import type { ChangeOperation } from './feed.types';

/**
 * The durable delivery queue (`webhook_delivery`, migration 1796662466015), in single short
 * statements: no transaction is held across a send, so the embedded database's one connection is
 * never kept from the requests, and a process that dies at any point leaves the queue whole.
 * Each statement is a SELECT around its writes (a CTE) so it answers rows on every driver path.
 */

export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  /** This attempt's number (counted when claimed). */
  attempt: number;
  url: string;
  secret: string;
  table_name: string;
  row_id: number;
  version: number;
  operation: ChangeOperation;
  at: Date;
  role: string;
}

/** How an attempt went. */
export type AttemptOutcome =
  | { kind: 'delivered'; httpStatus: number }
  | { kind: 'failed'; httpStatus: number | null; error: string; retryInMs: number }
  /** The worker stopped while sending: due again at once, and never the last attempt. */
  | { kind: 'interrupted'; error: string };

/**
 * Queues, for every webhook, the feed's next `limit` finished entries after its queue cursor: a
 * delivery for each one of a table it follows (the rest only moves the cursor on). The feed's rule
 * holds: only entries of transactions below the snapshot's xmin, in (xid, seq) order, so the
 * cursor never passes an entry that is still to commit. Webhooks another process is queueing
 * (row locked) are skipped. Returns how many webhooks moved (0: nothing new) and deliveries queued.
 */
export async function queueChanges(dataSource: DataSource, limit: number): Promise<{ moved: number; queued: number }> {
  const [row]: { moved: number; queued: number }[] = await dataSource.query(
    `WITH w AS (
       SELECT id, tables, cursor_xid, cursor_seq FROM webhook ORDER BY id FOR UPDATE SKIP LOCKED
     ), horizon AS (
       SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin
     ), picked AS (
       SELECT w.id AS webhook_id, w.tables, c.*
         FROM w CROSS JOIN horizon h
        CROSS JOIN LATERAL (
          SELECT c.seq, c.xid, c.table_name, c.row_id, c.version, c.operation, c.at, c.role FROM change_log c
           WHERE c.xid < h.xmin AND (c.xid, c.seq) > (w.cursor_xid, w.cursor_seq)
           ORDER BY c.xid, c.seq LIMIT $1) c
     ), queued AS (
       INSERT INTO webhook_delivery (webhook_id, seq, xid, table_name, row_id, version, operation, at, role)
       SELECT webhook_id, seq, xid, table_name, row_id, version, operation, at, role FROM picked
        WHERE table_name = ANY (tables)
        ORDER BY webhook_id, xid, seq
       ON CONFLICT DO NOTHING
       RETURNING 1
     ), last AS (
       SELECT DISTINCT ON (webhook_id) webhook_id, xid, seq FROM picked ORDER BY webhook_id, xid DESC, seq DESC
     ), moved AS (
       UPDATE webhook SET cursor_xid = last.xid, cursor_seq = last.seq FROM last
        WHERE webhook.id = last.webhook_id
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM moved)::int AS moved, (SELECT count(*) FROM queued)::int AS queued`,
    [limit],
  );
  return row;
}

/**
 * Claims up to `limit` due deliveries, oldest change first, counting the attempt and leasing each
 * for `leaseMs` (a process that dies mid-send leaves it due again once the lease runs out).
 *
 * In order per row: a delivery is claimed only when every earlier change of its row (by `seq`,
 * the order the row's writers held its lock in) has been delivered to that webhook — including
 * an earlier change the feed has not handed to the queue yet (an entry past the webhook's queue
 * cursor: a transaction with a younger xid can write a row after one with an older xid, so the
 * feed's order is not always a row's order). So one row has at most one delivery in flight.
 * `FOR UPDATE … SKIP LOCKED`: server processes sharing a PostgreSQL database claim different rows.
 */
export async function claimDeliveries(
  dataSource: DataSource,
  limit: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  return dataSource.query(
    `WITH due AS (
       SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
          AND (d.lease_until IS NULL OR d.lease_until <= now())
          AND NOT EXISTS (
            SELECT 1 FROM webhook_delivery e
             WHERE e.webhook_id = d.webhook_id AND e.table_name = d.table_name AND e.row_id = d.row_id
               AND e.seq < d.seq AND e.status <> 'DELIVERED')
          AND NOT EXISTS (
            SELECT 1 FROM change_log c
             WHERE c.table_name = d.table_name AND c.row_id = d.row_id AND c.seq < d.seq
               AND c.table_name = ANY (w.tables) AND (c.xid, c.seq) > (w.cursor_xid, w.cursor_seq))
        ORDER BY d.seq
        LIMIT $1
        FOR UPDATE OF d SKIP LOCKED
     ), claimed AS (
       UPDATE webhook_delivery d
          SET attempts = d.attempts + 1, last_attempt_at = now(),
              lease_until = now() + make_interval(secs => $2::float8 / 1000)
         FROM due WHERE d.id = due.id
       RETURNING d.id, d.webhook_id, d.attempts, d.seq, d.table_name, d.row_id, d.version, d.operation, d.at, d.role
     )
     SELECT c.id::text AS id, c.webhook_id::text AS "webhookId", c.attempts AS attempt, w.url, w.secret,
            c.table_name, c.row_id, c.version, c.operation, c.at, c.role
       FROM claimed c JOIN webhook w ON w.id = c.webhook_id
      ORDER BY c.seq`,
    [limit, leaseMs],
  );
}

/**
 * Records an attempt: DELIVERED; due again after its wait; FAILED once it was the last of
 * `maxAttempts` (the row's later changes then wait: order per row holds until an ADMIN retries it);
 * or, interrupted by a stop, due again at once. Only while the claim is still this attempt's
 * (a delivery re-claimed after its lease ran out is the new attempt's to record; a success is
 * always recorded). Returns the status it was left in, or null when the claim had moved on.
 */
export async function recordAttempt(
  dataSource: DataSource,
  delivery: Pick<ClaimedDelivery, 'id' | 'attempt'>,
  outcome: AttemptOutcome,
  maxAttempts: number,
): Promise<string | null> {
  const ok = outcome.kind === 'delivered';
  const interrupted = outcome.kind === 'interrupted';
  const rows: { status: string }[] = await dataSource.query(
    `WITH r AS (
       UPDATE webhook_delivery
          SET status = CASE WHEN $3 THEN 'DELIVERED' WHEN NOT $4 AND attempts >= $5 THEN 'FAILED' ELSE 'PENDING' END,
              delivered_at = CASE WHEN $3 THEN now() END,
              next_attempt_at = CASE WHEN $3 THEN next_attempt_at ELSE now() + make_interval(secs => $6::float8 / 1000) END,
              lease_until = NULL,
              last_status = CASE WHEN $4 THEN last_status ELSE $7::int END,
              last_error = CASE WHEN $3 THEN last_error ELSE left($8, 300) END,
              last_error_at = CASE WHEN $3 THEN last_error_at ELSE now() END
        WHERE id = $1::bigint AND status = 'PENDING' AND (attempts = $2 OR $3)
       RETURNING status)
     SELECT status FROM r`,
    [
      delivery.id,
      delivery.attempt,
      ok,
      interrupted,
      maxAttempts,
      outcome.kind === 'failed' ? outcome.retryInMs : 0,
      outcome.kind === 'interrupted' ? null : outcome.httpStatus,
      outcome.kind === 'delivered' ? null : outcome.error,
    ],
  );
  return rows[0]?.status ?? null;
}
