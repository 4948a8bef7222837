import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../context';
import type { ClassType } from '../module';
import { connectionTypes, PageArgs, type Connection } from '../common/pagination';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { placedListResolvers, placementResolvers } from '../territory/placement.resolvers';
import { ImprovementFilterArgs } from './public-space.args';
import { PublicSpaceImprovement } from './public-space-improvement.entity';
import { PublicSpaceService } from './public-space.service';

export const PublicSpaceImprovementConnection = connectionTypes('PublicSpaceImprovement', PublicSpaceImprovement);

@Resolver()
export class PublicSpaceQueryResolver {
  @Query(() => PublicSpaceImprovementConnection, {
    description: 'Public-space improvements by id, a page at a time, with filters (dates built, inclusive).',
  })
  improvements(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => ImprovementFilterArgs) filters: ImprovementFilterArgs,
  ): Promise<Connection<PublicSpaceImprovement>> {
    return PublicSpaceService.list(ctx, page, filters);
  }
}

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
  PublicSpaceQueryResolver,
  PublicSpaceImprovementResolver,
  ...placementResolvers(PublicSpaceImprovement),
  ...placedListResolvers<PublicSpaceImprovement>(PublicSpaceImprovement, {
    territorial: {
      name: 'improvements',
      description: 'Public-space improvements in this territorial, by clave.',
      load: (ctx, id) => ctx.loaders.publicSpace.improvementsByTerritorialId.load(id),
    },
    colonia: {
      name: 'improvements',
      description: 'Public-space improvements in this colonia, by clave.',
      load: (ctx, id) => ctx.loaders.publicSpace.improvementsByColoniaId.load(id),
    },
  }),
];
