import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { ClassType } from '../module';
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
