import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { DateScalar } from '../common/date';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { IsClave, IsCount, IsProgramYear, PRINTABLE } from '../write/input-rules';
import { AgendaStatus, WorkshopModality } from './workshop.enums';

const PARTICIPANTS_MAX = 100_000;
export const AGENDA_PROJECTS_MAX = 20;

/** An agenda's project names: registered in the order stacked `@ArrayMaxSize @Length @Matches` would be. */
function IsProjectList(): PropertyDecorator {
  return (target, key) => {
    Matches(PRINTABLE, { each: true, message: 'projects must each be printable text' })(target, key);
    Length(3, 200, { each: true, message: 'projects must each be 3 to 200 characters' })(target, key);
    ArrayMaxSize(AGENDA_PROJECTS_MAX, { message: `projects must list at most ${AGENDA_PROJECTS_MAX} projects` })(
      target,
      key,
    );
  };
}

@InputType({
  description: 'A new workshop. PRESENCIAL needs a location (a Point); VIRTUAL needs a coloniaId and no location.',
})
export class CreateWorkshopInput {
  @Field({ description: 'Unique key, e.g. TAL-2020-077.' })
  @IsClave()
  clave: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The colonia; when omitted, the one holding the location (PostGIS).',
  })
  coloniaId?: string | null;
  @Field(() => DateScalar) heldOn: string;
  @Field(() => WorkshopModality) modality: WorkshopModality;

  @Field(() => Int)
  @IsCount(PARTICIPANTS_MAX, 'participants')
  participants: number;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'Venue: a GeoJSON Point, WGS84 lon/lat, inside the alcaldía (and the colonia, when given).',
  })
  location?: unknown;
}

@InputType({ description: 'Fields of a workshop to change; omitted fields stay as they are.' })
export class UpdateWorkshopInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsClave()
  clave?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Moving a workshop with a venue: the venue must lie in the new colonia.',
  })
  coloniaId?: string;
  @Field(() => DateScalar, { nullable: true }) heldOn?: string;
  @Field(() => WorkshopModality, { nullable: true, description: 'Changing to VIRTUAL clears the location.' })
  modality?: WorkshopModality;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount(PARTICIPANTS_MAX, 'participants')
  participants?: number;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'New venue (a Point); without coloniaId the colonia follows the venue.',
  })
  location?: unknown;
}

@InputType({ description: 'A new agenda: one per colonia and program year.' })
export class CreateAgendaInput {
  @Field({ description: 'Unique key, e.g. ADL-2020-039.' })
  @IsClave()
  clave: string;

  @Field(() => ID) coloniaId: string;

  @Field(() => Int)
  @IsProgramYear()
  programYear: number;

  @Field(() => AgendaStatus) status: AgendaStatus;

  @Field(() => [String], {
    nullable: true,
    description: `Projects in order (at most ${AGENDA_PROJECTS_MAX}, 3–200 characters each).`,
  })
  @IsOptional()
  @IsProjectList()
  projects?: string[] | null;
}

@InputType({ description: 'Fields of an agenda to change; `projects`, when given, replaces the list.' })
export class UpdateAgendaInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsClave()
  clave?: string;

  @Field(() => ID, { nullable: true }) coloniaId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsProgramYear()
  programYear?: number;

  @Field(() => AgendaStatus, { nullable: true }) status?: AgendaStatus;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsProjectList()
  projects?: string[] | null;
}
