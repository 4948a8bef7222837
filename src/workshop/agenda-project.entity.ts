import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { foreignKey } from '../db/foreign-key';
import { Agenda } from './agenda.entity';

const AGENDA = foreignKey('agenda_project', 'agenda_id', () => Agenda, { onDelete: 'CASCADE' });

/** A project of an agenda, in the agenda's order. */
@ObjectType({ description: 'A project that emanates from a colonia agenda.' })
@Entity({ name: 'agenda_project' })
@Index('agenda_project_agenda_id_position_key', ['agendaId', 'position'], { unique: true })
export class AgendaProject {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;

  @AGENDA.id agendaId: number;
  @AGENDA.related agenda?: Agenda;

  @Field(() => Int, { description: 'Order within the agenda, from 1.' }) @Column({ type: 'smallint' }) position: number;
  @Field() @Column({ type: 'varchar', length: 200 }) nombre: string;
}
