import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { valuesCheck } from '../common/graphql-enum';
import { DateScalar } from '../common/date';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { ActivityKind } from './activity.enums';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { Placed } from '../placement/placement';
import { GeometryColumn } from '../geo/geometry-column';

/**
 * A field activity by a beneficiary in a colonia: the high-volume table. Every
 * write also updates `activity_daily_colonia` (statement-level triggers).
 */
@ObjectType({ description: 'A field activity carried out by a beneficiary in a colonia.' })
@Entity({ name: 'activity' })
@Index('activity_beneficiary_id_held_on_seq_key', ['beneficiaryId', 'heldOn', 'seq'], { unique: true })
@Index('activity_colonia_id_held_on_idx', ['coloniaId', 'heldOn'])
@Check('activity_kind_check', valuesCheck('kind', ActivityKind))
@Check('activity_counts_check', `"seq" >= 1 AND "people_reached" >= 0`)
export class Activity extends Placed('activity', { coloniaIndex: false }) {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;

  @Field(() => DateScalar)
  @Index('activity_held_on_idx')
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Field(() => Int, { description: "Order among the beneficiary's activities of that day, from 1." })
  @Column({ type: 'smallint' })
  seq: number;

  @Column({ name: 'beneficiary_id', type: 'integer' }) beneficiaryId: number;

  @ManyToOne(() => Beneficiary, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'beneficiary_id', foreignKeyConstraintName: 'activity_beneficiary_id_fkey' })
  beneficiary?: Beneficiary;

  @Field(() => ActivityKind) @Column({ type: 'varchar', length: 32 }) kind: ActivityKind;
  @Field(() => Int) @Column({ name: 'people_reached', type: 'integer' }) peopleReached: number;

  /** The sending system's id (the tabular intake's key when given); unique where set. */
  @Index('activity_external_id_key', { unique: true })
  @Column({ name: 'external_id', type: 'varchar', length: 64, nullable: true })
  externalId: string | null;

  /** The offline app's own id of the activity (recordActivities): a resent one is found, not created again. */
  @Field(() => String, { nullable: true, description: "The offline app's own id (recordActivities), a UUID." })
  @Index('activity_client_id_key', { unique: true })
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  /** Where it happened, when the app sent a point (WGS84); the colonia was located from it. */
  @GeometryColumn('activity', 'Point', { nullable: true }) location?: unknown;

  @RowVersion() version: number;
  @RowCreatedAt() createdAt: Date;
  @RowUpdatedAt() updatedAt: Date;
}
