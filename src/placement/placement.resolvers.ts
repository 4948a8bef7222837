import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import type { ClassType } from '../common/class-type';
import { listQuery, type ListQueryOptions } from '../common/list-query';
import { connectionTypes, type Connection, type PageArgs } from '../common/pagination';
import { geoJsonFieldResolver } from '../geo/geojson-field.resolver';
import type { placedFeatureLoaders } from './placement.loaders';
import { Colonia } from './colonia.entity';
import { relatedColonia, relatedTerritorial } from './related';
import { Territorial } from './territorial.entity';

/**
 * The GraphQL side of ./placement: field resolvers for the `colonia` and
 * `territorial` of a placed type, and for the lists of a module's rows on
 * `Territorial` and `Colonia` — one factory each instead of a resolver class
 * per module. Each field resolver only calls a request loader.
 */

interface PlacementFields {
  /** Whether the type has a `territorial` field (false: placed in a colonia only). */
  territorial?: boolean;
  /** Description of the `colonia` field. */
  coloniaDescription?: string;
}

/** `colonia` (and `territorial`) of `type`, through the territory loaders. */
export function placementResolvers(
  type: ClassType,
  { territorial = true, coloniaDescription }: PlacementFields = {},
): ClassType[] {
  @Resolver(() => type)
  class ColoniaFieldResolver {
    @FieldResolver(() => Colonia, { description: coloniaDescription })
    colonia(@Root() row: { coloniaId: number }, @Ctx() ctx: RequestContext): Colonia | Promise<Colonia> {
      return relatedColonia(ctx, row);
    }
  }

  @Resolver(() => type)
  class TerritorialFieldResolver {
    @FieldResolver(() => Territorial)
    territorial(
      @Root() row: { territorialId: number },
      @Ctx() ctx: RequestContext,
    ): Territorial | Promise<Territorial> {
      return relatedTerritorial(ctx, row);
    }
  }

  return territorial ? [ColoniaFieldResolver, TerritorialFieldResolver] : [ColoniaFieldResolver];
}

/** One list field: its description and the request loader that gives it for a parent's id. */
export type PlacedList<T> = [
  description: string,
  loader: (loaders: RequestContext['loaders']) => { load(id: number): Promise<T[]> },
];

/** A list field `name` of `itemType` on `parent` (Territorial, Colonia, …), keyed by the parent's id. */
export function listResolver<T>(
  parent: ClassType,
  itemType: ClassType,
  name: string,
  [description, loader]: PlacedList<T>,
): ClassType {
  @Resolver(() => parent)
  class ListFieldResolver {
    @FieldResolver(() => [itemType], { name, description })
    rows(@Root() row: { id: number }, @Ctx() ctx: RequestContext): Promise<T[]> {
      return loader(ctx.loaders).load(row.id);
    }
  }
  return ListFieldResolver;
}

/** A module's rows listed as `name` on `Territorial` and on `Colonia`. */
export function placedListResolvers<T>(
  itemType: ClassType,
  name: string,
  lists: { territorial: PlacedList<T>; colonia: PlacedList<T> },
): ClassType[] {
  return [
    listResolver(Territorial, itemType, name, lists.territorial),
    listResolver(Colonia, itemType, name, lists.colonia),
  ];
}

/** A placed program type with a geometry (ECOS schools, Mercomuna points, improvements, workshops). */
export interface PlacedFeature<T> extends ListQueryOptions {
  /** The type's request loaders (./placement.loaders). */
  loaders: (loaders: RequestContext['loaders']) => ReturnType<typeof placedFeatureLoaders<T & PlacedRow>>;
  /** The GeoJSON field: its name, description and how errors name a row (none: the field is nullable). */
  geoJson: [name: string, description: string, label?: string];
  /** Descriptions of the type's lists on Territorial and on Colonia (named as the list query). */
  lists: [territorial: string, colonia: string];
}

type PlacedRow = { coloniaId: number; territorialId: number };

/**
 * The resolvers of a placed feature type: its list query `name` (connection `<Type>Connection`, `filters` handed
 * to the service's `list`), its GeoJSON field, its `colonia` and `territorial`, and its rows listed as `name` on
 * Territorial and Colonia.
 */
export function placedFeatureResolvers<T extends object, F>(
  type: new (...args: any[]) => T,
  filters: new (...args: any[]) => F,
  list: (ctx: RequestContext, page: PageArgs, filters: F) => Promise<Connection<T>>,
  { loaders, geoJson: [field, description, label], lists: [inTerritorial, inColonia], ...query }: PlacedFeature<T>,
): ClassType[] {
  return [
    listQuery(connectionTypes(type.name, type), filters, list, query),
    geoJsonFieldResolver(type, field, { description, loader: (l) => loaders(l).geoJson, label }),
    ...placementResolvers(type),
    ...placedListResolvers<T>(type, query.name, {
      territorial: [inTerritorial, (l) => loaders(l).byTerritorialId],
      colonia: [inColonia, (l) => loaders(l).byColoniaId],
    }),
  ];
}
