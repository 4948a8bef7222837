import type { ClassType } from '../module';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { Colonia } from '../placement/colonia.entity';
import { listResolver, placedFeatureResolvers, placementResolvers } from '../placement/placement.resolvers';
import { AgendaProject } from './agenda-project.entity';
import { Agenda } from './agenda.entity';
import { AgendaFilterArgs, WorkshopFilterArgs } from './workshop.args';
import { Workshop } from './workshop.entity';
import { WorkshopService } from './workshop.service';

export const AgendaConnection = connectionTypes('Agenda', Agenda);

export const workshopResolvers: readonly ClassType[] = [
  ...placedFeatureResolvers(Workshop, WorkshopFilterArgs, WorkshopService.listWorkshops, {
    name: 'workshops',
    description: 'Participatory-planning workshops by id, a page at a time, with filters (dates inclusive).',
    loaders: (l) => l.workshop.workshops,
    geoJson: ['location', 'Venue as a GeoJSON Point; null for virtual workshops.'],
    lists: ['Workshops held in this territorial, by date.', 'Workshops held for this colonia, by date.'],
  }),
  listQuery(AgendaConnection, AgendaFilterArgs, WorkshopService.listAgendas, {
    name: 'agendas',
    description: 'Agendas de Desarrollo Local Comunitario by id, a page at a time, with filters.',
  }),
  listResolver<AgendaProject>(Agenda, AgendaProject, 'projects', [
    'Projects of the agenda, in order.',
    (l) => l.workshop.projectsByAgendaId,
  ]),
  ...placementResolvers(Agenda, { territorial: false }),
  listResolver<Agenda>(Colonia, Agenda, 'agendas', [
    "This colonia's agendas, one per program year.",
    (l) => l.workshop.agendasByColoniaId,
  ]),
];
