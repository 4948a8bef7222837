import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '../common/date';
import { CrimeCategory } from './crime-category';

/** The arguments of every `crime` field: a date window and a category, each optional. */
@ArgsType()
export class CrimeWindowArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Start of the window, inclusive (YYYY-MM-DD); omit for no start.',
  })
  from?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'End of the window, inclusive (YYYY-MM-DD); omit for no end. At most 10 years after from.',
  })
  to?: string;

  @Field(() => CrimeCategory, { nullable: true, description: 'Count only this category.' })
  category?: CrimeCategory;
}
