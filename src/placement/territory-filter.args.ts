import { ArgsType, Field, ID } from 'type-graphql';
import { DateScalar } from '../common/date';

/** Filters by territory shared by the program's lists; unknown ids are BAD_USER_INPUT. */
@ArgsType()
export class TerritoryFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only within this territorial.' })
  territorialId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only within this colonia.' })
  coloniaId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only rows created or updated at or after this time (`updatedAt`). For a sync with no gaps follow `changes` instead.',
  })
  updatedSince?: Date | null;
}

/** Territory filters plus an inclusive date window. */
@ArgsType()
export class TerritoryDateFilterArgs extends TerritoryFilterArgs {
  @Field(() => DateScalar, { nullable: true, description: 'From this date, inclusive (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Up to this date, inclusive (YYYY-MM-DD).' })
  to?: string | null;
}
