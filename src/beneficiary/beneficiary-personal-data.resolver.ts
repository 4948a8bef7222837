import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { requireTerritorialScope } from '../auth/identity';
import { Role } from '../auth/role';
import { AppError, ErrorCode } from '../common/errors';
import { Beneficiary } from './beneficiary.entity';
import type { BeneficiaryPersonalData } from './beneficiary-personal-data.loader';

const PERSONAL = 'Personal data (LGPDPPSO): ADMIN, or an OPERATOR of the beneficiary’s territorial.';

/**
 * The personal-data fields of a beneficiary. Three locks: `@Authorized` (at least
 * OPERATOR), the territorial check here, and the SQL scope of the loader.
 */
@Resolver(() => Beneficiary)
export class BeneficiaryPersonalDataResolver {
  private async load(beneficiary: Beneficiary, ctx: RequestContext): Promise<BeneficiaryPersonalData> {
    requireTerritorialScope(ctx.identity, beneficiary.territorialId);
    const data = await ctx.loaders.personalData.load(beneficiary.id);
    if (!data) throw new AppError(ErrorCode.FORBIDDEN, 'Personal data of this beneficiary is outside your scope');
    return data;
  }

  @Authorized(Role.OPERATOR)
  @FieldResolver(() => String, { nullable: true, description: `Full name. ${PERSONAL}` })
  async fullName(@Root() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.load(beneficiary, ctx)).fullName;
  }

  @Authorized(Role.OPERATOR)
  @FieldResolver(() => String, {
    nullable: true,
    description: `CURP (Clave Única de Registro de Población). ${PERSONAL}`,
  })
  async curp(@Root() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.load(beneficiary, ctx)).curp;
  }

  @Authorized(Role.OPERATOR)
  @FieldResolver(() => String, { nullable: true, description: `Phone number. ${PERSONAL}` })
  async phone(@Root() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.load(beneficiary, ctx)).phone;
  }

  @Authorized(Role.OPERATOR)
  @FieldResolver(() => String, { nullable: true, description: `Home address. ${PERSONAL}` })
  async address(@Root() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.load(beneficiary, ctx)).address;
  }

  @Authorized(Role.OPERATOR)
  @FieldResolver(() => String, {
    nullable: true,
    description: `Birth date (YYYY-MM-DD); the public figure is ageGroup. ${PERSONAL}`,
  })
  async birthDate(@Root() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.load(beneficiary, ctx)).birthDate;
  }
}
