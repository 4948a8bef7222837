import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../context';
import { connectionTypes, PageArgs, type Connection } from '../common/pagination';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { relatedColonia, relatedTerritorial } from '../territory/related';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { MercomunaFilterArgs } from './mercomuna.args';
import { MercomunaPoint } from './mercomuna-point.entity';
import { MercomunaService } from './mercomuna.service';

export const MercomunaPointConnection = connectionTypes('MercomunaPoint', MercomunaPoint);

@Resolver()
export class MercomunaQueryResolver {
  @Query(() => MercomunaPointConnection, {
    description: 'Mercomuna delivery points by id, a page at a time, with filters.',
  })
  mercomunaPoints(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => MercomunaFilterArgs) filters: MercomunaFilterArgs,
  ): Promise<Connection<MercomunaPoint>> {
    return MercomunaService.list(ctx, page, filters);
  }
}

@Resolver(() => MercomunaPoint)
export class MercomunaPointResolver {
  @FieldResolver(() => Colonia)
  colonia(@Root() point: MercomunaPoint, @Ctx() ctx: RequestContext): Promise<Colonia> {
    return relatedColonia(ctx, point);
  }

  @FieldResolver(() => Territorial)
  territorial(@Root() point: MercomunaPoint, @Ctx() ctx: RequestContext): Promise<Territorial> {
    return relatedTerritorial(ctx, point);
  }

  @FieldResolver(() => GeoJSONScalar, { description: 'Location as a GeoJSON Point.' })
  async location(@Root() point: MercomunaPoint, @Ctx() ctx: RequestContext): Promise<Geometry> {
    const location = await ctx.loaders.mercomuna.pointLocation.load(point.id);
    if (!location) throw new Error(`Mercomuna point ${point.id} has no location`);
    return location;
  }
}

@Resolver(() => Territorial)
export class TerritorialMercomunaResolver {
  @FieldResolver(() => [MercomunaPoint], { description: 'Mercomuna delivery points in this territorial, by clave.' })
  mercomunaPoints(@Root() territorial: Territorial, @Ctx() ctx: RequestContext): Promise<MercomunaPoint[]> {
    return ctx.loaders.mercomuna.pointsByTerritorialId.load(territorial.id);
  }
}

@Resolver(() => Colonia)
export class ColoniaMercomunaResolver {
  @FieldResolver(() => [MercomunaPoint], { description: 'Mercomuna delivery points in this colonia, by clave.' })
  mercomunaPoints(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Promise<MercomunaPoint[]> {
    return ctx.loaders.mercomuna.pointsByColoniaId.load(colonia.id);
  }
}

export const mercomunaResolvers = [
  MercomunaQueryResolver,
  MercomunaPointResolver,
  TerritorialMercomunaResolver,
  ColoniaMercomunaResolver,
] as const;
