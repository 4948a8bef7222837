import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import type { ClassType } from '../module';
import { Role } from '../auth/role';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { listResolver, placedListResolvers, placementResolvers } from '../placement/placement.resolvers';
import { BeneficiaryFilterArgs } from './beneficiary.args';
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryService } from './beneficiary.service';
import { Payment } from './payment.entity';

export const BeneficiaryConnection = connectionTypes('Beneficiary', Beneficiary);

@Resolver()
export class BeneficiaryQueryResolver {
  @Authorized(Role.ANALYST)
  @Query(() => Beneficiary, { nullable: true, description: 'One beneficiary by id; null when unknown.' })
  beneficiary(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Beneficiary | null> {
    return BeneficiaryService.find(ctx, id);
  }
}

export const beneficiaryResolvers: readonly ClassType[] = [
  BeneficiaryQueryResolver,
  listQuery(BeneficiaryConnection, BeneficiaryFilterArgs, BeneficiaryService.list, {
    name: 'beneficiaries',
    description: 'Beneficiaries by id, a page at a time, with filters.',
    role: Role.ANALYST,
  }),
  listResolver<Payment>(Beneficiary, Payment, 'payments', [
    'Payment rows, by row number.',
    (l) => l.beneficiary.paymentsByBeneficiaryId,
  ]),
  ...placementResolvers(Beneficiary, { coloniaDescription: 'Colonia of assignment.' }),
  ...placedListResolvers<Beneficiary>(Beneficiary, 'beneficiaries', {
    territorial: [
      'Beneficiaries of this territorial, by folio (filters and pages: the beneficiaries query).',
      (l) => l.beneficiary.beneficiariesByTerritorialId,
    ],
    colonia: ['Beneficiaries assigned to this colonia, by folio.', (l) => l.beneficiary.beneficiariesByColoniaId],
  }),
];
