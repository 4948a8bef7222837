import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../common/date';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { IsClave, IsPrintableName } from '../write/input-rules';
import { NamedRowChange } from '../write/placement-inputs';
import { ImprovementStatus, PublicSpaceKind } from './public-space.enums';

@InputType({ description: 'A new public-space improvement. Its geometry type follows its kind (see PublicSpaceKind).' })
export class CreateImprovementInput {
  @Field({ description: 'Unique key, e.g. CAM-2020-121.' })
  @IsClave()
  clave: string;

  @Field()
  @IsPrintableName()
  nombre: string;

  @Field(() => PublicSpaceKind) kind: PublicSpaceKind;

  @Field(() => GeoJSONScalar, {
    description:
      'GeoJSON, WGS84 lon/lat: a LineString for caminos and ludicalles, a Point or Polygon for utopías, a Point for lavamanos and pipas.',
  })
  geometry: unknown;

  @Field(() => ID, {
    nullable: true,
    description: 'The colonia; when omitted, the one holding most of the geometry (PostGIS).',
  })
  coloniaId?: string | null;
  @Field(() => DateScalar) builtOn: string;
  @Field(() => ImprovementStatus) status: ImprovementStatus;
}

@InputType({ description: 'Fields of an improvement to change; omitted fields stay as they are.' })
export class UpdateImprovementInput extends NamedRowChange {
  @Field(() => PublicSpaceKind, { nullable: true, description: 'The current or new geometry must fit the new kind.' })
  kind?: PublicSpaceKind;
  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'New geometry; without coloniaId the colonia follows it.',
  })
  geometry?: unknown;
  @Field(() => ID, { nullable: true }) coloniaId?: string;
  @Field(() => DateScalar, { nullable: true }) builtOn?: string;
  @Field(() => ImprovementStatus, { nullable: true }) status?: ImprovementStatus;
}
