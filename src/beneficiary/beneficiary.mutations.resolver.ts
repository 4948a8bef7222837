import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../auth/role';
import { Beneficiary } from './beneficiary.entity';
import {
  CreateBeneficiaryInput,
  CreatePaymentInput,
  UpdateBeneficiaryInput,
  UpdatePaymentInput,
} from './beneficiary.inputs';
import { BeneficiaryWriteService } from './beneficiary.write.service';
import { Payment } from './payment.entity';

import { VERSION_DESCRIPTION as VERSION } from '../write/input-rules';

@Resolver()
export class BeneficiaryMutationResolver {
  @Authorized(Role.OPERATOR)
  @Mutation(() => Beneficiary, { description: 'Records a beneficiary (OPERATOR: in its own territorial).' })
  createBeneficiary(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateBeneficiaryInput) input: CreateBeneficiaryInput,
  ): Promise<Beneficiary> {
    return BeneficiaryWriteService.createBeneficiary(ctx, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => Beneficiary, { description: 'Changes a beneficiary (optimistic concurrency on `version`).' })
  updateBeneficiary(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION }) version: number,
    @Arg('input', () => UpdateBeneficiaryInput) input: UpdateBeneficiaryInput,
  ): Promise<Beneficiary> {
    return BeneficiaryWriteService.updateBeneficiary(ctx, id, version, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => ID, {
    description: 'Deletes a beneficiary with its payment rows; refused while it has activities. Returns the id.',
  })
  deleteBeneficiary(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION }) version: number,
  ): Promise<string> {
    return BeneficiaryWriteService.deleteBeneficiary(ctx, id, version);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => Payment, { description: 'Records a payment row of a beneficiary.' })
  createPayment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreatePaymentInput) input: CreatePaymentInput,
  ): Promise<Payment> {
    return BeneficiaryWriteService.createPayment(ctx, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => Payment, { description: 'Changes a payment row (optimistic concurrency on `version`).' })
  updatePayment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION }) version: number,
    @Arg('input', () => UpdatePaymentInput) input: UpdatePaymentInput,
  ): Promise<Payment> {
    return BeneficiaryWriteService.updatePayment(ctx, id, version, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => ID, { description: 'Deletes a payment row. Returns the id.' })
  deletePayment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION }) version: number,
  ): Promise<string> {
    return BeneficiaryWriteService.deletePayment(ctx, id, version);
  }
}
