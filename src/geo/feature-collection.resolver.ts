import { Arg, Args, Ctx, Float, ID, Int, Query, registerEnumType, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { parseId } from '../common/validate';
import { FeatureCollectionService, geoJsonOutput } from './feature-collection.service';
import { GeoJSONScalar } from './geojson.scalar';
import { LAYERS, type LayerId } from './layers';
import { resolveSpatialFilter, SpatialFilterArgs } from './spatial-filter.args';

export enum Layer {
  TERRITORIALES = 'territoriales',
  COLONIAS = 'colonias',
  ECOS = 'ecos',
  IMPROVEMENTS = 'improvements',
  WORKSHOPS = 'workshops',
  MERCOMUNA = 'mercomuna',
}

registerEnumType(Layer, {
  name: 'Layer',
  description:
    'A map layer, as served by featureCollection, /geojson/{layer}, /ogc/collections/{layer} and /tiles/{layer}.',
  valuesConfig: Object.fromEntries(
    Object.entries(Layer).map(([key, id]) => [key, { description: LAYERS[id as LayerId].title }]),
  ),
});

@Resolver()
export class FeatureCollectionResolver {
  @Query(() => GeoJSONScalar, {
    description:
      'A whole layer as one RFC 7946 FeatureCollection built by PostGIS: feature id = entity id, properties = public attributes ' +
      '(and coverage figures for TERRITORIALES and COLONIAS). Ordered by id, or nearest first with `near`.',
  })
  async featureCollection(
    @Ctx() ctx: RequestContext,
    @Arg('layer', () => Layer) layer: Layer,
    @Args(() => SpatialFilterArgs) spatial: SpatialFilterArgs,
    @Arg('territorialId', () => ID, { nullable: true, description: 'Only features of this dirección territorial.' })
    territorialId?: string | null,
    @Arg('precision', () => Int, { defaultValue: 6, description: 'Decimal places of coordinates (0–15).' })
    precision = 6,
    @Arg('simplifyMeters', () => Float, {
      defaultValue: 0,
      description: 'Simplification tolerance in metres (0–5000), topology-preserving; 0 = none.',
    })
    simplifyMeters = 0,
  ): Promise<string> {
    const output = geoJsonOutput(precision, simplifyMeters);
    const where =
      territorialId != null ? [{ name: 'territorial', value: String(parseId('territorialId', territorialId)) }] : [];
    const filter = await resolveSpatialFilter(ctx, spatial);
    return FeatureCollectionService.featureCollection(
      ctx,
      LAYERS[layer as LayerId],
      { spatial: filter, where },
      output,
    );
  }
}
