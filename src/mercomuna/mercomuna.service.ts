import { placedList } from '../placement/territory-filter';
import type { MercomunaFilterArgs } from './mercomuna.args';
import { MercomunaPoint } from './mercomuna-point.entity';

export class MercomunaService {
  /** Delivery points by id, filtered by period, kind and territory. */
  static list = placedList<MercomunaPoint, MercomunaFilterArgs>(MercomunaPoint, 'm', {
    refine: (qb, filters) => {
      if (filters.period != null) qb.andWhere('m.period = :period', { period: filters.period });
      if (filters.kind != null) qb.andWhere('m.kind = :kind', { kind: filters.kind });
      return qb;
    },
  });
}
