import { requireDateRange } from '../common/date';
import { pageWindow } from '../common/pagination';
import { applyDateWindow, listPage } from '../common/list-page';
import { applyTerritoryFilter, requireTerritoryFilter } from '../territory/territory-filter';
import { PublicSpaceImprovement } from './public-space-improvement.entity';
export class PublicSpaceService {
    /** Improvements by id, filtered by kind, status, territory and date built (inclusive). */
    static async list(ctx, page, filters) {
        const window = pageWindow(page);
        const dates = requireDateRange(filters.from, filters.to);
        const territory = await requireTerritoryFilter(ctx, filters.territorialId, filters.coloniaId);
        return listPage(window, 'i', () => {
            const qb = applyTerritoryFilter(ctx.dataSource.getRepository(PublicSpaceImprovement).createQueryBuilder('i'), 'i', territory);
            if (filters.kind != null)
                qb.andWhere('i.kind = :kind', { kind: filters.kind });
            if (filters.status != null)
                qb.andWhere('i.status = :status', { status: filters.status });
            return applyDateWindow(qb, 'i.built_on', dates);
        });
    }
}
