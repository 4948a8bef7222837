import type { RequestContext } from '../common/request-context';
import { parseId } from '../common/validate';
import { placedList } from '../placement/territory-filter';
import { Beneficiary } from './beneficiary.entity';
import type { BeneficiaryFilterArgs } from './beneficiary.args';

export class BeneficiaryService {
  /** Beneficiaries by id, filtered by territorial, colonia of assignment, role, program year and status. */
  static list = placedList<Beneficiary, BeneficiaryFilterArgs>(Beneficiary, 'b', {
    refine: (qb, filters) => {
      if (filters.role != null) qb.andWhere('b.role = :role', { role: filters.role });
      if (filters.status != null) qb.andWhere('b.status = :status', { status: filters.status });
      if (filters.programYear != null)
        qb.andWhere('b.program_year = :programYear', { programYear: filters.programYear });
      return qb;
    },
  });

  /** One beneficiary by id; null when unknown. */
  static find(ctx: RequestContext, id: string): Promise<Beneficiary | null> {
    return ctx.loaders.beneficiary.beneficiaryById.load(parseId('id', id));
  }
}
