import { property, type LayerExtension, type LayerFigures, type LayerProperty } from '../geo/layers';
import {
  coverageInPeriodSql,
  coveragePropertiesByColoniaSql,
  coveragePropertiesByTerritorialSql,
} from './coverage.sql';

/**
 * The program's coverage on the choropleth layers (territoriales, colonias), as figures of a period: all time
 * by default; with a period (`from`/`to`, `year`, OGC `datetime`) the figures of that period, from the same
 * figure groups as the GraphQL Coverage (coverage.sql.ts). A period before the program's first year has no data:
 * its figures are null, never 0. Aliases: `cov` (the figures), and the layer's own.
 */

/** A figure of the period: null when the period has no data, else the count (0 when none). */
const counted = (column: string, cast: 'int' | 'bigint') =>
  `(CASE WHEN cov.has_data IS NOT FALSE THEN COALESCE(cov.${column}, 0) END)::${cast}`;

const periodProperties: LayerProperty[] = [
  property.date(
    'periodFrom',
    'cov.period_from',
    'First day of the period of the coverage figures; null: open (all time).',
  ),
  property.date('periodTo', 'cov.period_to', 'Last day of the period of the coverage figures; null: open (all time).'),
];

/** Coverage figures both choropleth layers carry (columns of coverage.sql.ts). */
const sharedCoverageProperties: LayerProperty[] = [
  {
    name: 'beneficiaries',
    sql: counted('beneficiaries', 'int'),
    type: 'integer',
    description:
      'Beneficiaries (servidores and promotores) assigned; with a period, those of the program years it touches not dropped before their year began.',
  },
  {
    name: 'workshops',
    sql: counted('workshops', 'int'),
    type: 'integer',
    description: 'Participatory-planning workshops held.',
  },
  {
    name: 'workshopParticipants',
    sql: counted('workshop_participants', 'int'),
    type: 'integer',
    description: 'Participants in those workshops.',
  },
  {
    name: 'ecosSchools',
    sql: counted('ecos_schools', 'int'),
    type: 'integer',
    description: 'ECOS schools (with a period: of the program years it touches).',
  },
  {
    name: 'improvements',
    sql: counted('improvements', 'int'),
    type: 'integer',
    description: 'Public-space improvements finished and in use (status COMPLETED; with a period: built in it).',
  },
  {
    name: 'activities',
    sql: counted('activities', 'bigint'),
    type: 'integer',
    description: 'Field activities recorded.',
  },
  {
    name: 'peopleReached',
    sql: counted('people_reached', 'bigint'),
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
    sql: '(CASE WHEN cov.has_data IS NOT FALSE THEN cov.people_reached_per_1000 END)::float8',
    type: 'number',
    description: 'People reached per 1,000 inhabitants; null when the population is unknown.',
  },
];

/** The coverage CTE: all time, or the period's (its ends as bind parameters; null: open). */
function coverageFigures(
  level: 'COLONIA' | 'TERRITORIAL',
  allTime: () => string,
  properties: LayerProperty[],
): LayerFigures {
  return {
    alias: 'cov',
    key: level === 'COLONIA' ? 'colonia_id' : 'territorial_id',
    sql: (period, params) =>
      period
        ? coverageInPeriodSql(level, params.add(period.start ?? null, 'date'), params.add(period.end ?? null, 'date'))
        : allTime(),
    properties: [...sharedCoverageProperties, ...properties, ...periodProperties],
  };
}

export const territorialCoverage = coverageFigures('TERRITORIAL', coveragePropertiesByTerritorialSql, [
  {
    name: 'colonias',
    sql: 'COALESCE(cov.colonias, 0)::int',
    type: 'integer',
    description: 'Colonias in the territorial.',
  },
  {
    name: 'coloniasAttended',
    sql: counted('colonias_attended', 'int'),
    type: 'integer',
    description: 'Colonias with a beneficiary, a workshop or an activity.',
  },
  {
    name: 'coverageRatio',
    sql: '(CASE WHEN cov.has_data IS NOT FALSE THEN COALESCE(cov.coverage_ratio, 0) END)::float8',
    type: 'number',
    description: 'coloniasAttended / colonias (0–1).',
  },
]);

export const coloniaCoverage = coverageFigures('COLONIA', coveragePropertiesByColoniaSql, [
  {
    name: 'attended',
    sql: '(CASE WHEN cov.has_data IS NOT FALSE THEN COALESCE(cov.attended, false) END)',
    type: 'boolean',
    description: 'Whether the colonia has a beneficiary, a workshop or an activity.',
  },
]);

/** The coverage figures on the territory module's choropleth layers (territoriales, colonias). */
export const coverageLayerExtensions: LayerExtension[] = [
  { layer: 'territoriales', figures: [territorialCoverage] },
  { layer: 'colonias', figures: [coloniaCoverage] },
];
