import { Column } from 'typeorm';
import { Field, Int } from 'type-graphql';
export const ROW_VERSION_DESCRIPTION = 'Row version for optimistic concurrency: 1 when created, +1 on every update. Pass it back to update or delete; a stale one is refused (CONFLICT).';
/**
 * The `version` column of every writable entity (migration 1764300000000):
 * in the GraphQL type and in the table, one decorator so they cannot drift.
 */
export function RowVersion() {
    return (target, propertyKey) => {
        Field(() => Int, { description: ROW_VERSION_DESCRIPTION })(target, propertyKey);
        Column({ type: 'integer', default: 1 })(target, propertyKey);
    };
}
