import type { DataSource } from 'typeorm';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { linkedLoader, type Link } from '../db/loaders';
import { placedFeatureLoaders } from '../placement/placement.loaders';
import { EcosSchool } from './ecos-school.entity';

const FACILITATOR_OF_SCHOOL: Link = {
  table: 'ecos_school_facilitator',
  keyColumn: 'ecos_school_id',
  rowColumn: 'beneficiary_id',
};
const SCHOOL_OF_FACILITATOR: Link = {
  table: 'ecos_school_facilitator',
  keyColumn: 'beneficiary_id',
  rowColumn: 'ecos_school_id',
};

/** Per-request batch loaders of the ECOS module. */
export function createEcosLoaders(dataSource: DataSource) {
  return {
    ...placedFeatureLoaders(dataSource, EcosSchool, { clave: 'ASC' }, { table: 'ecos_school', column: 'location' }),
    /** Facilitators of each school, by folio. */
    facilitatorsBySchoolId: linkedLoader(dataSource, Beneficiary, 'b', FACILITATOR_OF_SCHOOL, 'b.folio'),
    /** Schools each beneficiary facilitates. */
    schoolsByFacilitatorId: linkedLoader(dataSource, EcosSchool, 'e', SCHOOL_OF_FACILITATOR, 'e.clave'),
  };
}

export type EcosLoaders = ReturnType<typeof createEcosLoaders>;
