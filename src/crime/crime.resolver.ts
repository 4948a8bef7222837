import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { DateScalar } from '../common/date';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { CrimeCategory } from './crime-category';
import { CrimeService } from './crime.service';
import { CrimeStats } from './crime.types';

export const CRIME_FROM = {
  nullable: true,
  description: 'Start of the window, inclusive (YYYY-MM-DD); omit for no start.',
} as const;
export const CRIME_TO = {
  nullable: true,
  description: 'End of the window, inclusive (YYYY-MM-DD); omit for no end. At most 10 years after from.',
} as const;
export const CRIME_CATEGORY = { nullable: true, description: 'Count only this category.' } as const;

@Resolver(() => Territorial)
export class TerritorialCrimeResolver {
  @FieldResolver(() => CrimeStats, { description: "Reported crime in this territorial's colonias over a date window." })
  crime(
    @Root() territorial: Territorial,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => DateScalar, CRIME_FROM) from?: string,
    @Arg('to', () => DateScalar, CRIME_TO) to?: string,
    @Arg('category', () => CrimeCategory, CRIME_CATEGORY) category?: CrimeCategory,
  ): Promise<CrimeStats> {
    return CrimeService.stats(ctx, CrimeService.scope('TERRITORIAL', territorial.id, from, to, category));
  }
}

@Resolver(() => Colonia)
export class ColoniaCrimeResolver {
  @FieldResolver(() => CrimeStats, {
    description:
      'Reported crime in this colonia over a date window (an incident counts in the smallest colonia containing it).',
  })
  crime(
    @Root() colonia: Colonia,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => DateScalar, CRIME_FROM) from?: string,
    @Arg('to', () => DateScalar, CRIME_TO) to?: string,
    @Arg('category', () => CrimeCategory, CRIME_CATEGORY) category?: CrimeCategory,
  ): Promise<CrimeStats> {
    return CrimeService.stats(ctx, CrimeService.scope('COLONIA', colonia.id, from, to, category));
  }
}

export const crimeResolvers = [TerritorialCrimeResolver, ColoniaCrimeResolver] as const;
