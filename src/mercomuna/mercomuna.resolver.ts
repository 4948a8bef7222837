import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../context';
import type { ClassType } from '../module';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { placedListResolvers, placementResolvers } from '../territory/placement.resolvers';
import { MercomunaFilterArgs } from './mercomuna.args';
import { MercomunaPoint } from './mercomuna-point.entity';
import { MercomunaService } from './mercomuna.service';

export const MercomunaPointConnection = connectionTypes('MercomunaPoint', MercomunaPoint);

@Resolver(() => MercomunaPoint)
export class MercomunaPointResolver {
  @FieldResolver(() => GeoJSONScalar, { description: 'Location as a GeoJSON Point.' })
  async location(@Root() point: MercomunaPoint, @Ctx() ctx: RequestContext): Promise<Geometry> {
    const location = await ctx.loaders.mercomuna.pointLocation.load(point.id);
    if (!location) throw new Error(`Mercomuna point ${point.id} has no location`);
    return location;
  }
}

export const mercomunaResolvers: readonly ClassType[] = [
  listQuery(MercomunaPointConnection, MercomunaFilterArgs, MercomunaService.list, {
    name: 'mercomunaPoints',
    description: 'Mercomuna delivery points by id, a page at a time, with filters.',
  }),
  MercomunaPointResolver,
  ...placementResolvers(MercomunaPoint),
  ...placedListResolvers<MercomunaPoint>(MercomunaPoint, 'mercomunaPoints', {
    territorial: ['Mercomuna delivery points in this territorial, by clave.', (l) => l.mercomuna.pointsByTerritorialId],
    colonia: ['Mercomuna delivery points in this colonia, by clave.', (l) => l.mercomuna.pointsByColoniaId],
  }),
];
