import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../common/request-context';
import { connectionTypes, PageArgs, selectedNodeFields, selectsField, type Connection } from '../common/pagination';
import { selectedGeometryPrecision } from '../geo/geometry-prefetch';
import { GeometryFieldsResolver } from '../geo/geometry-fields.resolver';
import { SpatialFilterArgs } from '../geo/spatial-filter.args';
import { Colonia } from '../placement/colonia.entity';
import { Location } from './location.type';
import { ILLUSTRATIVE_DIVISION_NOTE, Territorial } from '../placement/territorial.entity';
import { relatedTerritorial } from '../placement/related';
import { TerritoryService } from './territory.service';

export const ColoniaConnection = connectionTypes('Colonia', Colonia);

@Resolver()
export class TerritoryQueryResolver {
  @Query(() => [Territorial], {
    description: `The 13 direcciones territoriales, by clave. ${ILLUSTRATIVE_DIVISION_NOTE}`,
  })
  territoriales(@Ctx() ctx: RequestContext): Promise<Territorial[]> {
    return TerritoryService.listTerritoriales(ctx);
  }

  @Query(() => Territorial, {
    nullable: true,
    description: 'One territorial by id or clave (exactly one); null when unknown.',
  })
  territorial(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('clave', () => String, { nullable: true }) clave?: string,
  ): Promise<Territorial | null> {
    return TerritoryService.findTerritorial(ctx, id, clave);
  }

  @Query(() => ColoniaConnection, {
    description:
      'Colonias by id, a page at a time (Relay cursors), optionally within one territorial and spatially filtered ' +
      '(bbox, intersects, near); with `near`, nearest first.',
  })
  colonias(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => SpatialFilterArgs) spatial: SpatialFilterArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('territorialId', () => ID, { nullable: true }) territorialId?: string,
  ): Promise<Connection<Colonia>> {
    return TerritoryService.listColonias(ctx, page, territorialId, spatial, {
      totalCount: selectsField(info, 'totalCount'),
      territorial: selectedNodeFields(info, 'territorial').length > 0,
      geometryPrecision: selectedGeometryPrecision(info, 'Colonia', selectedNodeFields(info, 'geometry')),
    });
  }

  @Query(() => Colonia, {
    nullable: true,
    description:
      'One colonia by id or IECM clave (exactly one); null when unknown. A clave not of the form 07-xxx is BAD_USER_INPUT.',
  })
  colonia(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('clave', () => String, { nullable: true, description: 'IECM unit clave (cveut), e.g. 07-196.' })
    clave?: string,
  ): Promise<Colonia | null> {
    return TerritoryService.findColonia(ctx, id, clave);
  }

  @Query(() => Location, {
    nullable: true,
    description:
      'The colonia and territorial at a WGS84 point: the most specific unit, the smallest that contains the point (a unit ' +
      'nested in another wins over its container); a point in a catalogue gap snaps to a colonia within ~20 m; null outside the alcaldía.',
  })
  locate(
    @Ctx() ctx: RequestContext,
    @Arg('lon', () => Float, { description: 'Longitude, -180 to 180.' }) lon: number,
    @Arg('lat', () => Float, { description: 'Latitude, -90 to 90.' }) lat: number,
  ): Promise<Location | null> {
    return TerritoryService.locate(ctx, lon, lat);
  }
}

@Resolver(() => Territorial)
export class TerritorialResolver extends GeometryFieldsResolver(Territorial, 'territorial') {
  @FieldResolver(() => [Colonia], { description: 'Colonias of this territorial, by id.' })
  colonias(@Root() territorial: Territorial, @Ctx() ctx: RequestContext): Promise<Colonia[]> {
    return ctx.loaders.territory.coloniasByTerritorialId.load(territorial.id);
  }
}

@Resolver(() => Colonia)
export class ColoniaResolver extends GeometryFieldsResolver(Colonia, 'colonia') {
  @FieldResolver(() => Territorial)
  territorial(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Territorial | Promise<Territorial> {
    return relatedTerritorial(ctx, colonia);
  }

  @FieldResolver(() => Colonia, {
    nullable: true,
    description: 'The smallest unit this one lies inside (e.g. 07-163 inside 07-196); null for most units.',
  })
  async containedIn(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Promise<Colonia | null> {
    if (colonia.containedInId == null) return null;
    return ctx.loaders.territory.coloniaById.load(colonia.containedInId);
  }

  @FieldResolver(() => [Colonia], { description: 'Units lying inside this one (containedIn is this unit), by id.' })
  contains(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Promise<Colonia[]> {
    return ctx.loaders.territory.coloniasByContainedInId.load(colonia.id);
  }
}
