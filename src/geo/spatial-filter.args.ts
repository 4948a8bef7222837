import { ArgsType, Field, Float, InputType } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { GeoJSONScalar } from './geojson.scalar';
import { validateGeoJsonGeometry } from './geojson-input';
import { MAX_NEAR_METERS, parseBbox, validateNear, type SpatialFilter } from './spatial-filter';

@InputType({
  description: 'A WGS84 point and a distance: features within `meters` of it (on the spheroid), nearest first.',
})
export class NearInput {
  @Field(() => Float, { description: 'Longitude, -180 to 180.' }) lon: number;
  @Field(() => Float, { description: 'Latitude, -90 to 90.' }) lat: number;
  @Field(() => Float, { description: `Distance in metres, greater than 0 and at most ${MAX_NEAR_METERS}.` })
  meters: number;
}

/**
 * Spatial filter arguments for any list query. A module adds them with
 * `@Args(() => SpatialFilterArgs) spatial: SpatialFilterArgs`, turns them into a
 * filter with `resolveSpatialFilter(ctx, spatial)` and applies it with
 * `applySpatialFilter` / `applySpatialKeyset` (spatial-filter.ts).
 */
@ArgsType()
export class SpatialFilterArgs {
  @Field(() => [Float], {
    nullable: true,
    description: 'Only features intersecting [minLon, minLat, maxLon, maxLat] (WGS84).',
  })
  bbox?: number[] | null;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'Only features intersecting this GeoJSON geometry (or Feature), WGS84 lon/lat, valid per PostGIS.',
  })
  intersects?: unknown;

  @Field(() => NearInput, { nullable: true, description: 'Only features within `meters` of a point, nearest first.' })
  near?: NearInput | null;
}

/** Validates the arguments (GeoJSON validity in PostGIS: one statement, only when `intersects` is given). */
export async function resolveSpatialFilter(
  ctx: RequestContext,
  args: SpatialFilterArgs | undefined,
): Promise<SpatialFilter> {
  const filter: SpatialFilter = {};
  if (!args) return filter;
  if (args.bbox != null) filter.bbox = parseBbox('bbox', args.bbox);
  if (args.near != null) filter.near = validateNear('near', args.near);
  if (args.intersects != null)
    filter.intersects = await validateGeoJsonGeometry(ctx.dataSource, 'intersects', args.intersects);
  return filter;
}
