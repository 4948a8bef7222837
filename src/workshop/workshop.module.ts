import { defineModule } from '../module';
import { AgendaProject } from './agenda-project.entity';
import { Agenda } from './agenda.entity';
import { Workshop } from './workshop.entity';
import { agendasIntake, workshopsIntake } from './workshop.intake';
import { workshopsLayer } from './workshop.layers';
import { createWorkshopLoaders } from './workshop.loaders';
import { workshopMutations } from './workshop.mutations.resolver';
import { workshopResolvers } from './workshop.resolver';
import { AGENDA_TABLE, WORKSHOP_TABLE } from './workshop.write.service';

declare module '../common/request-context' {
  interface Loaders {
    workshop: ReturnType<typeof createWorkshopLoaders>;
  }
}

/** Participatory-planning workshops and the agendas they produce. */
export const workshopModule = defineModule({
  name: 'workshop',
  resolvers: [...workshopResolvers, ...workshopMutations],
  loaders: (dataSource) => ({ workshop: createWorkshopLoaders(dataSource) }),
  entities: [Workshop, Agenda, AgendaProject],
  layers: [workshopsLayer],
  audited: [WORKSHOP_TABLE.entity, AGENDA_TABLE.entity],
  placedTables: [WORKSHOP_TABLE],
  intakeLayers: [workshopsIntake, agendasIntake],
});
