import { ArgsType, Field } from 'type-graphql';
import { TerritoryFilterArgs } from '../placement/territory-filter.args';
import { MercomunaPeriod, MercomunaPointKind } from './mercomuna.enums';

@ArgsType()
export class MercomunaFilterArgs extends TerritoryFilterArgs {
  @Field(() => MercomunaPeriod, { nullable: true }) period?: MercomunaPeriod | null;
  @Field(() => MercomunaPointKind, { nullable: true }) kind?: MercomunaPointKind | null;
}
