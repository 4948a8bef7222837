import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../auth/role';
import { connectionTypes, PageArgs, type Connection } from '../common/pagination';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { relatedColonia, relatedTerritorial } from '../territory/related';
import { BeneficiaryFilterArgs } from './beneficiary.args';
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryService } from './beneficiary.service';
import { Payment } from './payment.entity';

export const BeneficiaryConnection = connectionTypes('Beneficiary', Beneficiary);

@Resolver()
export class BeneficiaryQueryResolver {
  @Authorized(Role.ANALYST)
  @Query(() => BeneficiaryConnection, { description: 'Beneficiaries by id, a page at a time, with filters.' })
  beneficiaries(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => BeneficiaryFilterArgs) filters: BeneficiaryFilterArgs,
  ): Promise<Connection<Beneficiary>> {
    return BeneficiaryService.list(ctx, page, filters);
  }

  @Authorized(Role.ANALYST)
  @Query(() => Beneficiary, { nullable: true, description: 'One beneficiary by id; null when unknown.' })
  beneficiary(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Beneficiary | null> {
    return BeneficiaryService.find(ctx, id);
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @FieldResolver(() => Territorial)
  territorial(@Root() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<Territorial> {
    return relatedTerritorial(ctx, beneficiary);
  }

  @FieldResolver(() => Colonia, { description: 'Colonia of assignment.' })
  colonia(@Root() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<Colonia> {
    return relatedColonia(ctx, beneficiary);
  }

  @FieldResolver(() => [Payment], { description: 'Payment rows, by row number.' })
  payments(@Root() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<Payment[]> {
    return ctx.loaders.beneficiary.paymentsByBeneficiaryId.load(beneficiary.id);
  }
}

@Resolver(() => Territorial)
export class TerritorialBeneficiariesResolver {
  @FieldResolver(() => [Beneficiary], {
    description: 'Beneficiaries of this territorial, by folio (filters and pages: the beneficiaries query).',
  })
  beneficiaries(@Root() territorial: Territorial, @Ctx() ctx: RequestContext): Promise<Beneficiary[]> {
    return ctx.loaders.beneficiary.beneficiariesByTerritorialId.load(territorial.id);
  }
}

@Resolver(() => Colonia)
export class ColoniaBeneficiariesResolver {
  @FieldResolver(() => [Beneficiary], { description: 'Beneficiaries assigned to this colonia, by folio.' })
  beneficiaries(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Promise<Beneficiary[]> {
    return ctx.loaders.beneficiary.beneficiariesByColoniaId.load(colonia.id);
  }
}

export const beneficiaryResolvers = [
  BeneficiaryQueryResolver,
  BeneficiaryResolver,
  TerritorialBeneficiariesResolver,
  ColoniaBeneficiariesResolver,
] as const;
