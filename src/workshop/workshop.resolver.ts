import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../context';
import type { ClassType } from '../module';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { Colonia } from '../territory/colonia.entity';
import { listResolver, placedListResolvers, placementResolvers } from '../territory/placement.resolvers';
import { AgendaProject } from './agenda-project.entity';
import { Agenda } from './agenda.entity';
import { AgendaFilterArgs, WorkshopFilterArgs } from './workshop.args';
import { Workshop } from './workshop.entity';
import { WorkshopService } from './workshop.service';

export const WorkshopConnection = connectionTypes('Workshop', Workshop);
export const AgendaConnection = connectionTypes('Agenda', Agenda);

@Resolver(() => Workshop)
export class WorkshopResolver {
  @FieldResolver(() => GeoJSONScalar, {
    nullable: true,
    description: 'Venue as a GeoJSON Point; null for virtual workshops.',
  })
  location(@Root() workshop: Workshop, @Ctx() ctx: RequestContext): Promise<Geometry | null> {
    return ctx.loaders.workshop.workshopLocation.load(workshop.id);
  }
}

@Resolver(() => Agenda)
export class AgendaResolver {
  @FieldResolver(() => [AgendaProject], { description: 'Projects of the agenda, in order.' })
  projects(@Root() agenda: Agenda, @Ctx() ctx: RequestContext): Promise<AgendaProject[]> {
    return ctx.loaders.workshop.projectsByAgendaId.load(agenda.id);
  }
}

export const workshopResolvers: readonly ClassType[] = [
  listQuery(WorkshopConnection, WorkshopFilterArgs, WorkshopService.listWorkshops, {
    name: 'workshops',
    description: 'Participatory-planning workshops by id, a page at a time, with filters (dates inclusive).',
  }),
  listQuery(AgendaConnection, AgendaFilterArgs, WorkshopService.listAgendas, {
    name: 'agendas',
    description: 'Agendas de Desarrollo Local Comunitario by id, a page at a time, with filters.',
  }),
  WorkshopResolver,
  AgendaResolver,
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
