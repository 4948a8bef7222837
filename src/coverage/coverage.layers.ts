import type { LayerCoverage, LayerExtension, LayerProperty } from '../geo/layers';
import { coveragePropertiesByColoniaSql, coveragePropertiesByTerritorialSql } from './coverage.sql';

/** Coverage figures both choropleth layers carry (columns of coverage.sql.ts). */
const sharedCoverageProperties: LayerProperty[] = [
  {
    name: 'beneficiaries',
    sql: 'COALESCE(cov.beneficiaries, 0)::int',
    type: 'integer',
    description: 'Beneficiaries (servidores and promotores) assigned.',
  },
  {
    name: 'workshops',
    sql: 'COALESCE(cov.workshops, 0)::int',
    type: 'integer',
    description: 'Participatory-planning workshops held.',
  },
  {
    name: 'workshopParticipants',
    sql: 'COALESCE(cov.workshop_participants, 0)::int',
    type: 'integer',
    description: 'Participants in those workshops.',
  },
  { name: 'ecosSchools', sql: 'COALESCE(cov.ecos_schools, 0)::int', type: 'integer', description: 'ECOS schools.' },
  {
    name: 'improvements',
    sql: 'COALESCE(cov.improvements, 0)::int',
    type: 'integer',
    description: 'Public-space improvements finished and in use (status COMPLETED), all time.',
  },
  {
    name: 'activities',
    sql: 'COALESCE(cov.activities, 0)::bigint',
    type: 'integer',
    description: 'Field activities recorded.',
  },
  {
    name: 'peopleReached',
    sql: 'COALESCE(cov.people_reached, 0)::bigint',
    type: 'integer',
    description: 'People reached by those activities.',
  },
  {
    name: 'poblacion',
    sql: 'cov.poblacion::bigint',
    type: 'integer',
    description: 'Inhabitants (IECM population; a territorial sums its units, each once); null when unknown.',
  },
  {
    name: 'peopleReachedPer1000',
    sql: 'cov.people_reached_per_1000::float8',
    type: 'number',
    description: 'People reached per 1,000 inhabitants; null when the population is unknown.',
  },
];

export const territorialCoverage: LayerCoverage = {
  sql: coveragePropertiesByTerritorialSql,
  key: 'territorial_id',
  properties: [
    ...sharedCoverageProperties,
    {
      name: 'colonias',
      sql: 'COALESCE(cov.colonias, 0)::int',
      type: 'integer',
      description: 'Colonias in the territorial.',
    },
    {
      name: 'coloniasAttended',
      sql: 'COALESCE(cov.colonias_attended, 0)::int',
      type: 'integer',
      description: 'Colonias with a beneficiary, a workshop or an activity.',
    },
    {
      name: 'coverageRatio',
      sql: 'COALESCE(cov.coverage_ratio, 0)::float8',
      type: 'number',
      description: 'coloniasAttended / colonias (0–1).',
    },
  ],
};

export const coloniaCoverage: LayerCoverage = {
  sql: coveragePropertiesByColoniaSql,
  key: 'colonia_id',
  properties: [
    ...sharedCoverageProperties,
    {
      name: 'attended',
      sql: 'COALESCE(cov.attended, false)',
      type: 'boolean',
      description: 'Whether the colonia has a beneficiary, a workshop or an activity.',
    },
  ],
};

/** The coverage figures on the territory module's choropleth layers (territoriales, colonias). */
export const coverageLayerExtensions: LayerExtension[] = [
  { layer: 'territoriales', coverage: territorialCoverage },
  { layer: 'colonias', coverage: coloniaCoverage },
];
