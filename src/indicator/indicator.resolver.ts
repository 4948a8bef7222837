import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { Coverage } from '../coverage/coverage.types';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';
import { IndicatorScopeArgs, IndicatorSeriesArgs, UnitSeriesArgs } from './indicator.args';
import { SeriesInterval } from './indicator.enums';
import { IndicatorService } from './indicator.service';
import { Indicator, IndicatorPeriodValue } from './indicator.types';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], {
    description: "Every indicator of the report's results matrix (section IV), in its order.",
  })
  indicators(): Indicator[] {
    return IndicatorService.list();
  }

  @Query(() => Indicator, {
    nullable: true,
    description: 'One indicator by code; an unknown code is BAD_USER_INPUT naming code and listing the codes.',
  })
  indicator(@Arg('code') code: string): Indicator {
    return IndicatorService.require(code);
  }

  @FieldResolver(() => [IndicatorPeriodValue], {
    description:
      'The indicator per calendar period (interval) over a window (from/to or year) for a territorial, a colonia or the alcaldía. ' +
      'Periods without data are null, never 0. Every series of a request is one SQL statement.',
  })
  async series(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Args(() => IndicatorSeriesArgs) { territorialId, coloniaId, from, to, year, interval }: IndicatorSeriesArgs,
  ): Promise<IndicatorPeriodValue[]> {
    const unit = await IndicatorService.unit(ctx, territorialId, coloniaId);
    return IndicatorService.series(ctx, indicator.definition, unit, { from, to, year }, interval);
  }

  @FieldResolver(() => IndicatorPeriodValue, {
    description: 'The indicator over a whole window (from/to or year) for a territorial, a colonia or the alcaldía.',
  })
  async value(
    @Root() indicator: Indicator,
    @Ctx() ctx: RequestContext,
    @Args(() => IndicatorScopeArgs) { territorialId, coloniaId, from, to, year }: IndicatorScopeArgs,
  ): Promise<IndicatorPeriodValue> {
    const unit = await IndicatorService.unit(ctx, territorialId, coloniaId);
    return IndicatorService.value(ctx, indicator.definition, unit, { from, to, year });
  }
}

const UNIT_SERIES =
  'An indicator (by code) per calendar period over a window, for this unit; periods without data are null. ' +
  'Asked for every territorial or colonia of a list, still one SQL statement.';

@Resolver(() => Territorial)
export class TerritorialIndicatorResolver {
  @FieldResolver(() => [IndicatorPeriodValue], { description: UNIT_SERIES })
  indicatorSeries(
    @Root() territorial: Territorial,
    @Ctx() ctx: RequestContext,
    @Args(() => UnitSeriesArgs) { code, from, to, year, interval }: UnitSeriesArgs,
  ): Promise<IndicatorPeriodValue[]> {
    const { definition } = IndicatorService.require(code);
    return IndicatorService.series(
      ctx,
      definition,
      { kind: 'TERRITORIAL', id: territorial.id },
      { from, to, year },
      interval,
    );
  }
}

@Resolver(() => Colonia)
export class ColoniaIndicatorResolver {
  @FieldResolver(() => [IndicatorPeriodValue], { description: UNIT_SERIES })
  indicatorSeries(
    @Root() colonia: Colonia,
    @Ctx() ctx: RequestContext,
    @Args(() => UnitSeriesArgs) { code, from, to, year, interval }: UnitSeriesArgs,
  ): Promise<IndicatorPeriodValue[]> {
    const { definition } = IndicatorService.require(code);
    return IndicatorService.series(ctx, definition, { kind: 'COLONIA', id: colonia.id }, { from, to, year }, interval);
  }
}

@Resolver(() => Coverage)
export class CoverageSeriesResolver {
  @FieldResolver(() => [IndicatorPeriodValue], {
    description:
      "A coverage figure as a series: the indicator (by code, e.g. PROPOSITO_PERSONAS_ALCANZADAS for peopleReached) per calendar period of this coverage's scope and window (from and to required).",
  })
  series(
    @Root() coverage: Coverage,
    @Ctx() ctx: RequestContext,
    @Arg('code', { description: 'The indicator’s code (indicators { code }).' }) code: string,
    @Arg('interval', () => SeriesInterval) interval: SeriesInterval,
  ): Promise<IndicatorPeriodValue[]> {
    const { definition } = IndicatorService.require(code);
    const { kind, id, from, to } = coverage.scope;
    return IndicatorService.series(ctx, definition, { kind, id }, { from, to }, interval);
  }
}

export const indicatorResolvers = [
  IndicatorResolver,
  TerritorialIndicatorResolver,
  ColoniaIndicatorResolver,
  CoverageSeriesResolver,
] as const;
