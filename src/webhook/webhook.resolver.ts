import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { RequestContext } from '../common/request-context';
import { createWebhook, deleteWebhook, listDeliveries, listWebhooks } from './webhook.service';
import { CreateWebhookInput, Webhook, WebhookDelivery, WebhookDeliveryStatus } from './webhook.types';

@Resolver()
export class WebhookResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => Webhook, {
    description:
      'Registers a webhook (ADMIN): every change of the tables, committed from now on, is POSTed to the URL at least ' +
      'once, signed (Territorio-Signature), in order per row, retried with backoff until delivered.',
  })
  createWebhook(@Ctx() ctx: RequestContext, @Arg('input', () => CreateWebhookInput) input: CreateWebhookInput) {
    return createWebhook(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Removes a webhook and its queued deliveries (ADMIN); false when unknown.' })
  deleteWebhook(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return deleteWebhook(ctx, id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [Webhook], { description: 'The webhooks and their deliveries by status (ADMIN).' })
  webhooks(@Ctx() ctx: RequestContext) {
    return listWebhooks(ctx);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [WebhookDelivery], {
    description: 'Webhook deliveries, newest first (ADMIN): status, attempts, the last failure.',
  })
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('webhookId', () => ID, { nullable: true }) webhookId?: string | null,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true }) status?: WebhookDeliveryStatus | null,
    @Arg('first', () => Int, { nullable: true, description: '1 to 1000 (default 100).' }) first?: number | null,
  ) {
    return listDeliveries(ctx, { webhookId, status, first });
  }
}
