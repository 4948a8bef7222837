import type { RequestContext } from '../common/request-context';
import { requireIntInRange, requireLonLat } from '../common/validate';
import { placedList } from '../placement/territory-filter';
import type { TerritoryFilterArgs } from '../placement/territory-filter.args';
import { EcosSchool } from './ecos-school.entity';
import { NEAREST_ECOS_SQL } from './ecos.sql';
import { EcosSchoolDistance } from './ecos-school-distance.type';

export const NEAREST_ECOS_MAX = 50;

export class EcosService {
  /** Schools by id, within a territorial or colonia. */
  static list = placedList<EcosSchool, TerritoryFilterArgs>(EcosSchool, 'e');

  /** The `limit` schools nearest to a point, nearest first, in one statement (KNN on the GiST index). */
  static async nearest(ctx: RequestContext, lon: number, lat: number, limit: number): Promise<EcosSchoolDistance[]> {
    requireLonLat(lon, lat);
    requireIntInRange('limit', limit, 1, NEAREST_ECOS_MAX);
    const rows: (EcosSchool & { distanceMeters: number })[] = await ctx.dataSource.query(NEAREST_ECOS_SQL, [
      lon,
      lat,
      limit,
    ]);
    return rows.map(({ distanceMeters, ...school }) => ({
      ecosSchool: Object.assign(new EcosSchool(), school),
      distanceMeters,
    }));
  }
}
