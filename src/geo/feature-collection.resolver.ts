import { Arg, Args, Ctx, Float, ID, Int, Query, registerEnumType, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { parseId } from '../common/validate';
import { FeatureCollectionService, geoJsonOutput } from './feature-collection.service';
import { GeoJSONScalar } from './geojson.scalar';
import type { LayerRegistry } from './layers';
import { resolveSpatialFilter, SpatialFilterArgs } from './spatial-filter.args';

/**
 * The `featureCollection` query over a layer registry, and its `Layer` enum
 * (one value per layer: the id upper-cased). Built once, by src/app/registry.ts.
 */
export function featureCollectionResolver(layers: LayerRegistry) {
  const Layer: Record<string, string> = Object.fromEntries(layers.ids.map((id) => [id.toUpperCase(), id]));
  registerEnumType(Layer, {
    name: 'Layer',
    description:
      'A map layer, as served by featureCollection, /geojson/{layer}, /ogc/collections/{layer} and /tiles/{layer}.',
    valuesConfig: Object.fromEntries(
      layers.all().map((layer) => [layer.id.toUpperCase(), { description: layer.title }]),
    ),
  });

  @Resolver()
  class FeatureCollectionResolver {
    @Query(() => GeoJSONScalar, {
      description:
        'A whole layer as one RFC 7946 FeatureCollection built by PostGIS: feature id = entity id, properties = public attributes ' +
        '(and coverage figures for TERRITORIALES and COLONIAS). Ordered by id, or nearest first with `near`.',
    })
    async featureCollection(
      @Ctx() ctx: RequestContext,
      @Arg('layer', () => Layer) layer: string,
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
      return FeatureCollectionService.featureCollection(ctx, layers.byId[layer], { spatial: filter, where }, output);
    }
  }
  return FeatureCollectionResolver;
}
