import { Arg, Ctx, Field, Float, InputType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { Location } from './location.type';
import { LOCATE_MANY_MAX_POINTS, locatePoints, requirePoints } from './locate.service';
import { TerritoryService } from './territory.service';

@InputType({ description: 'A WGS84 point.' })
export class PointInput {
  @Field(() => Float, { description: 'Longitude, -180 to 180.' }) lon: number;
  @Field(() => Float, { description: 'Latitude, -90 to 90.' }) lat: number;
}

const MOST_SPECIFIC =
  'the most specific unit, the smallest that contains the point (a unit nested in another wins over its container); ' +
  'a point in a catalogue gap snaps to a colonia within ~20 m';

@Resolver()
export class LocateResolver {
  @Query(() => Location, {
    nullable: true,
    description: `The colonia and territorial at a WGS84 point: ${MOST_SPECIFIC}; null outside the alcaldía.`,
  })
  locate(
    @Ctx() ctx: RequestContext,
    @Arg('lon', () => Float, { description: 'Longitude, -180 to 180.' }) lon: number,
    @Arg('lat', () => Float, { description: 'Latitude, -90 to 90.' }) lat: number,
  ): Promise<Location | null> {
    return TerritoryService.locate(ctx, lon, lat);
  }

  @Query(() => [Location], {
    nullable: 'items',
    description:
      `Where each of up to ${LOCATE_MANY_MAX_POINTS} points falls, in input order, null for a point outside the ` +
      `alcaldía; as \`locate\`: ${MOST_SPECIFIC}. One SQL statement for the whole list. POST /locate takes the same ` +
      'as a CSV (id,lon,lat).',
  })
  locateMany(
    @Ctx() ctx: RequestContext,
    // validate: false — the points are checked once by requirePoints; class-validator per point cost ~20 ms a batch.
    @Arg('points', () => [PointInput], {
      validate: false,
      description: `Up to ${LOCATE_MANY_MAX_POINTS} points (the query's cost counts each point's selection once).`,
    })
    points: PointInput[],
  ): Promise<(Location | null)[]> {
    requirePoints(points, (i, coordinate) => `points[${i}].${coordinate}`, 'points');
    return locatePoints(ctx, points);
  }
}
