import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { dateWindowOf, DateWindowArgs } from '../common/date-window.args';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';
import { CoverageAt } from './coverage-at.type';
import { CoverageFieldsResolver } from './coverage-fields.resolver';
import { CoverageService } from './coverage.service';
import { Budget, Coverage, ProgramSummary } from './coverage.types';

@Resolver()
export class CoverageQueryResolver {
  @Query(() => Coverage, {
    description:
      'Coverage of one territorial or one colonia (at most one of the two; neither: the whole alcaldía) over a date window.',
  })
  coverage(
    @Ctx() ctx: RequestContext,
    @Args(() => DateWindowArgs) window: DateWindowArgs,
    @Arg('territorialId', () => ID, { nullable: true }) territorialId?: string,
    @Arg('coloniaId', () => ID, { nullable: true }) coloniaId?: string,
  ): Promise<Coverage> {
    const { from, to } = dateWindowOf(window);
    return CoverageService.coverage(ctx, territorialId, coloniaId, from, to);
  }

  @Query(() => ProgramSummary, {
    description:
      'The whole program in a program year: the alcaldía from 1 January to 31 December, the reach goal and the budget.',
  })
  programSummary(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<ProgramSummary> {
    return CoverageService.programSummary(ctx, year);
  }

  @Query(() => CoverageAt, {
    nullable: true,
    description: 'The colonia and territorial at a WGS84 point, with their coverage; null outside the alcaldía.',
  })
  coverageAt(
    @Ctx() ctx: RequestContext,
    @Arg('lon', () => Float, { description: 'Longitude, -180 to 180.' }) lon: number,
    @Arg('lat', () => Float, { description: 'Latitude, -90 to 90.' }) lat: number,
    @Args(() => DateWindowArgs) window: DateWindowArgs,
  ): Promise<CoverageAt | null> {
    const { from, to } = dateWindowOf(window);
    return CoverageService.coverageAt(ctx, lon, lat, from, to);
  }
}

@Resolver(() => Coverage)
export class CoverageResolver extends CoverageFieldsResolver(Coverage) {}

@Resolver(() => ProgramSummary)
export class ProgramSummaryResolver extends CoverageFieldsResolver(ProgramSummary) {
  @FieldResolver(() => Budget)
  budget(@Root() summary: ProgramSummary, @Ctx() ctx: RequestContext): Promise<Budget> {
    return CoverageService.budget(ctx, summary);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The reach goal per 1,000 inhabitants of the alcaldía (peopleReachedGoal × 1000 / poblacion): the report's 380,000 people against Iztapalapa's 1,844,597.",
  })
  peopleReachedGoalPer1000(@Root() summary: ProgramSummary, @Ctx() ctx: RequestContext): Promise<number | null> {
    return CoverageService.goalPer1000(ctx, summary);
  }
}

@Resolver(() => Territorial)
export class TerritorialCoverageResolver {
  @FieldResolver(() => Coverage, { description: 'The program in this territorial over a date window.' })
  coverage(@Root() territorial: Territorial, @Args(() => DateWindowArgs) window: DateWindowArgs): Coverage {
    const { from, to } = dateWindowOf(window);
    return CoverageService.ofTerritorial(territorial, from, to);
  }
}

@Resolver(() => Colonia)
export class ColoniaCoverageResolver {
  @FieldResolver(() => Coverage, { description: 'The program in this colonia over a date window.' })
  coverage(@Root() colonia: Colonia, @Args(() => DateWindowArgs) window: DateWindowArgs): Coverage {
    const { from, to } = dateWindowOf(window);
    return CoverageService.ofColonia(colonia, from, to);
  }
}

export const coverageResolvers = [
  CoverageQueryResolver,
  CoverageResolver,
  ProgramSummaryResolver,
  TerritorialCoverageResolver,
  ColoniaCoverageResolver,
] as const;
