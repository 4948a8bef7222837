import type { RequestContext } from '../context';
import { pageWindow, type Connection, type PageArgs } from '../common/pagination';
import { listPlaced } from '../territory/territory-filter';
import type { MercomunaFilterArgs } from './mercomuna.args';
import { MercomunaPoint } from './mercomuna-point.entity';

export class MercomunaService {
  /** Delivery points by id, filtered by period, kind and territory. */
  static async list(
    ctx: RequestContext,
    page: PageArgs,
    filters: MercomunaFilterArgs,
  ): Promise<Connection<MercomunaPoint>> {
    return listPlaced(ctx, pageWindow(page), filters, MercomunaPoint, 'm', (qb) => {
      if (filters.period != null) qb.andWhere('m.period = :period', { period: filters.period });
      if (filters.kind != null) qb.andWhere('m.kind = :kind', { kind: filters.kind });
      return qb;
    });
  }
}
