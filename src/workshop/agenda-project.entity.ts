import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Agenda } from './agenda.entity';

/** A project of an agenda, in the agenda's order. */
@ObjectType({ description: 'A project that emanates from a colonia agenda.' })
@Entity({ name: 'agenda_project' })
@Index('agenda_project_agenda_id_position_key', ['agendaId', 'position'], { unique: true })
export class AgendaProject {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;

  @Column({ name: 'agenda_id', type: 'integer' }) agendaId: number;

  @ManyToOne(() => Agenda, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_id', foreignKeyConstraintName: 'agenda_project_agenda_id_fkey' })
  agenda?: Agenda;

  @Field(() => Int, { description: 'Order within the agenda, from 1.' }) @Column({ type: 'smallint' }) position: number;
  @Field() @Column({ type: 'varchar', length: 200 }) nombre: string;
}
