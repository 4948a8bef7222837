import { ArgsType, Field, ID } from 'type-graphql';
import { TerritoryDateFilterArgs } from '../placement/territory-filter.args';
import { ActivityKind } from './activity.enums';

@ArgsType()
export class ActivityFilterArgs extends TerritoryDateFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only activities of this beneficiary.' }) beneficiaryId?:
    string | null;
  @Field(() => ActivityKind, { nullable: true }) kind?: ActivityKind | null;
}
