import { pageWindow } from '../common/pagination';
import { parseId } from '../common/validate';
import { listPage } from '../common/list-page';
import { applyTerritoryFilter, requireTerritoryFilter } from '../territory/territory-filter';
import { Beneficiary } from './beneficiary.entity';
export class BeneficiaryService {
    /** Beneficiaries by id, filtered by territorial, colonia of assignment, role, program year and status. */
    static async list(ctx, page, filters) {
        const window = pageWindow(page);
        const territory = await requireTerritoryFilter(ctx, filters.territorialId, filters.coloniaId);
        return listPage(window, 'b', () => {
            const qb = applyTerritoryFilter(ctx.dataSource.getRepository(Beneficiary).createQueryBuilder('b'), 'b', territory);
            if (filters.role != null)
                qb.andWhere('b.role = :role', { role: filters.role });
            if (filters.status != null)
                qb.andWhere('b.status = :status', { status: filters.status });
            if (filters.programYear != null)
                qb.andWhere('b.program_year = :programYear', { programYear: filters.programYear });
            return qb;
        });
    }
    /** One beneficiary by id; null when unknown. */
    static find(ctx, id) {
        return ctx.loaders.beneficiary.beneficiaryById.load(parseId('id', id));
    }
}
