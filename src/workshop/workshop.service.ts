import { placedList } from '../placement/territory-filter';
import { Agenda } from './agenda.entity';
import type { AgendaFilterArgs, WorkshopFilterArgs } from './workshop.args';
import { Workshop } from './workshop.entity';

export class WorkshopService {
  /** Workshops by id, filtered by territory, modality and date held (inclusive). */
  static listWorkshops = placedList<Workshop, WorkshopFilterArgs>(Workshop, 'w', {
    dated: 'w.held_on',
    refine: (qb, filters) => {
      if (filters.modality != null) qb.andWhere('w.modality = :modality', { modality: filters.modality });
      return qb;
    },
  });

  /** Agendas by id, filtered by territory (through their colonia), status and program year. */
  static listAgendas = placedList<Agenda, AgendaFilterArgs>(Agenda, 'a', {
    placed: (qb, territory) => {
      if (territory.territorialId !== undefined) {
        qb.andWhere('a.colonia_id IN (SELECT c.id FROM colonia c WHERE c.territorial_id = :territorialId)', {
          territorialId: territory.territorialId,
        });
      }
      if (territory.coloniaId !== undefined)
        qb.andWhere('a.colonia_id = :coloniaId', { coloniaId: territory.coloniaId });
      return qb;
    },
    refine: (qb, filters) => {
      if (filters.status != null) qb.andWhere('a.status = :status', { status: filters.status });
      if (filters.programYear != null)
        qb.andWhere('a.program_year = :programYear', { programYear: filters.programYear });
      return qb;
    },
  });
}
