import { Check, Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { valuesCheck } from '../common/graphql-enum';
import type { Point } from 'geojson';
import { MercomunaPeriod, MercomunaPointKind } from './mercomuna.enums';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { Placed } from '../placement/placement';
import { ClaveColumn, IdColumn } from '../write/key-columns';
import { GeometryColumn } from '../geo/geometry-column';

/** A Mercomuna (emergency food support) delivery point. */
@ObjectType({ description: 'A Mercomuna delivery point (food support during the pandemic).' })
@Entity({ name: 'mercomuna_point' })
@Check('mercomuna_point_period_check', valuesCheck('period', MercomunaPeriod))
@Check('mercomuna_point_kind_check', valuesCheck('kind', MercomunaPointKind))
export class MercomunaPoint extends Placed('mercomuna_point') {
  @IdColumn() id: number;

  @ClaveColumn('mercomuna_point', 'Stable key, e.g. MER-AM-001.')
  clave: string;

  @Field() @Column({ type: 'varchar', length: 160 }) nombre: string;

  @GeometryColumn('mercomuna_point', 'Point')
  location?: Point;

  @Field(() => MercomunaPeriod) @Column({ type: 'varchar', length: 8 }) period: MercomunaPeriod;
  @Field(() => MercomunaPointKind) @Column({ type: 'varchar', length: 20 }) kind: MercomunaPointKind;

  @RowVersion() version: number;
  @RowCreatedAt() createdAt: Date;
  @RowUpdatedAt() updatedAt: Date;
}
