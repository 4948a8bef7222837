import type { RequestContext } from '../common/request-context';
import { requireDateRange } from '../common/date';
import { badInput } from '../common/errors';
import { pageWindow, type Connection, type PageArgs } from '../common/pagination';
import { parseId } from '../common/validate';
import { applyDateWindow, listPage } from '../common/list-page';
import { applyTerritoryFilter, requireTerritoryFilter } from '../placement/territory-filter';
import type { ActivityFilterArgs } from './activity.args';
import { Activity } from './activity.entity';

export class ActivityService {
  /** Activities by id, filtered by date held (inclusive), territory, beneficiary and kind. */
  static async list(ctx: RequestContext, page: PageArgs, filters: ActivityFilterArgs): Promise<Connection<Activity>> {
    const window = pageWindow(page);
    const dates = requireDateRange(filters.from, filters.to);
    const territory = await requireTerritoryFilter(ctx, filters.territorialId, filters.coloniaId);
    let beneficiaryId: number | undefined;
    if (filters.beneficiaryId != null) {
      beneficiaryId = parseId('beneficiaryId', filters.beneficiaryId);
      if (!(await ctx.loaders.beneficiary.beneficiaryById.load(beneficiaryId)))
        throw badInput('beneficiaryId', `${beneficiaryId} does not match any beneficiary`);
    }
    return listPage(window, 'a', () => {
      const qb = applyTerritoryFilter(ctx.dataSource.getRepository(Activity).createQueryBuilder('a'), 'a', territory);
      if (beneficiaryId !== undefined) qb.andWhere('a.beneficiary_id = :beneficiaryId', { beneficiaryId });
      if (filters.kind != null) qb.andWhere('a.kind = :kind', { kind: filters.kind });
      return applyDateWindow(qb, 'a.held_on', dates);
    });
  }
}
