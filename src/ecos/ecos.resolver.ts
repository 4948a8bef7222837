import { Arg, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import type { ClassType } from '../module';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { geoJsonFieldResolver } from '../geo/geojson-field.resolver';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { TerritoryFilterArgs } from '../territory/territory-filter.args';
import { listResolver, placedListResolvers, placementResolvers } from '../territory/placement.resolvers';
import { EcosSchoolDistance } from './ecos-school-distance.type';
import { EcosSchool } from './ecos-school.entity';
import { EcosService, NEAREST_ECOS_MAX } from './ecos.service';

export const EcosSchoolConnection = connectionTypes('EcosSchool', EcosSchool);

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
  listQuery(EcosSchoolConnection, TerritoryFilterArgs, EcosService.list, {
    name: 'ecosSchools',
    description: 'ECOS schools by id, a page at a time, optionally within a territorial or colonia.',
  }),
  geoJsonFieldResolver(EcosSchool, 'location', {
    description: 'Location as a GeoJSON Point.',
    loader: (l) => l.ecos.geoJson,
    label: 'ECOS school',
  }),
  listResolver<Beneficiary>(EcosSchool, Beneficiary, 'facilitators', [
    'Facilitators (beneficiaries trained in popular education), by folio.',
    (l) => l.ecos.facilitatorsBySchoolId,
  ]),
  ...placementResolvers(EcosSchool),
  listResolver<EcosSchool>(Beneficiary, EcosSchool, 'ecosSchools', [
    'ECOS schools this beneficiary facilitates.',
    (l) => l.ecos.schoolsByFacilitatorId,
  ]),
  ...placedListResolvers<EcosSchool>(EcosSchool, 'ecosSchools', {
    territorial: ['ECOS schools in this territorial.', (l) => l.ecos.byTerritorialId],
    colonia: ['ECOS schools in this colonia.', (l) => l.ecos.byColoniaId],
  }),
];
