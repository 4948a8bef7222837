import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';
import { SocialDevelopment } from './social-development.types';

const IDS = {
  nullable: true,
  description:
    "Evalúa's IDS 2020 interpolated to this unit (population-weighted areal interpolation of the AGEBs); null before the AGEBs are loaded.",
} as const;

@Resolver(() => Territorial)
export class TerritorialSocialDevelopmentResolver {
  @FieldResolver(() => SocialDevelopment, IDS)
  ids(@Root() territorial: Territorial, @Ctx() ctx: RequestContext): Promise<SocialDevelopment | null> {
    return ctx.loaders.socialDevelopment.unit.load({ kind: 'TERRITORIAL', id: territorial.id });
  }
}

@Resolver(() => Colonia)
export class ColoniaSocialDevelopmentResolver {
  @FieldResolver(() => SocialDevelopment, IDS)
  ids(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Promise<SocialDevelopment | null> {
    return ctx.loaders.socialDevelopment.unit.load({ kind: 'COLONIA', id: colonia.id });
  }
}

export const socialDevelopmentResolvers = [
  TerritorialSocialDevelopmentResolver,
  ColoniaSocialDevelopmentResolver,
] as const;
