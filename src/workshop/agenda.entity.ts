import { Check, Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { valuesCheck } from '../common/graphql-enum';
import { AgendaStatus } from './workshop.enums';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { InColonia } from '../placement/placement';
import { ClaveColumn, IdColumn } from '../write/key-columns';

/** An Agenda de Desarrollo Local Comunitario: one per colonia and program year. */
@ObjectType({
  description:
    "A colonia's Agenda de Desarrollo Local Comunitario (one per colonia and program year), produced by its workshops.",
})
@Entity({ name: 'agenda' })
@Index('agenda_colonia_id_program_year_key', ['coloniaId', 'programYear'], { unique: true })
@Check('agenda_status_check', valuesCheck('status', AgendaStatus))
export class Agenda extends InColonia('agenda', { coloniaIndex: false }) {
  @IdColumn() id: number;

  @ClaveColumn('agenda', 'Stable key, e.g. ADL-2020-001.')
  clave: string;

  @Field(() => Int) @Column({ name: 'program_year', type: 'smallint' }) programYear: number;
  @Field(() => AgendaStatus) @Column({ type: 'varchar', length: 16 }) status: AgendaStatus;

  @RowVersion() version: number;
  @RowCreatedAt() createdAt: Date;
  @RowUpdatedAt() updatedAt: Date;
}
