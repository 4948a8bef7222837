import { Arg, Args, Ctx, FieldResolver, Float, Int, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/errors';
import { CrimeWindowArgs } from '../crime/crime-window.args';
import { dateWindowOf } from '../common/date-window.args';
import { CrimeService } from '../crime/crime.service';
import { CrimeStats } from '../crime/crime.types';
import { SocialDevelopment, SocialDevelopmentBaseline } from '../social-development/social-development.types';
import { TerritoryService } from '../territory/territory.service';
import { FinIndicator, FinIndicatorTerritorial, type FinIndicatorBlock } from './fin-indicator.types';

/** The year's high-impact crime (the default window of the block's fields). */
function yearStats(ctx: RequestContext, block: FinIndicatorBlock): Promise<CrimeStats> {
  const { kind, id, year } = block.scope;
  return CrimeService.stats(ctx, CrimeService.scope(kind, id, `${year}-01-01`, `${year}-12-31`));
}

/** The fields both the alcaldía's block and a territorial's block have. */
function FinIndicatorFields<T extends FinIndicatorBlock>(objectType: ClassType<T>) {
  @Resolver(() => objectType)
  abstract class Fields {
    @FieldResolver(() => SocialDevelopment, {
      nullable: true,
      description: 'The current IDS (Evalúa 2020, interpolated).',
    })
    ids(@Root() block: T, @Ctx() ctx: RequestContext): Promise<SocialDevelopment | null> {
      return ctx.loaders.socialDevelopment.unit.load({ kind: block.scope.kind, id: block.scope.id });
    }

    @FieldResolver(() => CrimeStats, { description: 'Reported crime; the window defaults to the year.' })
    crime(
      @Root() block: T,
      @Ctx() ctx: RequestContext,
      @Args(() => CrimeWindowArgs) args: CrimeWindowArgs,
    ): Promise<CrimeStats> {
      const { kind, id, year } = block.scope;
      const given = args.from != null || args.to != null || args.year != null;
      const window = dateWindowOf(given ? args : { year });
      return CrimeService.stats(ctx, CrimeService.scope(kind, id, window.from, window.to, args.category));
    }

    @FieldResolver(() => Int, { description: 'High-impact incidents in January of the year (start of the year).' })
    async highImpactStartOfYear(@Root() block: T, @Ctx() ctx: RequestContext): Promise<number> {
      return (await yearStats(ctx, block)).monthly[0]?.highImpact ?? 0;
    }

    @FieldResolver(() => Int, { description: 'High-impact incidents in December of the year (end of the year).' })
    async highImpactEndOfYear(@Root() block: T, @Ctx() ctx: RequestContext): Promise<number> {
      const { monthly } = await yearStats(ctx, block);
      return monthly[monthly.length - 1]?.highImpact ?? 0;
    }

    @FieldResolver(() => Float, {
      nullable: true,
      description: "Change from the start to the end of the year, in %, the report's way (truncated to two decimals).",
    })
    async highImpactChangePct(@Root() block: T, @Ctx() ctx: RequestContext): Promise<number | null> {
      return (await yearStats(ctx, block)).changeFirstToLastMonthPct;
    }
  }
  return Fields;
}

@Resolver(() => FinIndicator)
export class FinIndicatorResolver extends FinIndicatorFields(FinIndicator) {
  @Query(() => FinIndicator, {
    description: "The report's Fin indicator for a year (the alcaldía and each territorial).",
  })
  finIndicator(@Arg('year', () => Int) year: number): FinIndicator {
    if (!Number.isInteger(year) || year < 1900 || year > 2999) throw badInput('year', 'must be between 1900 and 2999');
    return Object.assign(new FinIndicator(), { scope: { kind: 'ALCALDIA', id: 0, year } });
  }

  @FieldResolver(() => SocialDevelopmentBaseline, {
    nullable: true,
    description: "The report's baseline: the alcaldía's IDS 2015 (0.77, Bajo).",
  })
  idsBaseline(@Ctx() ctx: RequestContext): Promise<SocialDevelopmentBaseline | null> {
    return ctx.loaders.socialDevelopment.baseline.load(2015);
  }

  @FieldResolver(() => [FinIndicatorTerritorial], { description: 'The 13 direcciones territoriales, by clave.' })
  async territoriales(@Root() fin: FinIndicator, @Ctx() ctx: RequestContext): Promise<FinIndicatorTerritorial[]> {
    const territoriales = await TerritoryService.listTerritoriales(ctx);
    return territoriales.map((territorial) =>
      Object.assign(new FinIndicatorTerritorial(), {
        territorial,
        scope: { kind: 'TERRITORIAL', id: territorial.id, year: fin.scope.year },
      }),
    );
  }
}

@Resolver(() => FinIndicatorTerritorial)
export class FinIndicatorTerritorialResolver extends FinIndicatorFields(FinIndicatorTerritorial) {}

export const finIndicatorResolvers = [FinIndicatorResolver, FinIndicatorTerritorialResolver] as const;
