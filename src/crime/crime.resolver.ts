import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import type { ClassType } from '../module';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';
import { CrimeWindowArgs } from './crime-window.args';
import { declareListSize } from '../common/graphql-limits';
import { dateWindowOf } from '../common/date-window.args';
import { CRIME_CATEGORIES } from './crime-category';
import { CrimeService, MAX_WINDOW_YEARS } from './crime.service';
import { CrimeStats, type CrimeScope } from './crime.types';

// Cost model (src/common/graphql-limits.ts): what these lists return at most. A window of 10 years that starts
// mid-month touches 121 months.
declareListSize('CrimeStats', 'monthly', MAX_WINDOW_YEARS * 12 + 1);
declareListSize('CrimeStats', 'byCategory', CRIME_CATEGORIES.length);

/** The `crime` field of a territorial unit (`kind`): its reported crime over a date window. */
function crimeResolver(parent: ClassType, kind: CrimeScope['kind'], description: string): ClassType {
  @Resolver(() => parent)
  class CrimeFieldResolver {
    @FieldResolver(() => CrimeStats, { description })
    crime(
      @Root() unit: { id: number },
      @Ctx() ctx: RequestContext,
      @Args(() => CrimeWindowArgs) args: CrimeWindowArgs,
    ): Promise<CrimeStats> {
      const { from, to } = dateWindowOf(args);
      return CrimeService.stats(ctx, CrimeService.scope(kind, unit.id, from, to, args.category));
    }
  }
  return CrimeFieldResolver;
}

export const crimeResolvers = [
  crimeResolver(Territorial, 'TERRITORIAL', "Reported crime in this territorial's colonias over a date window."),
  crimeResolver(
    Colonia,
    'COLONIA',
    'Reported crime in this colonia over a date window (an incident counts in the smallest colonia containing it).',
  ),
] as const;
