import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericToNumber } from '../db/transformers';

/** Reference figures of a program year: the reach goal and the budget. */
@Entity({ name: 'program_year' })
@Check('program_year_year_check', `"year" BETWEEN 2000 AND 2100`)
export class ProgramYear {
  @PrimaryGeneratedColumn() id: number;

  @Index('program_year_year_key', { unique: true })
  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'goal_people_reached', type: 'integer' }) goalPeopleReached: number;
  @Column({ name: 'budget_approved', type: 'numeric', precision: 14, scale: 2, transformer: numericToNumber })
  budgetApproved: number;
  @Column({ name: 'budget_exercised', type: 'numeric', precision: 14, scale: 2, transformer: numericToNumber })
  budgetExercised: number;
}
