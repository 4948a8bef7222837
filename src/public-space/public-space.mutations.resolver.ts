import type { ClassType } from '../module';
import { writeMutations } from '../write/write-mutations';
import { PublicSpaceImprovement } from './public-space-improvement.entity';
import { CreateImprovementInput, UpdateImprovementInput } from './public-space.inputs';
import { PublicSpaceWriteService } from './public-space.write.service';

/** The module's create / update / delete mutations (src/write/write-mutations.ts). */
export const publicSpaceMutations: readonly ClassType[] = [
  ...writeMutations(PublicSpaceImprovement, PublicSpaceWriteService, {
    createImprovement: [
      'Records a public-space improvement (OPERATOR: in its own territorial); its kind becomes tracked.',
      CreateImprovementInput,
    ],
    updateImprovement: ['Changes an improvement (optimistic concurrency on `version`).', UpdateImprovementInput],
    deleteImprovement: 'Deletes an improvement. Returns the id.',
  }),
];
