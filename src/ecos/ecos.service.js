import { pageWindow } from '../common/pagination';
import { requireIntInRange, requireLonLat } from '../common/validate';
import { listPage } from '../common/list-page';
import { applyTerritoryFilter, requireTerritoryFilter } from '../territory/territory-filter';
import { EcosSchool } from './ecos-school.entity';
import { NEAREST_ECOS_SQL } from './ecos.sql';
export const NEAREST_ECOS_MAX = 50;
export class EcosService {
    static async list(ctx, page, filters) {
        const window = pageWindow(page);
        const territory = await requireTerritoryFilter(ctx, filters.territorialId, filters.coloniaId);
        return listPage(window, 'e', () => applyTerritoryFilter(ctx.dataSource.getRepository(EcosSchool).createQueryBuilder('e'), 'e', territory));
    }
    /** The `limit` schools nearest to a point, nearest first, in one statement (KNN on the GiST index). */
    static async nearest(ctx, lon, lat, limit) {
        requireLonLat(lon, lat);
        requireIntInRange('limit', limit, 1, NEAREST_ECOS_MAX);
        const rows = await ctx.dataSource.query(NEAREST_ECOS_SQL, [
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
