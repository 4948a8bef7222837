import { Arg, Args, Ctx, FieldResolver, ID, Int, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../common/request-context';
import { connectionTypes, PageArgs, selectedNodeFields, selectsField, type Connection } from '../common/pagination';
import { selectedGeometryPrecision } from '../geo/geometry-prefetch';
import { GeometryFieldsResolver } from '../geo/geometry-fields.resolver';
import { SpatialFilterArgs } from '../geo/spatial-filter.args';
import { Colonia } from '../placement/colonia.entity';
import { ILLUSTRATIVE_DIVISION_NOTE, Territorial } from '../placement/territorial.entity';
import { relatedTerritorial } from '../placement/related';
import { TerritoryService } from './territory.service';
import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH, TerritoryOrder } from './name-search';

const UPDATED_SINCE_DESCRIPTION =
  'Only rows created or updated at or after this time (`updatedAt`). For a sync with no gaps follow `changes` instead.';

const SEARCH_DESCRIPTION =
  `Only rows whose name matches (${SEARCH_MIN_LENGTH}–${SEARCH_MAX_LENGTH} characters): case, accents and ` +
  'abbreviations (sta, sn, u h, secc, col, ampl, fracc, pblo, bo …) are set aside and small typos tolerated.';

export const ColoniaConnection = connectionTypes('Colonia', Colonia);

@Resolver()
export class TerritoryQueryResolver {
  @Query(() => [Territorial], {
    description:
      'The 13 direcciones territoriales, by clave; with `search`, those whose name matches, best match first ' +
      `(searchScore). ${ILLUSTRATIVE_DIVISION_NOTE}`,
  })
  territoriales(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true, description: SEARCH_DESCRIPTION }) search?: string,
    @Arg('orderBy', () => TerritoryOrder, { nullable: true, description: 'Default: CLAVE; SEARCH_SCORE with search.' })
    orderBy?: TerritoryOrder,
    @Arg('updatedSince', () => Date, { nullable: true, description: UPDATED_SINCE_DESCRIPTION })
    updatedSince?: Date | null,
  ): Promise<Territorial[]> {
    return TerritoryService.listTerritoriales(ctx, search, orderBy, updatedSince);
  }

  @Query(() => Territorial, {
    nullable: true,
    description:
      'One territorial by id or clave (exactly one); null when unknown. A clave is read as TER-NN whatever its case, ' +
      'separator or leading zeros (ter-3, TER 03 → TER-03); a clave that cannot be one is BAD_USER_INPUT.',
  })
  territorial(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('clave', () => String, { nullable: true, description: 'Territorial clave, e.g. TER-03.' }) clave?: string,
  ): Promise<Territorial | null> {
    return TerritoryService.findTerritorial(ctx, id, clave);
  }

  @Query(() => ColoniaConnection, {
    description:
      'Colonias by id (or `orderBy`), a page at a time (Relay cursors), optionally within one territorial, matching a ' +
      'name (`search`: best match first, with searchScore) and spatially filtered (bbox, intersects, near); with ' +
      '`near`, nearest first (not with search or another order).',
  })
  colonias(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => SpatialFilterArgs) spatial: SpatialFilterArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('territorialId', () => ID, { nullable: true }) territorialId?: string,
    @Arg('search', () => String, { nullable: true, description: SEARCH_DESCRIPTION }) search?: string,
    @Arg('orderBy', () => TerritoryOrder, { nullable: true, description: 'Default: ID; SEARCH_SCORE with search.' })
    orderBy?: TerritoryOrder,
    @Arg('updatedSince', () => Date, { nullable: true, description: UPDATED_SINCE_DESCRIPTION })
    updatedSince?: Date | null,
  ): Promise<Connection<Colonia>> {
    const selection = {
      totalCount: selectsField(info, 'totalCount'),
      territorial: selectedNodeFields(info, 'territorial').length > 0,
      geometryPrecision: selectedGeometryPrecision(info, 'Colonia', selectedNodeFields(info, 'geometry')),
    };
    return TerritoryService.listColonias(ctx, page, territorialId, spatial, selection, {
      search,
      orderBy,
      updatedSince,
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
}

@Resolver(() => Territorial)
export class TerritorialResolver extends GeometryFieldsResolver(Territorial, 'territorial') {
  @FieldResolver(() => [Colonia], { description: 'Colonias of this territorial, by id.' })
  colonias(@Root() territorial: Territorial, @Ctx() ctx: RequestContext): Promise<Colonia[]> {
    return ctx.loaders.territory.coloniasByTerritorialId.load(territorial.id);
  }

  @FieldResolver(() => Int, { description: 'How many colonias this territorial has (one count for the whole list).' })
  coloniaCount(@Root() territorial: Territorial, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.territory.coloniaCountByTerritorialId.load(territorial.id);
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
