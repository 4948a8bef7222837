import { placedList } from '../placement/territory-filter';
import type { ImprovementFilterArgs } from './public-space.args';
import { PublicSpaceImprovement } from './public-space-improvement.entity';

export class PublicSpaceService {
  /** Improvements by id, filtered by kind, status, territory and date built (inclusive). */
  static list = placedList<PublicSpaceImprovement, ImprovementFilterArgs>(PublicSpaceImprovement, 'i', {
    dated: 'i.built_on',
    refine: (qb, filters) => {
      if (filters.kind != null) qb.andWhere('i.kind = :kind', { kind: filters.kind });
      if (filters.status != null) qb.andWhere('i.status = :status', { status: filters.status });
      return qb;
    },
  });
}
