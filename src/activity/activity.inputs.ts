import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '../common/date';
import { IsCount, IsIntBetween } from '../write/input-rules';
import { ActivityKind } from './activity.enums';

export const PEOPLE_MAX = 10_000;
const SEQ_MAX = 50;

@InputType({
  description: "A new field activity. Its colonia defaults to the beneficiary's; its territorial is the colonia's.",
})
export class CreateActivityInput {
  @Field(() => DateScalar) heldOn: string;
  @Field(() => ID) beneficiaryId: string;
  @Field(() => ID, { nullable: true, description: "Where it was carried out; default the beneficiary's colonia." })
  coloniaId?: string | null;
  @Field(() => ActivityKind) kind: ActivityKind;

  @Field(() => Int)
  @IsCount(PEOPLE_MAX, 'peopleReached')
  peopleReached: number;

  @Field(() => Int, {
    nullable: true,
    description: "Order among the beneficiary's activities that day; default the next one.",
  })
  @IsOptional()
  @IsIntBetween(1, SEQ_MAX, 'seq')
  seq?: number | null;
}

@InputType({ description: 'Fields of an activity to change; omitted fields stay as they are.' })
export class UpdateActivityInput {
  @Field(() => DateScalar, { nullable: true }) heldOn?: string;
  @Field(() => ID, { nullable: true }) coloniaId?: string;
  @Field(() => ActivityKind, { nullable: true }) kind?: ActivityKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount(PEOPLE_MAX, 'peopleReached')
  peopleReached?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIntBetween(1, SEQ_MAX, 'seq')
  seq?: number;
}
