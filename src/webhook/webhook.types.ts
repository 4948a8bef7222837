import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../common/graphql-enum';
import { ChangeOperation, ChangeTable } from '../feed/feed.types';

export const WebhookDeliveryStatus = defineEnum('WebhookDeliveryStatus', ['PENDING', 'DELIVERED', 'FAILED'], {
  description:
    'PENDING: queued or being retried; DELIVERED: the receiver answered 2xx; FAILED: gave up after WEBHOOK_MAX_ATTEMPTS.',
});
export type WebhookDeliveryStatus = EnumValue<typeof WebhookDeliveryStatus>;

@InputType({ description: 'A webhook: where changes of which tables are POSTed, and the secret that signs them.' })
export class CreateWebhookInput {
  @Field({ description: 'http:// or https:// URL, no credentials in it.' }) url: string;
  @Field({
    description: 'Shared secret (16–200 characters) for the Territorio-Signature header. Never shown again.',
  })
  secret: string;
  @Field(() => [ChangeTable], { description: 'The tables to follow (at least one).' }) tables: ChangeTable[];
}

@ObjectType({ description: 'Deliveries of a webhook by status.' })
export class WebhookCounts {
  @Field(() => Int) pending: number;
  @Field(() => Int) delivered: number;
  @Field(() => Int) failed: number;
}

@ObjectType({ description: 'A webhook subscription (ADMIN). Its secret is never shown.' })
export class Webhook {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => [ChangeTable]) tables: ChangeTable[];
  @Field(() => Date) createdAt: Date;
  @Field() createdBy: string;
  @Field(() => WebhookCounts) deliveries: WebhookCounts;
}

@ObjectType({ description: 'One change queued for one webhook, and how its delivery went.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also sent as the Territorio-Delivery header (the same on every retry).' })
  id: string;
  @Field(() => ID) webhookId: string;
  @Field(() => ChangeTable) table: ChangeTable;
  @Field(() => ID) rowId: string;
  @Field(() => Int) version: number;
  @Field(() => ChangeOperation) operation: ChangeOperation;
  @Field(() => WebhookDeliveryStatus) status: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts: number;
  @Field(() => Date, { description: 'When it is (or was) due next.' }) nextAttemptAt: Date;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt (none: no answer).' })
  lastStatus: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' }) lastError: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
}
