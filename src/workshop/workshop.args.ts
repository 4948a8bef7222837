import { ArgsType, Field, Int } from 'type-graphql';
import { TerritoryDateFilterArgs, TerritoryFilterArgs } from '../placement/territory-filter.args';
import { AgendaStatus, WorkshopModality } from './workshop.enums';

@ArgsType()
export class WorkshopFilterArgs extends TerritoryDateFilterArgs {
  @Field(() => WorkshopModality, { nullable: true }) modality?: WorkshopModality | null;
}

@ArgsType()
export class AgendaFilterArgs extends TerritoryFilterArgs {
  @Field(() => AgendaStatus, { nullable: true }) status?: AgendaStatus | null;
  @Field(() => Int, { nullable: true }) programYear?: number | null;
}
