import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Point } from 'geojson';
import { DateScalar } from '../common/date';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { WorkshopModality } from './workshop.enums';
import { RowVersion } from '../write/row-version';

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
export class Workshop {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;

  @Field({ description: 'Stable key, e.g. TAL-2020-001.' })
  @Index('workshop_clave_key', { unique: true })
  @Column({ type: 'varchar', length: 24 })
  clave: string;

  @Column({ name: 'colonia_id', type: 'integer' }) coloniaId: number;

  @ManyToOne(() => Colonia, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'colonia_id', foreignKeyConstraintName: 'workshop_colonia_id_fkey' })
  colonia?: Colonia;

  @Index('workshop_territorial_id_idx')
  @Column({ name: 'territorial_id', type: 'integer' })
  territorialId: number;

  @ManyToOne(() => Territorial, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: 'workshop_territorial_id_fkey' })
  territorial?: Territorial;

  @Field(() => DateScalar) @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Field(() => WorkshopModality) @Column({ type: 'varchar', length: 12 }) modality: WorkshopModality;
  @Field(() => Int) @Column({ type: 'integer' }) participants: number;

  /** Venue; null for VIRTUAL workshops. */
  @Index('workshop_location_gist', { spatial: true })
  @Column({ type: 'geometry', spatialFeatureType: 'Point', srid: 4326, nullable: true, select: false })
  location?: Point | null;

  @RowVersion() version: number;
}
