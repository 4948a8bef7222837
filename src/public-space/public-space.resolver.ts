import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../context';
import { connectionTypes, PageArgs, type Connection } from '../common/pagination';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { relatedColonia, relatedTerritorial } from '../territory/related';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
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
  @FieldResolver(() => Colonia)
  colonia(@Root() improvement: PublicSpaceImprovement, @Ctx() ctx: RequestContext): Promise<Colonia> {
    return relatedColonia(ctx, improvement);
  }

  @FieldResolver(() => Territorial)
  territorial(@Root() improvement: PublicSpaceImprovement, @Ctx() ctx: RequestContext): Promise<Territorial> {
    return relatedTerritorial(ctx, improvement);
  }

  @FieldResolver(() => GeoJSONScalar, {
    description: 'GeoJSON LineString (caminos, ludicalles), Point or Polygon (utopías), Point (lavamanos, pipas).',
  })
  async geometry(@Root() improvement: PublicSpaceImprovement, @Ctx() ctx: RequestContext): Promise<Geometry> {
    const geometry = await ctx.loaders.publicSpace.improvementGeometry.load(improvement.id);
    if (!geometry) throw new Error(`improvement ${improvement.id} has no geometry`);
    return geometry;
  }
}

@Resolver(() => Territorial)
export class TerritorialImprovementsResolver {
  @FieldResolver(() => [PublicSpaceImprovement], {
    description: 'Public-space improvements in this territorial, by clave.',
  })
  improvements(@Root() territorial: Territorial, @Ctx() ctx: RequestContext): Promise<PublicSpaceImprovement[]> {
    return ctx.loaders.publicSpace.improvementsByTerritorialId.load(territorial.id);
  }
}

@Resolver(() => Colonia)
export class ColoniaImprovementsResolver {
  @FieldResolver(() => [PublicSpaceImprovement], {
    description: 'Public-space improvements in this colonia, by clave.',
  })
  improvements(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Promise<PublicSpaceImprovement[]> {
    return ctx.loaders.publicSpace.improvementsByColoniaId.load(colonia.id);
  }
}

export const publicSpaceResolvers = [
  PublicSpaceQueryResolver,
  PublicSpaceImprovementResolver,
  TerritorialImprovementsResolver,
  ColoniaImprovementsResolver,
] as const;
