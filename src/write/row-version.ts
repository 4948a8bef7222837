import { Column } from 'typeorm';
import { Field, Int } from 'type-graphql';

export const ROW_VERSION_DESCRIPTION =
  'Row version for optimistic concurrency: 1 when created, +1 on every update. Pass it back to update or delete; a stale one is refused (CONFLICT).';

/**
 * The `version` column of every writable entity (migration 1764300000000):
 * in the GraphQL type and in the table, one decorator so they cannot drift.
 */
export function RowVersion(): PropertyDecorator {
  return (target, propertyKey) => {
    Field(() => Int, { description: ROW_VERSION_DESCRIPTION })(target, propertyKey);
    Column({ type: 'integer', default: 1 })(target, propertyKey);
  };
}

/**
 * `createdAt` / `updatedAt` of every versioned entity (migration 1766500000000): set by the
 * database (column default; a BEFORE UPDATE trigger for `updated_at`), whoever writes.
 */
export function RowCreatedAt(): PropertyDecorator {
  return (target, propertyKey) => {
    Field(() => Date, { description: 'When the row was created (transaction time).' })(target, propertyKey);
    Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })(target, propertyKey);
  };
}

export function RowUpdatedAt(): PropertyDecorator {
  return (target, propertyKey) => {
    Field(() => Date, {
      description:
        'When the row was last created or updated (transaction time). For a gap-free sync follow `changes` instead: a transaction that commits late carries its start time.',
    })(target, propertyKey);
    Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })(target, propertyKey);
  };
}
