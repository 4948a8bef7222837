import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Point } from 'geojson';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { MercomunaPeriod, MercomunaPointKind } from './mercomuna.enums';
import { RowVersion } from '../write/row-version';

/** A Mercomuna (emergency food support) delivery point. */
@ObjectType({ description: 'A Mercomuna delivery point (food support during the pandemic).' })
@Entity({ name: 'mercomuna_point' })
@Check('mercomuna_point_period_check', `"period" IN ('APR_MAY', 'SEP_DEC')`)
@Check('mercomuna_point_kind_check', `"kind" IN ('LECHERIA_LICONSA', 'OTHER')`)
export class MercomunaPoint {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;

  @Field({ description: 'Stable key, e.g. MER-AM-001.' })
  @Index('mercomuna_point_clave_key', { unique: true })
  @Column({ type: 'varchar', length: 24 })
  clave: string;

  @Field() @Column({ type: 'varchar', length: 160 }) nombre: string;

  @Index('mercomuna_point_location_gist', { spatial: true })
  @Column({ type: 'geometry', spatialFeatureType: 'Point', srid: 4326, select: false })
  location?: Point;

  @Field(() => MercomunaPeriod) @Column({ type: 'varchar', length: 8 }) period: MercomunaPeriod;
  @Field(() => MercomunaPointKind) @Column({ type: 'varchar', length: 20 }) kind: MercomunaPointKind;

  @Index('mercomuna_point_colonia_id_idx')
  @Column({ name: 'colonia_id', type: 'integer' })
  coloniaId: number;

  @ManyToOne(() => Colonia, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'colonia_id', foreignKeyConstraintName: 'mercomuna_point_colonia_id_fkey' })
  colonia?: Colonia;

  @Index('mercomuna_point_territorial_id_idx')
  @Column({ name: 'territorial_id', type: 'integer' })
  territorialId: number;

  @ManyToOne(() => Territorial, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: 'mercomuna_point_territorial_id_fkey' })
  territorial?: Territorial;

  @RowVersion() version: number;
}
