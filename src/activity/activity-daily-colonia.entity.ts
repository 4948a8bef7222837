import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';

/**
 * Activities and people reached per colonia and day: a rollup of `activity`
 * kept exact by statement-level triggers in the writing transaction (see the
 * program-data migration). Written only by those triggers; coverage reads it.
 */
@Entity({ name: 'activity_daily_colonia' })
@Index('activity_daily_colonia_colonia_id_day_key', ['coloniaId', 'day'], { unique: true })
export class ActivityDailyColonia {
  @PrimaryGeneratedColumn() id: number;

  @Column({ name: 'colonia_id', type: 'integer' }) coloniaId: number;

  @ManyToOne(() => Colonia, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'colonia_id', foreignKeyConstraintName: 'activity_daily_colonia_colonia_id_fkey' })
  colonia?: Colonia;

  @Index('activity_daily_colonia_territorial_id_idx')
  @Column({ name: 'territorial_id', type: 'integer' })
  territorialId: number;

  @ManyToOne(() => Territorial, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territorial_id', foreignKeyConstraintName: 'activity_daily_colonia_territorial_id_fkey' })
  territorial?: Territorial;

  @Index('activity_daily_colonia_day_idx') @Column({ type: 'date' }) day: string;
  @Column({ type: 'integer' }) activities: number;
  @Column({ name: 'people_reached', type: 'integer' }) peopleReached: number;
}
