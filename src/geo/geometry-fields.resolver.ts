import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Float } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { requireIntInRange } from '../common/validate';
import { GeoJSONScalar } from './geojson.scalar';
import { prefetchedGeometry } from './geometry-prefetch';
import { MAX_PRECISION } from './spatial-sql';
import type { GeometryKey, GeometryLoaders, GeometryTable } from './geometry.loaders';

const PRECISION = { defaultValue: 6, description: 'Decimal places of coordinates (0–15).' };

/**
 * A shape of a row (its geometry, its centroid) as GeoJSON text at a checked precision: as the list that read the
 * row prefetched it (`prefetched`, when not undefined), else through a request loader.
 */
function shapeOf(
  loader: GeometryLoaders['geometry'],
  key: GeometryKey,
  prefetched?: string | null,
): Promise<string | null> | string | null {
  requireIntInRange('precision', key.precision, 0, MAX_PRECISION);
  return prefetched !== undefined ? prefetched : loader.load(key);
}

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
    geometry(@Root() root: T, @Ctx() ctx: RequestContext, @Arg('precision', () => Int, PRECISION) precision: number) {
      return shapeOf(
        ctx.loaders.geometry.geometry,
        { table, id: root.id, precision },
        prefetchedGeometry(root, precision),
      );
    }

    @FieldResolver(() => GeoJSONScalar, { description: 'Centroid (ST_Centroid) as a GeoJSON Point.' })
    centroid(@Root() root: T, @Ctx() ctx: RequestContext, @Arg('precision', () => Int, PRECISION) precision: number) {
      return shapeOf(ctx.loaders.geometry.centroid, { table, id: root.id, precision });
    }

    @FieldResolver(() => [Float], { description: 'Bounding box [minLon, minLat, maxLon, maxLat].' })
    bbox(@Root() root: T, @Ctx() ctx: RequestContext): Promise<number[] | null> {
      return ctx.loaders.geometry.bbox.load({ table, id: root.id });
    }
  }
  return GeometryFields;
}
