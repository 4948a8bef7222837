import type { ClassType } from '../module';
import { writeMutations } from '../write/write-mutations';
import { EcosSchool } from './ecos-school.entity';
import { CreateEcosSchoolInput, UpdateEcosSchoolInput } from './ecos.inputs';
import { EcosWriteService } from './ecos.write.service';

/** The module's create / update / delete mutations (src/write/write-mutations.ts). */
export const ecosMutations: readonly ClassType[] = [
  ...writeMutations(EcosSchool, EcosWriteService, {
    createEcosSchool: ['Records an ECOS school (OPERATOR: in its own territorial).', CreateEcosSchoolInput],
    updateEcosSchool: ['Changes an ECOS school (optimistic concurrency on `version`).', UpdateEcosSchoolInput],
    deleteEcosSchool: 'Deletes an ECOS school and its facilitator assignments. Returns the id.',
  }),
];
