import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import { listQuery } from '../common/list-query';
import type { RequestContext } from '../common/request-context';
import type { ClassType } from '../module';
import { WebhookService } from './webhook.service';
import {
  CreateWebhookInput,
  UpdateWebhookInput,
  Webhook,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
} from './webhook.types';

@Resolver()
export class WebhookResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [Webhook], {
    description: 'The webhooks (ADMIN), by id, with how many deliveries are pending, delivered and failed.',
  })
  webhooks(@Ctx() ctx: RequestContext): Promise<Webhook[]> {
    return WebhookService.list(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Webhook, {
    description:
      'Registers a webhook (ADMIN): every change of its tables is POSTed to its URL as JSON, at least once, signed, ' +
      'in order per row, retried with backoff until delivered (see the README, Webhooks).',
  })
  createWebhook(@Ctx() ctx: RequestContext, @Arg('input') input: CreateWebhookInput): Promise<Webhook> {
    return WebhookService.create(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Webhook, {
    description: 'Changes a webhook (ADMIN); `retryFailed` sends its FAILED deliveries again.',
  })
  updateWebhook(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateWebhookInput,
  ): Promise<Webhook> {
    return WebhookService.update(ctx, id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID, { description: 'Removes a webhook and the deliveries not made yet (ADMIN). Returns the id.' })
  deleteWebhook(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return WebhookService.delete(ctx, id);
  }
}

export const webhookResolvers: readonly ClassType[] = [
  WebhookResolver,
  listQuery(WebhookDeliveryConnection, WebhookDeliveriesArgs, WebhookService.deliveries, {
    name: 'webhookDeliveries',
    description:
      'Webhook deliveries (ADMIN), oldest first, a page at a time: each change queued for a webhook, its status, ' +
      'attempts and last failure. `status: FAILED` lists the failures.',
    role: Role.ADMIN,
  }),
];
