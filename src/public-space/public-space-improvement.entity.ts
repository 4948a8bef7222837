import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { valuesCheck } from '../common/graphql-enum';
import type { Geometry } from 'geojson';
import { DateScalar } from '../common/date';
import { PublicSpaceKindRow } from './public-space-kind.entity';
import { ImprovementStatus, PublicSpaceKind } from './public-space.enums';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { Placed } from '../placement/placement';
import { ClaveColumn, IdColumn } from '../write/key-columns';
import { GeometryColumn } from '../geo/geometry-column';

/** A public-space improvement: a route, a street, a park complex, a hand-washing station, a water-truck stop. */
@ObjectType({
  description: 'A public-space improvement (camino, ludicalle, utopía, lavamanos, pipa de agua) in a colonia.',
})
@Entity({ name: 'public_space_improvement' })
@Index('public_space_improvement_colonia_id_built_on_idx', ['coloniaId', 'builtOn'])
@Check('public_space_improvement_status_check', valuesCheck('status', ImprovementStatus))
@Check('public_space_improvement_geom_check', `public_space_geometry_fits("kind", "geom")`)
export class PublicSpaceImprovement extends Placed('public_space_improvement', { coloniaIndex: false }) {
  @IdColumn() id: number;

  @ClaveColumn('public_space_improvement', 'Stable key, e.g. CAM-2020-001.')
  clave: string;

  @Field() @Column({ type: 'varchar', length: 160 }) nombre: string;

  @Field(() => PublicSpaceKind)
  @Index('public_space_improvement_kind_idx')
  @Column({ type: 'varchar', length: 32 })
  kind: PublicSpaceKind;

  @ManyToOne(() => PublicSpaceKindRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind', foreignKeyConstraintName: 'public_space_improvement_kind_fkey' })
  kindRow?: PublicSpaceKindRow;

  @GeometryColumn('public_space_improvement', 'Geometry')
  geom?: Geometry;

  @Field(() => DateScalar, { description: 'Date built (or opened).' })
  @Column({ name: 'built_on', type: 'date' })
  builtOn: string;
  @Field(() => ImprovementStatus) @Column({ type: 'varchar', length: 12 }) status: ImprovementStatus;

  @RowVersion() version: number;
  @RowCreatedAt() createdAt: Date;
  @RowUpdatedAt() updatedAt: Date;
}
