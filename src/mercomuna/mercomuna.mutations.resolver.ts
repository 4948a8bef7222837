import type { ClassType } from '../module';
import { writeMutations } from '../write/write-mutations';
import { MercomunaPoint } from './mercomuna-point.entity';
import { CreateMercomunaPointInput, UpdateMercomunaPointInput } from './mercomuna.inputs';
import { MercomunaWriteService } from './mercomuna.write.service';

/** The module's create / update / delete mutations (src/write/write-mutations.ts). */
export const mercomunaMutations: readonly ClassType[] = [
  ...writeMutations(MercomunaPoint, MercomunaWriteService, {
    createMercomunaPoint: [
      'Records a Mercomuna delivery point (OPERATOR: in its own territorial).',
      CreateMercomunaPointInput,
    ],
    updateMercomunaPoint: [
      'Changes a Mercomuna point (optimistic concurrency on `version`).',
      UpdateMercomunaPointInput,
    ],
    deleteMercomunaPoint: 'Deletes a Mercomuna point. Returns the id.',
  }),
];
