import { Field, ID, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../common/graphql-enum';
import { FEED_TABLES } from '../../migrations/1766500000000-change-feed';

type FeedTableName = (typeof FEED_TABLES)[number];

/** The tables the feed follows, as GraphQL names them: `ecos_school` → ECOS_SCHOOL. */
export const ChangeTable = defineEnum(
  'ChangeTable',
  FEED_TABLES.map((t) => t.toUpperCase() as Uppercase<FeedTableName>),
  { description: 'A table the change feed follows (its SQL name upper-cased).' },
);
export type ChangeTable = EnumValue<typeof ChangeTable>;

export const ChangeOperation = defineEnum('ChangeOperation', ['CREATE', 'UPDATE', 'DELETE'], {
  description: 'What happened to the row.',
});
export type ChangeOperation = EnumValue<typeof ChangeOperation>;

@ObjectType({
  description:
    'One row created, updated or deleted, as the change feed records it: which row and its version, no row data. ' +
    'Read the row itself through its query (with your role’s rights) to get its fields.',
})
export class Change {
  @Field(() => ChangeTable) table: ChangeTable;
  @Field(() => ID, { description: 'The row’s id in its table.' }) id: string;
  @Field(() => Int, { description: 'The row’s version after the change (for DELETE: the version deleted).' })
  version: number;
  @Field(() => ChangeOperation) operation: ChangeOperation;
  @Field(() => Date, { description: 'When it was written (transaction time).' }) at: Date;
  @Field({
    description:
      'The role of the writer: ADMIN or OPERATOR through the API; SYSTEM for the importer, the demo seed and SQL run directly.',
  })
  role: string;
}

@ObjectType({ description: 'A page of the change feed.' })
export class ChangePage {
  @Field(() => [Change], { description: 'In commit order (by transaction, then by statement within it).' })
  changes: Change[];

  @Field({
    description:
      'Where to resume: pass it as `after` next time. Signed and bound to this database; with no changes, the cursor given.',
  })
  endCursor: string;

  @Field({ description: 'More finished changes follow: ask again at once with endCursor.' })
  hasMore: boolean;
}
