import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../common/graphql-enum';
import { connectionTypes } from '../common/pagination';
import { WEBHOOK_DELIVERY_STATUSES } from '../../migrations/1796662466015-webhooks';
import { Change, ChangeTable } from './feed.types';

export const WebhookDeliveryStatus = defineEnum('WebhookDeliveryStatus', WEBHOOK_DELIVERY_STATUSES, {
  description: 'Where a webhook delivery stands.',
  valuesConfig: {
    PENDING: {
      description:
        'Not delivered yet: due (first attempt or a retry after its backoff), or waiting for an earlier change of its row.',
    },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: {
      description:
        'Given up after the last attempt; the row’s later changes wait. `updateWebhook(retryFailed: true)` sends it again.',
    },
  },
});
export type WebhookDeliveryStatus = EnumValue<typeof WebhookDeliveryStatus>;

@ObjectType({ description: 'How many of a webhook’s deliveries stand where.' })
export class WebhookDeliveryCounts {
  @Field(() => Int) pending: number;
  @Field(() => Int) delivered: number;
  @Field(() => Int) failed: number;
}

@ObjectType({
  description:
    'A URL the change feed is POSTed to, one change per request, signed (X-Territorio-Signature: sha256=HMAC of the ' +
    'body under its secret). The secret is never shown.',
})
export class Webhook {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => [ChangeTable], { description: 'The tables it follows.' }) tables: ChangeTable[];
  @Field({ description: 'Who registered it (token subject or API key).' }) createdBy: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => WebhookDeliveryCounts) deliveries: WebhookDeliveryCounts;
  @Field(() => Date, { nullable: true, description: 'When a delivery last succeeded.' })
  lastDeliveredAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The last failed attempt’s reason (HTTP status, timeout, connection).',
  })
  lastError: string | null;
  @Field(() => Date, { nullable: true, description: 'When that attempt failed.' })
  lastErrorAt: Date | null;
}

@ObjectType({ description: 'One change queued for one webhook, with its attempts.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also the X-Territorio-Delivery header: the same on every attempt.' }) id: number;
  @Field(() => ID) webhookId: string;
  @Field(() => WebhookDeliveryStatus) status: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts: number;
  @Field(() => Change, { description: 'The change, as the request body carries it.' }) change: Change;
  @Field(() => Date, { description: 'When it was queued.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'PENDING: when it is due next.' }) nextAttemptAt: Date | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer (none: no answer).' })
  lastStatus: number | null;
  @Field(() => String, { nullable: true, description: 'The last failed attempt’s reason.' }) lastError: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
}

export const WebhookDeliveryConnection = connectionTypes('WebhookDelivery', WebhookDelivery);

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID, { nullable: true, description: 'Only this webhook’s deliveries (unknown: BAD_USER_INPUT).' })
  webhookId?: string | null;

  @Field(() => WebhookDeliveryStatus, {
    nullable: true,
    description: 'Only deliveries in this status (FAILED: the failures).',
  })
  status?: WebhookDeliveryStatus | null;
}

@InputType({ description: 'A new webhook.' })
export class CreateWebhookInput {
  @Field({ description: 'Where to POST: an http:// or https:// URL, without credentials or #fragment.' })
  url: string;

  @Field({ description: 'The HMAC-SHA256 key of the signature (16–200 characters); never shown again.' })
  secret: string;

  @Field(() => [ChangeTable], { description: 'The tables to follow (at least one).' })
  tables: ChangeTable[];

  @Field(() => String, {
    nullable: true,
    description:
      'Start after this change-feed cursor (`changesCursor` or an `endCursor` of `changes`); none: the changes ' +
      'committed from now on.',
  })
  after?: string | null;
}

@InputType({ description: 'What to change of a webhook; omitted fields stay as they are.' })
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) secret?: string | null;

  @Field(() => [ChangeTable], {
    nullable: true,
    description: 'The tables to follow from now on (changes already queued are still delivered).',
  })
  tables?: ChangeTable[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Send its FAILED deliveries again, with a fresh set of attempts (after fixing the receiver).',
  })
  retryFailed?: boolean | null;
}
