import type { ClassType } from '../module';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { geoJsonFieldResolver } from '../geo/geojson-field.resolver';
import { Colonia } from '../territory/colonia.entity';
import { listResolver, placedListResolvers, placementResolvers } from '../territory/placement.resolvers';
import { AgendaProject } from './agenda-project.entity';
import { Agenda } from './agenda.entity';
import { AgendaFilterArgs, WorkshopFilterArgs } from './workshop.args';
import { Workshop } from './workshop.entity';
import { WorkshopService } from './workshop.service';

export const WorkshopConnection = connectionTypes('Workshop', Workshop);
export const AgendaConnection = connectionTypes('Agenda', Agenda);

export const workshopResolvers: readonly ClassType[] = [
  listQuery(WorkshopConnection, WorkshopFilterArgs, WorkshopService.listWorkshops, {
    name: 'workshops',
    description: 'Participatory-planning workshops by id, a page at a time, with filters (dates inclusive).',
  }),
  listQuery(AgendaConnection, AgendaFilterArgs, WorkshopService.listAgendas, {
    name: 'agendas',
    description: 'Agendas de Desarrollo Local Comunitario by id, a page at a time, with filters.',
  }),
  geoJsonFieldResolver(Workshop, 'location', {
    description: 'Venue as a GeoJSON Point; null for virtual workshops.',
    loader: (l) => l.workshop.workshopLocation,
  }),
  listResolver<AgendaProject>(Agenda, AgendaProject, 'projects', [
    'Projects of the agenda, in order.',
    (l) => l.workshop.projectsByAgendaId,
  ]),
  ...placementResolvers(Workshop),
  ...placementResolvers(Agenda, { territorial: false }),
  ...placedListResolvers<Workshop>(Workshop, 'workshops', {
    territorial: ['Workshops held in this territorial, by date.', (l) => l.workshop.workshopsByTerritorialId],
    colonia: ['Workshops held for this colonia, by date.', (l) => l.workshop.workshopsByColoniaId],
  }),
  listResolver<Agenda>(Colonia, Agenda, 'agendas', [
    "This colonia's agendas, one per program year.",
    (l) => l.workshop.agendasByColoniaId,
  ]),
];
