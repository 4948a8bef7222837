import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { valuesCheck } from '../common/graphql-enum';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AuditEntity, AuditOperation } from './audit.enums';

/**
 * One write, recorded in the transaction that made it: who, when, what
 * (operation, entity, id) and the changed fields as `{ field: { before, after } }`
 * (before is null on CREATE, after is null on DELETE).
 */
@ObjectType({
  description: 'An audit-trail entry: one write to one row, recorded in the same transaction as the write.',
})
@Entity({ name: 'audit_log' })
@Index('audit_log_entity_entity_id_at_idx', ['entity', 'entityId', 'at'])
@Check('audit_log_operation_check', valuesCheck('operation', AuditOperation))
export class AuditEntry {
  /** bigserial: pg returns it as a string (exact); the service reads it as a number, far below 2^53. */
  @Field(() => ID) @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;

  @Field(() => Date, { description: 'When the write was committed (transaction time).' })
  @Index('audit_log_at_idx')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field({ description: 'Who wrote: the token subject, api-key:<name>, or cli:<os user> for the import command.' })
  @Column({ type: 'varchar', length: 160 })
  actor: string;

  @Field(() => AuditOperation) @Column({ type: 'varchar', length: 8 }) operation: AuditOperation;
  @Field(() => AuditEntity) @Column({ type: 'varchar', length: 40 }) entity: string;
  @Field(() => ID) @Column({ name: 'entity_id', type: 'integer' }) entityId: number;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }; geometry as GeoJSON.' })
  @Column({ type: 'jsonb' })
  changes: Record<string, { before: unknown; after: unknown }>;
}
