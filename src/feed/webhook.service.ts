import { badInput, notFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/pagination';
import { parseId } from '../common/validate';
import { decodeFeedCursor } from './feed-cursor';
import { feedIdentity } from './feed-identity';
import { currentEnd, followableTables, toChange } from './feed.service';
import type { ChangeOperation, ChangeTable } from './feed.types';
import { parseWebhookUrl, requireWebhookSecret } from './webhook-url';
import type {
  CreateWebhookInput,
  UpdateWebhookInput,
  Webhook,
  WebhookDeliveriesArgs,
  WebhookDelivery,
  WebhookDeliveryStatus,
} from './webhook.types';

/**
 * Webhooks as an ADMIN manages them (the resolver's @Authorized checks the role): register,
 * change, remove, and see their deliveries. Deliveries themselves are the worker's
 * (webhook-worker.ts). A webhook gets the feed as its owner's role reads it (`followableTables`).
 */

interface WebhookRow {
  id: string;
  url: string;
  tables: string[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  pending: number;
  delivered: number;
  failed: number;
  lastDeliveredAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
}

/** Webhooks (all, or those of `ids`) with their delivery counts and last failure: one statement. */
const WEBHOOKS_SQL = `
  SELECT w.id::text AS id, w.url, w.tables, w.created_by AS "createdBy", w.created_at AS "createdAt",
         w.updated_at AS "updatedAt", COALESCE(s.pending, 0) AS pending, COALESCE(s.delivered, 0) AS delivered,
         COALESCE(s.failed, 0) AS failed, s.last_delivered_at AS "lastDeliveredAt",
         f.last_error AS "lastError", f.last_error_at AS "lastErrorAt"
    FROM webhook w
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE d.status = 'PENDING')::int AS pending,
             count(*) FILTER (WHERE d.status = 'DELIVERED')::int AS delivered,
             count(*) FILTER (WHERE d.status = 'FAILED')::int AS failed,
             max(d.delivered_at) AS last_delivered_at
        FROM webhook_delivery d WHERE d.webhook_id = w.id) s ON true
    LEFT JOIN LATERAL (
      SELECT d.last_error, d.last_error_at FROM webhook_delivery d
       WHERE d.webhook_id = w.id AND d.last_error_at IS NOT NULL
       ORDER BY d.last_error_at DESC LIMIT 1) f ON true
   WHERE $1::int[] IS NULL OR w.id = ANY ($1::int[])
   ORDER BY w.id`;

function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    tables: row.tables.map((t) => t.toUpperCase() as ChangeTable),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deliveries: { pending: row.pending, delivered: row.delivered, failed: row.failed },
    lastDeliveredAt: row.lastDeliveredAt,
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt,
  };
}

async function webhooksById(ctx: RequestContext, ids: number[] | null): Promise<Webhook[]> {
  const rows: WebhookRow[] = await ctx.dataSource.query(WEBHOOKS_SQL, [ids]);
  return rows.map(toWebhook);
}

/** The tables as stored: SQL names, each once, those the owner's role may follow. */
function tablesOf(ctx: RequestContext, tables: ChangeTable[]): string[] {
  return followableTables(ctx.identity.role, tables, 'tables').map((t) => t.toLowerCase());
}

