import type { ClassType } from '../module';
import { writeMutations } from '../write/write-mutations';
import { Activity } from './activity.entity';
import { CreateActivityInput, UpdateActivityInput } from './activity.inputs';
import { ActivityWriteService } from './activity.write.service';

/** The module's create / update / delete mutations (src/write/write-mutations.ts). */
export const activityMutations: readonly ClassType[] = [
  ...writeMutations(Activity, ActivityWriteService, {
    createActivity: [
      'Records a field activity (OPERATOR: in its own territorial); coverage counts it at once.',
      CreateActivityInput,
    ],
    updateActivity: ['Changes an activity (optimistic concurrency on `version`).', UpdateActivityInput],
    deleteActivity: 'Deletes an activity. Returns the id.',
  }),
];
