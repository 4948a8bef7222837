import type { RequestContext } from '../context';
import { requireDateRange } from '../common/date';
import { pageWindow, type Connection, type PageArgs } from '../common/pagination';
import { applyDateWindow, listPage } from '../common/list-page';
import { listPlaced, requireTerritoryFilter } from '../territory/territory-filter';
import { Agenda } from './agenda.entity';
import type { AgendaFilterArgs, WorkshopFilterArgs } from './workshop.args';
import { Workshop } from './workshop.entity';

export class WorkshopService {
  /** Workshops by id, filtered by territory, modality and date held (inclusive). */
  static async listWorkshops(
    ctx: RequestContext,
    page: PageArgs,
    filters: WorkshopFilterArgs,
  ): Promise<Connection<Workshop>> {
    const window = pageWindow(page);
    const dates = requireDateRange(filters.from, filters.to);
    return listPlaced(ctx, window, filters, Workshop, 'w', (qb) => {
      if (filters.modality != null) qb.andWhere('w.modality = :modality', { modality: filters.modality });
      return applyDateWindow(qb, 'w.held_on', dates);
    });
  }

  /** Agendas by id, filtered by territory (through their colonia), status and program year. */
  static async listAgendas(
    ctx: RequestContext,
    page: PageArgs,
    filters: AgendaFilterArgs,
  ): Promise<Connection<Agenda>> {
    const window = pageWindow(page);
    const territory = await requireTerritoryFilter(ctx, filters.territorialId, filters.coloniaId);
    return listPage(window, 'a', () => {
      const qb = ctx.dataSource.getRepository(Agenda).createQueryBuilder('a');
      if (territory.territorialId !== undefined) {
        qb.andWhere('a.colonia_id IN (SELECT c.id FROM colonia c WHERE c.territorial_id = :territorialId)', {
          territorialId: territory.territorialId,
        });
      }
      if (territory.coloniaId !== undefined)
        qb.andWhere('a.colonia_id = :coloniaId', { coloniaId: territory.coloniaId });
      if (filters.status != null) qb.andWhere('a.status = :status', { status: filters.status });
      if (filters.programYear != null)
        qb.andWhere('a.program_year = :programYear', { programYear: filters.programYear });
      return qb;
    });
  }
}
