import { ArgsType, Field } from 'type-graphql';
import { DateWindowArgs } from '../common/date-window.args';
import { CrimeCategory } from './crime-category';

/** The arguments of every `crime` field: a date window (from/to, or year) and a category, each optional. */
@ArgsType()
export class CrimeWindowArgs extends DateWindowArgs {
  @Field(() => CrimeCategory, { nullable: true, description: 'Count only this category.' })
  category?: CrimeCategory;
}
