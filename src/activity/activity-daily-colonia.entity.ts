import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Placed } from '../placement/placement';

/**
 * Activities and people reached per colonia and day: a rollup of `activity`
 * kept exact by statement-level triggers in the writing transaction (see the
 * program-data migration). Written only by those triggers; coverage reads it.
 */
@Entity({ name: 'activity_daily_colonia' })
@Index('activity_daily_colonia_colonia_id_day_key', ['coloniaId', 'day'], { unique: true })
export class ActivityDailyColonia extends Placed('activity_daily_colonia', { coloniaIndex: false }) {
  @PrimaryGeneratedColumn() id: number;

  @Index('activity_daily_colonia_day_idx') @Column({ type: 'date' }) day: string;
  @Column({ type: 'integer' }) activities: number;
  @Column({ name: 'people_reached', type: 'integer' }) peopleReached: number;
}
