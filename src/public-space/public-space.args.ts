import { ArgsType, Field } from 'type-graphql';
import { TerritoryDateFilterArgs } from '../placement/territory-filter.args';
import { ImprovementStatus, PublicSpaceKind } from './public-space.enums';

@ArgsType()
export class ImprovementFilterArgs extends TerritoryDateFilterArgs {
  @Field(() => PublicSpaceKind, { nullable: true }) kind?: PublicSpaceKind | null;
  @Field(() => ImprovementStatus, { nullable: true }) status?: ImprovementStatus | null;
}
