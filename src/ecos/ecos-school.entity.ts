import { Check, Column, Entity } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Point } from 'geojson';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { Placed } from '../placement/placement';
import { ClaveColumn, IdColumn } from '../write/key-columns';
import { GeometryColumn } from '../geo/geometry-column';

/** An Escuela de Ciudadanía y Organización Social comunitaria. */
@ObjectType({
  description: 'An ECOS: Escuela de Ciudadanía y Organización Social comunitaria, run by trained facilitators.',
})
@Entity({ name: 'ecos_school' })
@Check('ecos_school_counts_check', `"sessions" >= 0 AND "participants" >= 0`)
export class EcosSchool extends Placed('ecos_school') {
  @IdColumn() id: number;

  @ClaveColumn('ecos_school', 'Stable key, e.g. ECOS-2020-01.')
  clave: string;

  @Field() @Column({ type: 'varchar', length: 160 }) nombre: string;

  @GeometryColumn('ecos_school', 'Point')
  location?: Point;

  @Field(() => Int) @Column({ name: 'program_year', type: 'smallint' }) programYear: number;
  @Field(() => Int, { description: 'Sessions held.' }) @Column({ type: 'integer' }) sessions: number;
  @Field(() => Int, { description: 'People who took part.' }) @Column({ type: 'integer' }) participants: number;

  @RowVersion() version: number;
  @RowCreatedAt() createdAt: Date;
  @RowUpdatedAt() updatedAt: Date;
}
