import type { ClassType } from '../module';
import { writeMutations } from '../write/write-mutations';
import { Agenda } from './agenda.entity';
import { Workshop } from './workshop.entity';
import { CreateAgendaInput, CreateWorkshopInput, UpdateAgendaInput, UpdateWorkshopInput } from './workshop.inputs';
import { WorkshopWriteService } from './workshop.write.service';

/** The module's create / update / delete mutations (src/write/write-mutations.ts). */
export const workshopMutations: readonly ClassType[] = [
  ...writeMutations(Workshop, WorkshopWriteService, {
    createWorkshop: ['Records a workshop (OPERATOR: in its own territorial).', CreateWorkshopInput],
    updateWorkshop: ['Changes a workshop (optimistic concurrency on `version`).', UpdateWorkshopInput],
    deleteWorkshop: 'Deletes a workshop. Returns the id.',
  }),
  ...writeMutations(Agenda, WorkshopWriteService, {
    createAgenda: ['Records a colonia agenda with its projects.', CreateAgendaInput],
    updateAgenda: [
      'Changes an agenda; `projects`, when given, replaces the list (optimistic concurrency on `version`).',
      UpdateAgendaInput,
    ],
    deleteAgenda: 'Deletes an agenda and its projects. Returns the id.',
  }),
];
