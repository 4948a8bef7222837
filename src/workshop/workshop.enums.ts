import { defineEnum, type EnumValue } from '../common/graphql-enum';

export const WorkshopModality = defineEnum('WorkshopModality', ['PRESENCIAL', 'VIRTUAL'], {
  description: 'In person (with a venue) or virtual.',
});
export type WorkshopModality = EnumValue<typeof WorkshopModality>;

export const AgendaStatus = defineEnum('AgendaStatus', ['IN_PROGRESS', 'COMPLETED', 'IMPLEMENTING'], {
  description:
    'IN_PROGRESS: being drafted; COMPLETED: finished, its projects not started; IMPLEMENTING: finished and carrying out its projects (a finished agenda too).',
});
export type AgendaStatus = EnumValue<typeof AgendaStatus>;
