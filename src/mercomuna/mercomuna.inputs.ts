import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { IsClave, IsPrintableName } from '../write/input-rules';
import { MercomunaPeriod, MercomunaPointKind } from './mercomuna.enums';

@InputType({ description: 'A new Mercomuna delivery point.' })
export class CreateMercomunaPointInput {
  @Field({ description: 'Unique key, e.g. MER-SD-131.' })
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
  @Field(() => MercomunaPeriod) period: MercomunaPeriod;
  @Field(() => MercomunaPointKind) kind: MercomunaPointKind;
}

@InputType({ description: 'Fields of a Mercomuna point to change; omitted fields stay as they are.' })
export class UpdateMercomunaPointInput {
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
  @Field(() => MercomunaPeriod, { nullable: true }) period?: MercomunaPeriod;
  @Field(() => MercomunaPointKind, { nullable: true }) kind?: MercomunaPointKind;
}
