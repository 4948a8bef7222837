import { Arg, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import type { ClassType } from '../module';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { TerritoryFilterArgs } from '../placement/territory-filter.args';
import { listResolver, placedFeatureResolvers } from '../placement/placement.resolvers';
import { EcosSchoolDistance } from './ecos-school-distance.type';
import { EcosSchool } from './ecos-school.entity';
import { EcosService, NEAREST_ECOS_MAX } from './ecos.service';

@Resolver()
export class EcosQueryResolver {
  @Query(() => [EcosSchoolDistance], {
    description: 'The ECOS schools nearest to a WGS84 point, nearest first (distance in metres).',
  })
  nearestEcos(
    @Ctx() ctx: RequestContext,
    @Arg('lon', () => Float, { description: 'Longitude, -180 to 180.' }) lon: number,
    @Arg('lat', () => Float, { description: 'Latitude, -90 to 90.' }) lat: number,
    @Arg('limit', () => Int, { defaultValue: 5, description: `How many, 1–${NEAREST_ECOS_MAX}.` }) limit: number,
  ): Promise<EcosSchoolDistance[]> {
    return EcosService.nearest(ctx, lon, lat, limit);
  }
}

export const ecosResolvers: readonly ClassType[] = [
  EcosQueryResolver,
  ...placedFeatureResolvers(EcosSchool, TerritoryFilterArgs, EcosService.list, {
    name: 'ecosSchools',
    description: 'ECOS schools by id, a page at a time, optionally within a territorial or colonia.',
    loaders: (l) => l.ecos,
    geoJson: ['location', 'Location as a GeoJSON Point.', 'ECOS school'],
    lists: ['ECOS schools in this territorial.', 'ECOS schools in this colonia.'],
  }),
  listResolver<Beneficiary>(EcosSchool, Beneficiary, 'facilitators', [
    'Facilitators (beneficiaries trained in popular education), by folio.',
    (l) => l.ecos.facilitatorsBySchoolId,
  ]),
  listResolver<EcosSchool>(Beneficiary, EcosSchool, 'ecosSchools', [
    'ECOS schools this beneficiary facilitates.',
    (l) => l.ecos.schoolsByFacilitatorId,
  ]),
];
