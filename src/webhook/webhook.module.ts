import { defineModule } from '../module';
import { WebhookResolver } from './webhook.resolver';
import { WebhookWorker } from './webhook-worker';

/**
 * Webhooks: ADMIN subscriptions to the change feed's tables and the worker that POSTs each
 * change, signed, from the durable queue (migration 1766600000000).
 */
export const webhookModule = defineModule({
  name: 'webhook',
  resolvers: [WebhookResolver],
  workers: [({ dataSource }) => new WebhookWorker(dataSource).start()],
});
