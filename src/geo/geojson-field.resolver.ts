import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type DataLoader from 'dataloader';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../common/request-context';
import { loadRequired } from '../db/loaders';
import { GeoJSONScalar } from './geojson.scalar';

export interface GeoJsonField {
  description: string;
  /** The request loader of the table's GeoJSON by id (./geojson.loader). */
  loader: (loaders: RequestContext['loaders']) => DataLoader<number, Geometry | null>;
  /** How an internal error names a row that has none (a NOT NULL column); none: the field is nullable. */
  label?: string;
}

/** The GeoJSON field `name` of a program type (a venue, a location, a geometry), through a request loader. */
export function geoJsonFieldResolver(type: ClassType, name: string, { description, loader, label }: GeoJsonField) {
  @Resolver(() => type)
  class GeoJsonFieldResolver {
    @FieldResolver(() => GeoJSONScalar, { name, description, nullable: label === undefined })
    geoJson(@Root() row: { id: number }, @Ctx() ctx: RequestContext): Promise<Geometry | null> {
      if (label === undefined) return loader(ctx.loaders).load(row.id);
      return loadRequired(loader(ctx.loaders), row.id, () => `${label} ${row.id} has no ${name}`);
    }
  }
  return GeoJsonFieldResolver;
}
