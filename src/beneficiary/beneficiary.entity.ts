import { Check, Column, Entity, Index, VirtualColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { valuesCheck } from '../common/graphql-enum';
import { DateScalar } from '../common/date';
import { AgeGroup, BeneficiaryRole, BeneficiaryStatus, Education, Occupation, Sex } from './beneficiary.enums';
import { ageGroupSql } from './beneficiary.sql';
import { RowCreatedAt, RowUpdatedAt, RowVersion } from '../write/row-version';
import { Placed } from '../placement/placement';
import { IdColumn } from '../write/key-columns';

/**
 * A beneficiario facilitador de servicios. Personal data (name, CURP, phone,
 * address) is stored but not selected by default and not in the GraphQL
 * schema: access control exposes it in a later change.
 */
@ObjectType({
  description: 'A beneficiario facilitador de servicios: a Servidor del Pueblo or a Promotor Comunitario.',
})
@Entity({ name: 'beneficiary' })
@Index('beneficiary_curp_program_year_key', ['curp', 'programYear'], { unique: true })
@Check('beneficiary_role_check', valuesCheck('role', BeneficiaryRole))
@Check('beneficiary_sex_check', valuesCheck('sex', Sex))
@Check('beneficiary_education_check', valuesCheck('education', Education))
@Check('beneficiary_occupation_check', valuesCheck('occupation', Occupation))
@Check(
  'beneficiary_status_check',
  `("status" = 'ACTIVE' AND "baja_on" IS NULL) OR ("status" = 'BAJA' AND "baja_on" IS NOT NULL)`,
)
export class Beneficiary extends Placed('beneficiary') {
  @IdColumn() id: number;

  @Field({ description: 'Program folio, e.g. BEN-2020-0001.' })
  @Index('beneficiary_folio_key', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  folio: string;

  @Field(() => Int) @Column({ name: 'program_year', type: 'smallint' }) programYear: number;
  @Field(() => BeneficiaryRole) @Column({ type: 'varchar', length: 24 }) role: BeneficiaryRole;
  @Field(() => Sex) @Column({ type: 'varchar', length: 8 }) sex: Sex;
  @Column({ name: 'birth_date', type: 'date' }) birthDate: string;

  @Field(() => AgeGroup, { description: 'Age on 1 January of the program year (from the birth date).' })
  @VirtualColumn({ type: 'varchar', query: (alias) => ageGroupSql(alias) })
  ageGroup: AgeGroup;

  @Field(() => Education) @Column({ type: 'varchar', length: 16 }) education: Education;
  @Field(() => Occupation) @Column({ type: 'varchar', length: 24 }) occupation: Occupation;

  @Field(() => BeneficiaryStatus) @Column({ type: 'varchar', length: 8 }) status: BeneficiaryStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Date of leaving the program (status BAJA).' })
  @Column({ name: 'baja_on', type: 'date', nullable: true })
  bajaOn: string | null;

  // Personal data: never selected unless asked for, not in the GraphQL schema.
  @Column({ name: 'full_name', type: 'varchar', length: 160, select: false }) fullName?: string;
  @Column({ type: 'varchar', length: 18, select: false }) curp?: string;
  @Column({ type: 'varchar', length: 20, select: false }) phone?: string;
  @Column({ type: 'varchar', length: 240, select: false }) address?: string;

  @RowVersion() version: number;
  @RowCreatedAt() createdAt: Date;
  @RowUpdatedAt() updatedAt: Date;
}
