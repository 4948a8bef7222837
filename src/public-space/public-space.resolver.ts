import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../context';
import type { ClassType } from '../module';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { placedListResolvers, placementResolvers } from '../territory/placement.resolvers';
import { ImprovementFilterArgs } from './public-space.args';
import { PublicSpaceImprovement } from './public-space-improvement.entity';
import { PublicSpaceService } from './public-space.service';

export const PublicSpaceImprovementConnection = connectionTypes('PublicSpaceImprovement', PublicSpaceImprovement);

@Resolver(() => PublicSpaceImprovement)
export class PublicSpaceImprovementResolver {
  @FieldResolver(() => GeoJSONScalar, {
    description: 'GeoJSON LineString (caminos, ludicalles), Point or Polygon (utopías), Point (lavamanos, pipas).',
  })
  async geometry(@Root() improvement: PublicSpaceImprovement, @Ctx() ctx: RequestContext): Promise<Geometry> {
    const geometry = await ctx.loaders.publicSpace.improvementGeometry.load(improvement.id);
    if (!geometry) throw new Error(`improvement ${improvement.id} has no geometry`);
    return geometry;
  }
}

export const publicSpaceResolvers: readonly ClassType[] = [
  listQuery(PublicSpaceImprovementConnection, ImprovementFilterArgs, PublicSpaceService.list, {
    name: 'improvements',
    description: 'Public-space improvements by id, a page at a time, with filters (dates built, inclusive).',
  }),
  PublicSpaceImprovementResolver,
  ...placementResolvers(PublicSpaceImprovement),
  ...placedListResolvers<PublicSpaceImprovement>(PublicSpaceImprovement, 'improvements', {
    territorial: [
      'Public-space improvements in this territorial, by clave.',
      (l) => l.publicSpace.improvementsByTerritorialId,
    ],
    colonia: ['Public-space improvements in this colonia, by clave.', (l) => l.publicSpace.improvementsByColoniaId],
  }),
];
