import type { DataSource } from 'typeorm';
import { childrenLoader } from '../db/loaders';
import { placedFeatureLoaders } from '../placement/placement.loaders';
import { AgendaProject } from './agenda-project.entity';
import { Agenda } from './agenda.entity';
import { Workshop } from './workshop.entity';

/** Per-request batch loaders of the workshop module. */
export function createWorkshopLoaders(dataSource: DataSource) {
  return {
    workshops: placedFeatureLoaders(
      dataSource,
      Workshop,
      { heldOn: 'ASC', id: 'ASC' },
      { table: 'workshop', column: 'location' },
    ),
    agendasByColoniaId: childrenLoader(dataSource, Agenda, 'coloniaId', { programYear: 'ASC' }),
    projectsByAgendaId: childrenLoader(dataSource, AgendaProject, 'agendaId', { position: 'ASC' }),
  };
}

export type WorkshopLoaders = ReturnType<typeof createWorkshopLoaders>;
