import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { IsClave, IsPrintableName } from './input-rules';

/**
 * Input fields shared by the mutations of named, placed rows (ECOS schools,
 * Mercomuna points, improvements), declared once: abstract input types that
 * the modules' inputs extend (unreferenced, they add no type to the schema).
 */

/** `clave` and `nombre` of a named row, each changed only when given. */
@InputType()
export abstract class NamedRowChange {
  @Field({ nullable: true })
  @IsOptional()
  @IsClave()
  clave?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsPrintableName()
  nombre?: string;
}

/** A new named row at a point: its `nombre`, its location and (optionally) its colonia. */
@InputType()
export abstract class NewNamedPoint {
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
}

/** Changes of a named row at a point: a new location moves its colonia unless one is given. */
@InputType()
export abstract class NamedPointChange extends NamedRowChange {
  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'New location (a Point); without coloniaId the colonia follows it.',
  })
  location?: unknown;

  @Field(() => ID, { nullable: true }) coloniaId?: string;
}
