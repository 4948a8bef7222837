import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date';
import { defineEnum, type EnumValue } from '../common/graphql-enum';
import { ActivityKind } from './activity.enums';

/** Most activities one recordActivities call takes (an offline app sends more in several calls). */
export const RECORD_ACTIVITIES_MAX = 1000;

@InputType({
  description:
    'A field activity captured by an offline app. Exactly one of `coloniaId` and the point (`lon`, `lat`) says where; ' +
    'a point is stored and its colonia located (the most specific unit holding it).',
})
export class RecordActivityInput {
  @Field({
    description:
      "The app's own id of the activity: a UUID it generates once. Sent again (a retried batch) it creates nothing twice.",
  })
  clientId: string;

  @Field(() => DateScalar) heldOn: string;
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field(() => Int, { description: 'People reached, 0 or more.' }) peopleReached: number;

  @Field(() => ID, { nullable: true, description: 'Where it was carried out (or give the point instead).' })
  coloniaId?: string | null;

  @Field(() => Float, { nullable: true, description: 'WGS84 longitude of where it happened (with lat).' })
  lon?: number | null;

  @Field(() => Float, { nullable: true, description: 'WGS84 latitude of where it happened (with lon).' })
  lat?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: "Who carried it out: required for OPERATOR and ADMIN; a FACILITATOR's is its own (leave it out).",
  })
  beneficiaryId?: string | null;
}

export const RecordActivityStatus = defineEnum('RecordActivityStatus', ['CREATED', 'DUPLICATE', 'REFUSED'], {
  description:
    'CREATED now; DUPLICATE: an activity with this clientId and the same content exists (a resend), nothing written; ' +
    'REFUSED: not written, see code, argument and message.',
});
export type RecordActivityStatus = EnumValue<typeof RecordActivityStatus>;

@ObjectType({ description: 'What became of one activity of a recordActivities call (in the order sent).' })
export class RecordActivityResult {
  @Field({ description: 'The clientId as sent.' }) clientId: string;
  @Field(() => RecordActivityStatus) status: RecordActivityStatus;
  @Field(() => ID, { nullable: true, description: 'The activity (CREATED or DUPLICATE).' }) id: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'REFUSED: BAD_USER_INPUT, FORBIDDEN or CONFLICT (the clientId exists with other content).',
  })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'REFUSED: the input field at fault.' }) argument: string | null;
  @Field(() => String, { nullable: true, description: 'REFUSED: what is wrong.' }) message: string | null;
}

@ArgsType()
export class MyActivitiesArgs {
  @Field(() => DateScalar, { nullable: true, description: 'From this date, inclusive (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Up to this date, inclusive (YYYY-MM-DD).' })
  to?: string | null;
}
