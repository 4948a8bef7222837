import { defineModule } from '../module';
import { FeedQueryResolver } from './feed.resolver';
import { webhookResolvers } from './webhook.resolver';
import { startWebhookWorker } from './webhook-worker';

/**
 * The change feed (`changes`): what was created, updated or deleted, in commit order,
 * from `change_log` (filled by triggers, migration 1766500000000), resumable by cursor;
 * and its webhooks (migration 1796662466015): the feed POSTed to ADMIN-registered URLs
 * from a durable queue by a worker in each server process.
 */
export const feedModule = defineModule({
  name: 'feed',
  resolvers: [FeedQueryResolver, ...webhookResolvers],
  workers: [startWebhookWorker],
});
