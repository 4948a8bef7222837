import { ArgsType, Field, Int } from 'type-graphql';
import { TerritoryFilterArgs } from '../placement/territory-filter.args';
import { BeneficiaryRole, BeneficiaryStatus } from './beneficiary.enums';

@ArgsType()
export class BeneficiaryFilterArgs extends TerritoryFilterArgs {
  @Field(() => BeneficiaryRole, { nullable: true }) role?: BeneficiaryRole | null;
  @Field(() => BeneficiaryStatus, { nullable: true }) status?: BeneficiaryStatus | null;
  @Field(() => Int, { nullable: true, description: 'Only beneficiaries of this program year.' }) programYear?:
    number | null;
}
