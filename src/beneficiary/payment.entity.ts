import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date';
import { Beneficiary } from './beneficiary.entity';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { numericToNumber } from '../db/transformers';
import { foreignKey } from '../db/foreign-key';

const BENEFICIARY = foreignKey('payment', 'beneficiary_id', () => Beneficiary, { onDelete: 'CASCADE' });

/** A ministración: one payment row (of 13) to a beneficiary. */
@ObjectType({ description: 'A payment row (ministración) to a beneficiary: 13 rows a year, two ministraciones each.' })
@Entity({ name: 'payment' })
@Index('payment_beneficiary_id_row_key', ['beneficiaryId', 'row'], { unique: true })
@Check('payment_row_check', `"payment_row" BETWEEN 1 AND 13`)
@Check('payment_month_check', `extract(day FROM "month") = 1`)
@Check('payment_amount_check', `"amount" > 0`)
export class Payment {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;

  @BENEFICIARY.id beneficiaryId: number;
  @BENEFICIARY.related beneficiary?: Beneficiary;

  @Field(() => Int, { description: 'Payment row of the budget table, 1–13.' })
  @Column({ name: 'payment_row', type: 'smallint' })
  row: number;

  @Field(() => DateScalar, { description: 'First day of the month the row is paid in.' })
  @Index('payment_month_idx')
  @Column({ type: 'date' })
  month: string;

  @Field(() => Float, { description: 'Amount in MXN.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericToNumber })
  amount: number;

  @RowVersion() version: number;
  @RowCreatedAt() createdAt: Date;
  @RowUpdatedAt() updatedAt: Date;
}
