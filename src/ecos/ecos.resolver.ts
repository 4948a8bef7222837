import { Arg, Args, Ctx, Float, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../context';
import { connectionTypes, PageArgs, type Connection } from '../common/pagination';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { TerritoryFilterArgs } from '../territory/territory-filter.args';
import { relatedColonia, relatedTerritorial } from '../territory/related';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { EcosSchoolDistance } from './ecos-school-distance.type';
import { EcosSchool } from './ecos-school.entity';
import { EcosService, NEAREST_ECOS_MAX } from './ecos.service';

export const EcosSchoolConnection = connectionTypes('EcosSchool', EcosSchool);

@Resolver()
export class EcosQueryResolver {
  @Query(() => EcosSchoolConnection, {
    description: 'ECOS schools by id, a page at a time, optionally within a territorial or colonia.',
  })
  ecosSchools(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => TerritoryFilterArgs) filters: TerritoryFilterArgs,
  ): Promise<Connection<EcosSchool>> {
    return EcosService.list(ctx, page, filters);
  }

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

@Resolver(() => EcosSchool)
export class EcosSchoolResolver {
  @FieldResolver(() => Colonia)
  colonia(@Root() school: EcosSchool, @Ctx() ctx: RequestContext): Promise<Colonia> {
    return relatedColonia(ctx, school);
  }

  @FieldResolver(() => Territorial)
  territorial(@Root() school: EcosSchool, @Ctx() ctx: RequestContext): Promise<Territorial> {
    return relatedTerritorial(ctx, school);
  }

  @FieldResolver(() => GeoJSONScalar, { description: 'Location as a GeoJSON Point.' })
  async location(@Root() school: EcosSchool, @Ctx() ctx: RequestContext): Promise<Geometry> {
    const location = await ctx.loaders.ecos.schoolLocation.load(school.id);
    if (!location) throw new Error(`ECOS school ${school.id} has no location`);
    return location;
  }

  @FieldResolver(() => [Beneficiary], {
    description: 'Facilitators (beneficiaries trained in popular education), by folio.',
  })
  facilitators(@Root() school: EcosSchool, @Ctx() ctx: RequestContext): Promise<Beneficiary[]> {
    return ctx.loaders.ecos.facilitatorsBySchoolId.load(school.id);
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryEcosResolver {
  @FieldResolver(() => [EcosSchool], { description: 'ECOS schools this beneficiary facilitates.' })
  ecosSchools(@Root() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<EcosSchool[]> {
    return ctx.loaders.ecos.schoolsByFacilitatorId.load(beneficiary.id);
  }
}

@Resolver(() => Territorial)
export class TerritorialEcosResolver {
  @FieldResolver(() => [EcosSchool], { description: 'ECOS schools in this territorial.' })
  ecosSchools(@Root() territorial: Territorial, @Ctx() ctx: RequestContext): Promise<EcosSchool[]> {
    return ctx.loaders.ecos.schoolsByTerritorialId.load(territorial.id);
  }
}

@Resolver(() => Colonia)
export class ColoniaEcosResolver {
  @FieldResolver(() => [EcosSchool], { description: 'ECOS schools in this colonia.' })
  ecosSchools(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Promise<EcosSchool[]> {
    return ctx.loaders.ecos.schoolsByColoniaId.load(colonia.id);
  }
}

export const ecosResolvers = [
  EcosQueryResolver,
  EcosSchoolResolver,
  BeneficiaryEcosResolver,
  TerritorialEcosResolver,
  ColoniaEcosResolver,
] as const;
