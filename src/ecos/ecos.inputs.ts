import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { IsClave, IsCount, IsPrintableName, IsProgramYear } from '../write/input-rules';

const COUNT_MAX = 100_000;
export const FACILITATORS_MAX = 50;

@InputType({ description: 'A new ECOS school.' })
export class CreateEcosSchoolInput {
  @Field({ description: 'Unique key, e.g. ECOS-2020-16.' })
  @IsClave()
  clave: string;

  @Field()
  @IsPrintableName()
  nombre: string;

  @Field(() => GeoJSONScalar, {
    description: 'A GeoJSON Point, WGS84 lon/lat, inside the alcaldía (and the colonia, when given).',
  })
  location: unknown;
  @Field(() => ID, {
    nullable: true,
    description: 'The colonia; when omitted, the one holding the location (PostGIS).',
  })
  coloniaId?: string | null;

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
export class UpdateEcosSchoolInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsClave()
  clave?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsPrintableName()
  nombre?: string;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'New location (a Point); without coloniaId the colonia follows it.',
  })
  location?: unknown;
  @Field(() => ID, { nullable: true }) coloniaId?: string;

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
