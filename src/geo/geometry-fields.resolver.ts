import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Float } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../context';
import { requireIntInRange } from '../common/validate';
import { GeoJSONScalar } from './geojson.scalar';
import { prefetchedGeometry } from './geometry-prefetch';
import type { GeometryTable } from './geometry.loaders';

export const MAX_PRECISION = 15;

/**
 * `geometry`, `centroid` and `bbox` fields for any type backed by a table with
 * a `geom` column. Concrete resolvers extend the class this returns.
 */
export function GeometryFieldsResolver<T extends { id: number }>(objectType: ClassType<T>, table: GeometryTable) {
  @Resolver(() => objectType)
  abstract class GeometryFields {
    @FieldResolver(() => GeoJSONScalar, {
      description: 'Boundary as RFC 7946 GeoJSON (WGS84 lon/lat, exterior rings counter-clockwise), built by PostGIS.',
    })
    geometry(
      @Root() root: T,
      @Ctx() ctx: RequestContext,
      @Arg('precision', () => Int, { defaultValue: 6, description: 'Decimal places of coordinates (0–15).' })
      precision: number,
    ): Promise<Geometry | string | null> | string | null {
      requireIntInRange('precision', precision, 0, MAX_PRECISION);
      const prefetched = prefetchedGeometry(root, precision);
      return prefetched !== undefined
        ? prefetched
        : ctx.loaders.geometry.geometry.load({ table, id: root.id, precision });
    }

    @FieldResolver(() => GeoJSONScalar, { description: 'Centroid (ST_Centroid) as a GeoJSON Point.' })
    centroid(
      @Root() root: T,
      @Ctx() ctx: RequestContext,
      @Arg('precision', () => Int, { defaultValue: 6, description: 'Decimal places of coordinates (0–15).' })
      precision: number,
    ): Promise<Geometry | string | null> {
      requireIntInRange('precision', precision, 0, MAX_PRECISION);
      return ctx.loaders.geometry.centroid.load({ table, id: root.id, precision });
    }

    @FieldResolver(() => [Float], { description: 'Bounding box [minLon, minLat, maxLon, maxLat].' })
    bbox(@Root() root: T, @Ctx() ctx: RequestContext): Promise<number[] | null> {
      return ctx.loaders.geometry.bbox.load({ table, id: root.id });
    }
  }
  return GeometryFields;
}
