import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { IsClave, IsCount, IsProgramYear } from '../write/input-rules';
import { NamedPointChange, NewNamedPoint } from '../write/placement-inputs';

const COUNT_MAX = 100_000;
export const FACILITATORS_MAX = 50;

@InputType({ description: 'A new ECOS school.' })
export class CreateEcosSchoolInput extends NewNamedPoint {
  @Field({ description: 'Unique key, e.g. ECOS-2020-16.' })
  @IsClave()
  clave: string;

  @Field(() => Int)
  @IsProgramYear()
  programYear: number;

  @Field(() => Int)
  @IsCount(COUNT_MAX, 'sessions')
  sessions: number;
  @Field(() => Int)
  @IsCount(COUNT_MAX, 'participants')
  participants: number;

  @Field(() => [ID], { nullable: true, description: `Beneficiaries facilitating it (at most ${FACILITATORS_MAX}).` })
  @IsOptional()
  @ArrayMaxSize(FACILITATORS_MAX, { message: `facilitatorIds must list at most ${FACILITATORS_MAX} beneficiaries` })
  facilitatorIds?: string[] | null;
}

@InputType({ description: 'Fields of an ECOS school to change; `facilitatorIds`, when given, replaces the list.' })
export class UpdateEcosSchoolInput extends NamedPointChange {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsProgramYear()
  programYear?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount(COUNT_MAX, 'sessions')
  sessions?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount(COUNT_MAX, 'participants')
  participants?: number;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FACILITATORS_MAX, { message: `facilitatorIds must list at most ${FACILITATORS_MAX} beneficiaries` })
  facilitatorIds?: string[] | null;
}
