import { Role } from '../auth/role';
import type { ClassType } from '../module';
import { writeMutations } from '../write/write-mutations';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';
import { UpdateColoniaInput, UpdateTerritorialInput } from './territory.inputs';
import { TerritoryWriteService } from './territory.write.service';

/** The module's create / update / delete mutations (src/write/write-mutations.ts). */
export const territoryMutations: readonly ClassType[] = [
  ...writeMutations(
    Colonia,
    TerritoryWriteService,
    {
      updateColonia: [
        "Changes a colonia's attributes (ADMIN; optimistic concurrency on `version`).",
        UpdateColoniaInput,
      ],
    },
    Role.ADMIN,
  ),
  ...writeMutations(
    Territorial,
    TerritoryWriteService,
    {
      updateTerritorial: [
        "Changes a territorial's attributes (ADMIN; optimistic concurrency on `version`).",
        UpdateTerritorialInput,
      ],
    },
    Role.ADMIN,
  ),
];