export const WebhookService = {
  list(ctx: RequestContext): Promise<Webhook[]> {
    return webhooksById(ctx, null);
  },

  /** Registers a webhook: the changes after `after` (none: from the feed's current end) are queued for it. */
  async create(ctx: RequestContext, input: CreateWebhookInput): Promise<Webhook> {
    const url = parseWebhookUrl('url', input.url);
    const secret = requireWebhookSecret('secret', input.secret);
    const tables = tablesOf(ctx, input.tables);
    const start =
      input.after != null
        ? decodeFeedCursor(await feedIdentity(ctx.dataSource), 'after', input.after)
        : await currentEnd(ctx.dataSource);
    const [made]: { id: number }[] = await ctx.dataSource.query(
      `WITH made AS (
         INSERT INTO webhook (url, secret, tables, owner_role, created_by, cursor_xid, cursor_seq)
         VALUES ($1, $2, $3::text[], $4, $5, $6::xid8, $7::bigint) RETURNING id)
       SELECT id FROM made`,
      [url, secret, tables, ctx.identity.role, ctx.identity.subject, start.xid, start.seq],
    );
    return (await webhooksById(ctx, [made.id]))[0];
  },

  /** Changes a webhook's URL, secret or tables; `retryFailed` queues its FAILED deliveries again. */
  async update(ctx: RequestContext, id: string, input: UpdateWebhookInput): Promise<Webhook> {
    const webhookId = parseId('id', id);
    const url = input.url != null ? parseWebhookUrl('url', input.url) : null;
    const secret = input.secret != null ? requireWebhookSecret('secret', input.secret) : null;
    const tables = input.tables != null ? tablesOf(ctx, input.tables) : null;
    const changed: unknown[] = await ctx.dataSource.query(
      `WITH changed AS (
         UPDATE webhook SET url = COALESCE($2, url), secret = COALESCE($3, secret),
                tables = COALESCE($4::text[], tables), updated_at = now()
          WHERE id = $1 RETURNING id
       ), retried AS (
         UPDATE webhook_delivery d
            SET status = 'PENDING', attempts = 0, next_attempt_at = now(), lease_until = NULL
           FROM changed WHERE $5 AND d.webhook_id = changed.id AND d.status = 'FAILED'
         RETURNING 1
       )
       SELECT id, (SELECT count(*) FROM retried)::int AS retried FROM changed`,
      [webhookId, url, secret, tables, input.retryFailed === true],
    );
    if (changed.length === 0) throw notFound(`No webhook with id ${webhookId}`);
    return (await webhooksById(ctx, [webhookId]))[0];
  },

  /** Removes a webhook and its queue (deliveries not made yet are dropped). Returns its id. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const webhookId = parseId('id', id);
    const deleted: unknown[] = await ctx.dataSource.query(
      `WITH deleted AS (DELETE FROM webhook WHERE id = $1 RETURNING id) SELECT id FROM deleted`,
      [webhookId],
    );
    if (deleted.length === 0) throw notFound(`No webhook with id ${webhookId}`);
    return String(webhookId);
  },

  /** Deliveries, oldest first (Relay cursors), of one webhook or all, in one status or any. Two statements. */
  async deliveries(
    ctx: RequestContext,
    page: PageArgs,
    args: WebhookDeliveriesArgs,
  ): Promise<Connection<WebhookDelivery>> {
    const window = pageWindow(page);
    const webhookId = args.webhookId != null ? parseId('webhookId', args.webhookId) : null;
    const status: WebhookDeliveryStatus | null = args.status ?? null;
    const forward = window.direction === 'forward';
    const filter = `($1::int IS NULL OR d.webhook_id = $1) AND ($2::text IS NULL OR d.status = $2)`;
    const [rows, [counted]] = await Promise.all([
      ctx.dataSource.query(
        `SELECT d.id::int AS id, d.webhook_id::text AS "webhookId", d.status, d.attempts, d.created_at AS "createdAt",
                CASE WHEN d.status = 'PENDING' THEN d.next_attempt_at END AS "nextAttemptAt",
                d.last_attempt_at AS "lastAttemptAt", d.last_status AS "lastStatus", d.last_error AS "lastError",
                d.delivered_at AS "deliveredAt", d.table_name, d.row_id, d.version, d.operation, d.at, d.role
           FROM webhook_delivery d
          WHERE ${filter} AND ($3::bigint IS NULL OR d.id ${forward ? '>' : '<'} $3)
          ORDER BY d.id ${forward ? 'ASC' : 'DESC'} LIMIT $4`,
        [webhookId, status, window.cursorId ?? null, window.limit + 1],
      ) as Promise<DeliveryRow[]>,
      ctx.dataSource.query(
        `SELECT (SELECT count(*) FROM webhook_delivery d WHERE ${filter})::int AS total,
                ($1::int IS NULL OR EXISTS (SELECT 1 FROM webhook WHERE id = $1)) AS known`,
        [webhookId, status],
      ) as Promise<{ total: number; known: boolean }[]>,
    ]);
    if (!counted.known) throw badInput('webhookId', `is not a webhook (no webhook with id ${webhookId})`);
    return toConnection(rows.map(toDelivery), window, counted.total);
  },
};

interface DeliveryRow extends Omit<WebhookDelivery, 'change'> {
  table_name: string;
  row_id: number;
  version: number;
  operation: ChangeOperation;
  at: Date;
  role: string;
}

function toDelivery(row: DeliveryRow): WebhookDelivery {
  const { table_name, row_id, version, operation, at, role, ...delivery } = row;
  return { ...delivery, change: toChange({ table_name, row_id, version, operation, at, role }) };
}
