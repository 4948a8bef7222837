import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { DateScalar } from '../common/date';
import { IsAmount, IsIntBetween, IsPrintableText, IsProgramYear } from '../write/input-rules';
import { BeneficiaryRole, BeneficiaryStatus, Education, Occupation, Sex } from './beneficiary.enums';

const FOLIO = /^[A-Z0-9][A-Z0-9-]{2,19}$/;
/** CURP layout (RENAPO): 4 letters, birth date, sex, state, 3 consonants, homonymy character, check digit. */
const CURP = /^[A-Z]{4}[0-9]{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z0-9][0-9]$/;
const PHONE = /^\+?[0-9][0-9 -]{6,17}[0-9]$/;
const IsFolio = () =>
  Matches(FOLIO, { message: 'folio must be 3–20 upper-case letters, digits or hyphens (e.g. BEN-2020-0001)' });
const IsCurp = () => Matches(CURP, { message: 'curp must be an 18-character CURP (e.g. GOPA850101MDFRRN09)' });
const IsPhone = () =>
  Matches(PHONE, { message: 'phone must be 8 to 19 digits (spaces, hyphens and a leading + allowed)' });

@InputType({ description: 'A new beneficiary. Its territorial is its colonia’s.' })
export class CreateBeneficiaryInput {
  @Field({ description: 'Program folio, e.g. BEN-2020-1281 (unique).' })
  @IsFolio()
  folio: string;

  @Field(() => Int)
  @IsProgramYear()
  programYear: number;

  @Field(() => BeneficiaryRole) role: BeneficiaryRole;
  @Field(() => Sex) sex: Sex;
  @Field(() => DateScalar, { description: 'YYYY-MM-DD; at least 18 years before 1 January of the program year.' })
  birthDate: string;
  @Field(() => Education) education: Education;
  @Field(() => Occupation) occupation: Occupation;
  @Field(() => ID, { description: 'Colonia of assignment.' }) coloniaId: string;
  @Field(() => BeneficiaryStatus, { nullable: true, description: 'Default ACTIVE.' }) status?: BeneficiaryStatus | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Date of leaving: required with status BAJA, absent otherwise.',
  })
  bajaOn?: string | null;

  @Field()
  @IsPrintableText(3, 160, 'fullName')
  fullName: string;

  @Field({ description: 'CURP, 18 characters.' })
  @IsCurp()
  curp: string;

  @Field()
  @IsPhone()
  phone: string;

  @Field()
  @IsPrintableText(3, 240, 'address')
  address: string;
}

@InputType({ description: 'Fields of a beneficiary to change; omitted fields stay as they are.' })
export class UpdateBeneficiaryInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsFolio()
  folio?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsProgramYear()
  programYear?: number;

  @Field(() => BeneficiaryRole, { nullable: true }) role?: BeneficiaryRole;
  @Field(() => Sex, { nullable: true }) sex?: Sex;
  @Field(() => DateScalar, { nullable: true }) birthDate?: string;
  @Field(() => Education, { nullable: true }) education?: Education;
  @Field(() => Occupation, { nullable: true }) occupation?: Occupation;
  @Field(() => ID, { nullable: true }) coloniaId?: string;
  @Field(() => BeneficiaryStatus, { nullable: true }) status?: BeneficiaryStatus;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Set with status BAJA; null to clear it with status ACTIVE.',
  })
  bajaOn?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsPrintableText(3, 160, 'fullName')
  fullName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCurp()
  curp?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsPhone()
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsPrintableText(3, 240, 'address')
  address?: string;
}

@InputType({ description: 'A new payment row (ministración) of a beneficiary.' })
export class CreatePaymentInput {
  @Field(() => ID) beneficiaryId: string;

  @Field(() => Int, { description: 'Payment row of the budget table, 1–13 (unique per beneficiary).' })
  @IsIntBetween(1, 13, 'row')
  row: number;

  @Field(() => DateScalar, { description: 'First day of the month the row is paid in (YYYY-MM-01).' }) month: string;

  @Field(() => Float, { description: 'Amount in MXN, more than 0, at most 1,000,000, whole centavos.' })
  @IsAmount(0.01, 1_000_000)
  amount: number;
}

@InputType({ description: 'Fields of a payment to change; omitted fields stay as they are.' })
export class UpdatePaymentInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIntBetween(1, 13, 'row')
  row?: number;

  @Field(() => DateScalar, { nullable: true }) month?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsAmount(0.01, 1_000_000)
  amount?: number;
}
