import { registerEnumType } from 'type-graphql';

export enum WorkshopModality {
  PRESENCIAL = 'PRESENCIAL',
  VIRTUAL = 'VIRTUAL',
}

export enum AgendaStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  IMPLEMENTING = 'IMPLEMENTING',
}

registerEnumType(WorkshopModality, { name: 'WorkshopModality', description: 'In person (with a venue) or virtual.' });
registerEnumType(AgendaStatus, {
  name: 'AgendaStatus',
  description:
    'IN_PROGRESS: being drafted; COMPLETED: agenda finished; IMPLEMENTING: finished and carrying out its projects.',
});
