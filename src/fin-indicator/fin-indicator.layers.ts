import { BackgroundLoad } from '../common/background-load';
import { CRIME_WINDOW_EDGES_SQL, highImpactByUnitSql } from '../crime/crime.sql';
import { type LayerExtension, type LayerFigures, type LayerProperty, property } from '../geo/layers';

/** Population of a colonia / territorial for rates: the IECM catalogue's figure (aliases of the territory layers). */
export const COLONIA_POPULATION_SQL = 'c.poblacion::float8';
export const TERRITORIAL_POPULATION_SQL = 't.poblacion::float8';

/**
 * Fin-indicator figures of a choropleth unit (issue #11): the stored IDS (alias `sdu`, a join) and the
 * high-impact incidents of a period (alias `cr`, figures of a period): by default the last complete calendar
 * year of crime data; with a period (`from`/`to`, `year`, OGC `datetime`) that period, counted as
 * `crime(from, to)` counts them (crime.sql.ts: whole months from the rollup, the edge days from the incidents).
 * A period outside the crime data (before its first month, after its last) has no data: null, never 0; so has a
 * period whose incidents are still loading in the background (the embedded demo's first start).
 */
const LAST_CRIME_YEAR = `(SELECT (date_trunc('year', max(month) + interval '1 month') - interval '1 year')::date FROM crime_month_colonia)`;

function crimeFigures(kind: 'COLONIA' | 'TERRITORIAL', populationSql: string): LayerFigures {
  const table = kind === 'COLONIA' ? 'colonia' : 'territorial';
  return {
    alias: 'cr',
    key: 'unit_id',
    sql: (period, params) => {
      const window = period
        ? `SELECT ${params.add(period.start ?? null, 'date')} AS lo, ${params.add(period.end ?? null, 'date')} AS hi`
        : `SELECT y AS lo, (y + interval '1 year' - interval '1 day')::date AS hi FROM (SELECT ${LAST_CRIME_YEAR} AS y) last_year`;
      const loading = BackgroundLoad.pendingIn('crime', period?.start ?? null, period?.end ?? null) !== undefined;
      return `WITH win AS (${window}),
  edges AS (${CRIME_WINDOW_EDGES_SQL}),
  bounds AS (SELECT min(month) AS first_month, max(month) + interval '1 month' AS after_months FROM crime_month_colonia),
  counts AS (${highImpactByUnitSql(kind)})
SELECT u.id AS unit_id, win.lo AS period_from, win.hi AS period_to, COALESCE(n.n, 0) AS high_impact,
       ${loading ? 'false' : `COALESCE(b.first_month <= COALESCE(win.hi, 'infinity'::date) AND COALESCE(win.lo, '-infinity'::date) < b.after_months, false)`} AS has_data,
       (win.lo = date_trunc('year', win.lo)::date AND win.hi = (win.lo + interval '1 year' - interval '1 day')::date) AS calendar_year
  FROM ${table} u CROSS JOIN win CROSS JOIN bounds b
  LEFT JOIN counts n ON n.unit_id = u.id`;
    },
    properties: [
      property.integer(
        'crimeYear',
        'CASE WHEN cr.has_data AND cr.calendar_year THEN extract(year FROM cr.period_from) END',
        'Calendar year of the crime figures when their period is one (by default the last complete year of the data).',
      ),
      property.integer(
        'crimeHighImpact',
        'CASE WHEN cr.has_data THEN cr.high_impact END',
        'High-impact incidents in the period of the crime figures (null: no data for it).',
      ),
      property.number(
        'crimeRatePer100k',
        `CASE WHEN cr.has_data THEN round((cr.high_impact * 100000.0 / NULLIF(${populationSql}, 0))::numeric, 2) END`,
        'crimeHighImpact per 100,000 inhabitants (null without a population or without data).',
      ),
      property.date('crimeFrom', 'cr.period_from', 'First day of the period of the crime figures (null: open).'),
      property.date('crimeTo', 'cr.period_to', 'Last day of the period of the crime figures (null: open).'),
    ],
  };
}

function idsJoin(kind: 'COLONIA' | 'TERRITORIAL', unitSql: string): string {
  return `LEFT JOIN social_development_unit sdu ON sdu.kind = '${kind}' AND sdu.unit_id = ${unitSql}`;
}

const idsProperties: LayerProperty[] = [
  property.number('ids', 'sdu.value', "Evalúa's IDS 2020, interpolated (0–1)."),
  property.text('idsStratum', 'sdu.stratum', 'IDS stratum: MUY_BAJO … MUY_ALTO.'),
];

/** The fin-indicator figures on the territory module's choropleth layers (aliases `t`, `c` of territory.layers.ts). */
export const finIndicatorLayerExtensions: LayerExtension[] = [
  {
    layer: 'territoriales',
    joins: [idsJoin('TERRITORIAL', 't.id')],
    properties: idsProperties,
    figures: [crimeFigures('TERRITORIAL', TERRITORIAL_POPULATION_SQL)],
  },
  {
    layer: 'colonias',
    joins: [idsJoin('COLONIA', 'c.id')],
    properties: idsProperties,
    figures: [crimeFigures('COLONIA', COLONIA_POPULATION_SQL)],
  },
];
