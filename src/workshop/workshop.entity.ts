import { Check, Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Point } from 'geojson';
import { DateScalar } from '../common/date';
import { WorkshopModality } from './workshop.enums';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { Placed } from '../placement/placement';
import { ClaveColumn, IdColumn } from '../write/key-columns';
import { GeometryColumn } from '../geo/geometry-column';

/** A taller de planeación participativa held in a colonia. */
@ObjectType({
  description: 'A participatory-planning workshop (taller de planeación participativa) held for a colonia.',
})
@Entity({ name: 'workshop' })
@Index('workshop_colonia_id_held_on_idx', ['coloniaId', 'heldOn'])
@Check(
  'workshop_modality_check',
  `("modality" = 'PRESENCIAL' AND "location" IS NOT NULL) OR ("modality" = 'VIRTUAL' AND "location" IS NULL)`,
)
@Check('workshop_participants_check', `"participants" >= 0`)
export class Workshop extends Placed('workshop', { coloniaIndex: false }) {
  @IdColumn() id: number;

  @ClaveColumn('workshop', 'Stable key, e.g. TAL-2020-001.')
  clave: string;

  @Field(() => DateScalar) @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Field(() => WorkshopModality) @Column({ type: 'varchar', length: 12 }) modality: WorkshopModality;
  @Field(() => Int) @Column({ type: 'integer' }) participants: number;

  /** Venue; null for VIRTUAL workshops. */
  @GeometryColumn('workshop', 'Point', { nullable: true })
  location?: Point | null;

  @RowVersion() version: number;
  @RowCreatedAt() createdAt: Date;
  @RowUpdatedAt() updatedAt: Date;
}
