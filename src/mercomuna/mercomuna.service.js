import { pageWindow } from '../common/pagination';
import { listPage } from '../common/list-page';
import { applyTerritoryFilter, requireTerritoryFilter } from '../territory/territory-filter';
import { MercomunaPoint } from './mercomuna-point.entity';
export class MercomunaService {
    /** Delivery points by id, filtered by period, kind and territory. */
    static async list(ctx, page, filters) {
        const window = pageWindow(page);
        const territory = await requireTerritoryFilter(ctx, filters.territorialId, filters.coloniaId);
        return listPage(window, 'm', () => {
            const qb = applyTerritoryFilter(ctx.dataSource.getRepository(MercomunaPoint).createQueryBuilder('m'), 'm', territory);
            if (filters.period != null)
                qb.andWhere('m.period = :period', { period: filters.period });
            if (filters.kind != null)
                qb.andWhere('m.kind = :kind', { kind: filters.kind });
            return qb;
        });
    }
}
