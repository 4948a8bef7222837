import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/errors';
import { requireIntInRange } from '../common/validate';
import { parseId } from '../common/validate';
import { config } from '../config/config';
import { currentEnd } from '../feed/feed.service';
import type { ChangeTable } from '../feed/feed.types';
import { parseWebhookUrl, requirePublicTarget } from './webhook-url';
import type { CreateWebhookInput, Webhook, WebhookDelivery, WebhookDeliveryStatus } from './webhook.types';

const WEBHOOK_COLUMNS = `w.id::text AS id, w.url, w.tables, w.created_at AS "createdAt", w.created_by AS "createdBy",
  json_build_object(
    'pending', (SELECT count(*) FROM webhook_delivery d WHERE d.subscription_id = w.id AND d.status = 'PENDING'),
    'delivered', (SELECT count(*) FROM webhook_delivery d WHERE d.subscription_id = w.id AND d.status = 'DELIVERED'),
    'failed', (SELECT count(*) FROM webhook_delivery d WHERE d.subscription_id = w.id AND d.status = 'FAILED')
  ) AS deliveries`;

interface WebhookRow extends Omit<Webhook, 'tables'> {
  tables: string[];
}

const toWebhook = (row: WebhookRow): Webhook => ({
  ...row,
  tables: row.tables.map((t) => t.toUpperCase() as ChangeTable),
});

/** Registers a webhook: it gets the changes committed from now on. */
export async function createWebhook(ctx: RequestContext, input: CreateWebhookInput): Promise<Webhook> {
  const url = parseWebhookUrl('url', input.url);
  if (input.secret.length < 16 || input.secret.length > 200)
    throw badInput('secret', 'must be 16 to 200 characters long');
  if (input.tables.length === 0) throw badInput('tables', 'must name at least one table');
  await requirePublicTarget('url', url, config().WEBHOOK_PRIVATE_TARGETS === 'on');
  const start = await currentEnd(ctx.dataSource);
  const rows: WebhookRow[] = await ctx.dataSource.query(
    `WITH w AS (
       INSERT INTO webhook_subscription (url, secret, tables, created_by, cursor_xid, cursor_seq)
       VALUES ($1, $2, $3::text[], $4, $5::xid8, $6::bigint) RETURNING *)
     SELECT ${WEBHOOK_COLUMNS} FROM w`,
    [
      url.toString(),
      input.secret,
      [...new Set(input.tables)].map((t) => t.toLowerCase()),
      ctx.identity.subject,
      start.xid,
      start.seq,
    ],
  );
  return toWebhook(rows[0]);
}

export async function deleteWebhook(ctx: RequestContext, id: string): Promise<boolean> {
  const rows: unknown[] = await ctx.dataSource.query(`DELETE FROM webhook_subscription WHERE id = $1 RETURNING id`, [
    parseId('id', id),
  ]);
  return rows.length > 0;
}

export async function listWebhooks(ctx: RequestContext): Promise<Webhook[]> {
  const rows: WebhookRow[] = await ctx.dataSource.query(
    `SELECT ${WEBHOOK_COLUMNS} FROM webhook_subscription w ORDER BY w.id`,
  );
  return rows.map(toWebhook);
}

export interface DeliveryFilter {
  webhookId?: string | null;
  status?: WebhookDeliveryStatus | null;
  first?: number | null;
}

/** Deliveries, newest first. */
export async function listDeliveries(ctx: RequestContext, filter: DeliveryFilter): Promise<WebhookDelivery[]> {
  const limit = requireIntInRange('first', filter.first ?? 100, 1, 1000);
  const webhookId = filter.webhookId == null ? null : parseId('webhookId', filter.webhookId);
  const rows: (Omit<WebhookDelivery, 'table'> & { table: string })[] = await ctx.dataSource.query(
    `SELECT d.id::text AS id, d.subscription_id::text AS "webhookId", d.table_name AS "table", d.row_id::text AS "rowId",
            d.version, d.operation, d.status, d.attempts, d.next_attempt_at AS "nextAttemptAt",
            d.last_status AS "lastStatus", d.last_error AS "lastError", d.delivered_at AS "deliveredAt"
       FROM webhook_delivery d
      WHERE ($1::int IS NULL OR d.subscription_id = $1) AND ($2::text IS NULL OR d.status = $2)
      ORDER BY d.id DESC LIMIT $3`,
    [webhookId, filter.status ?? null, limit],
  );
  return rows.map((r) => ({ ...r, table: r.table.toUpperCase() as ChangeTable }));
}
