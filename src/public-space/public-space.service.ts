import type { RequestContext } from '../context';
import { requireDateRange } from '../common/date';
import { pageWindow, type Connection, type PageArgs } from '../common/pagination';
import { applyDateWindow } from '../common/list-page';
import { listPlaced } from '../territory/territory-filter';
import type { ImprovementFilterArgs } from './public-space.args';
import { PublicSpaceImprovement } from './public-space-improvement.entity';

export class PublicSpaceService {
  /** Improvements by id, filtered by kind, status, territory and date built (inclusive). */
  static async list(
    ctx: RequestContext,
    page: PageArgs,
    filters: ImprovementFilterArgs,
  ): Promise<Connection<PublicSpaceImprovement>> {
    const window = pageWindow(page);
    const dates = requireDateRange(filters.from, filters.to);
    return listPlaced(ctx, window, filters, PublicSpaceImprovement, 'i', (qb) => {
      if (filters.kind != null) qb.andWhere('i.kind = :kind', { kind: filters.kind });
      if (filters.status != null) qb.andWhere('i.status = :status', { status: filters.status });
      return applyDateWindow(qb, 'i.built_on', dates);
    });
  }
}
