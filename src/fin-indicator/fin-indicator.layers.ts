import { type LayerExtension, type LayerProperty, property } from '../geo/layers';

/** Population of a colonia / territorial for rates: the IECM catalogue's figure (aliases of the territory layers). */
export const COLONIA_POPULATION_SQL = 'c.poblacion::float8';
export const TERRITORIAL_POPULATION_SQL = 't.poblacion::float8';

/**
 * Fin-indicator figures of a choropleth unit (issue #11): the stored IDS
 * (alias `sdu`) and the high-impact incidents of the last complete calendar
 * year of crime data (alias `cr`), from the rollup.
 */
const LAST_CRIME_YEAR = `(SELECT (date_trunc('year', max(month) + interval '1 month') - interval '1 year')::date FROM crime_month_colonia)`;
export function finIndicatorJoins(kind: 'COLONIA' | 'TERRITORIAL', unitSql: string): string {
  const unit = kind === 'COLONIA' ? 'r.colonia_id' : 'cc.territorial_id';
  const join = kind === 'COLONIA' ? '' : ' JOIN colonia cc ON cc.id = r.colonia_id';
  return `LEFT JOIN social_development_unit sdu ON sdu.kind = '${kind}' AND sdu.unit_id = ${unitSql}
 LEFT JOIN (SELECT ${unit} AS unit_id, extract(year FROM min(r.month))::int AS year,
                   (sum(r.incidents) FILTER (WHERE r.category <> 'OTROS'))::int AS high_impact
              FROM crime_month_colonia r${join}
             WHERE r.month >= ${LAST_CRIME_YEAR} AND r.month < ${LAST_CRIME_YEAR} + interval '1 year'
             GROUP BY 1) cr ON cr.unit_id = ${unitSql}`;
}

export function finIndicatorProperties(populationSql: string): LayerProperty[] {
  return [
    property.number('ids', 'sdu.value', "Evalúa's IDS 2020, interpolated (0–1)."),
    property.text('idsStratum', 'sdu.stratum', 'IDS stratum: MUY_BAJO … MUY_ALTO.'),
    property.integer('crimeYear', 'cr.year', 'Last complete calendar year of the crime data.'),
    property.integer('crimeHighImpact', 'COALESCE(cr.high_impact, 0)', 'High-impact incidents in crimeYear.'),
    property.number(
      'crimeRatePer100k',
      `round((COALESCE(cr.high_impact, 0) * 100000.0 / NULLIF(${populationSql}, 0))::numeric, 2)`,
      'crimeHighImpact per 100,000 inhabitants (null without a population).',
    ),
  ];
}

/** The fin-indicator figures on the territory module's choropleth layers (aliases `t`, `c` of territory.layers.ts). */
export const finIndicatorLayerExtensions: LayerExtension[] = [
  {
    layer: 'territoriales',
    joins: [finIndicatorJoins('TERRITORIAL', 't.id')],
    properties: finIndicatorProperties(TERRITORIAL_POPULATION_SQL),
  },
  {
    layer: 'colonias',
    joins: [finIndicatorJoins('COLONIA', 'c.id')],
    properties: finIndicatorProperties(COLONIA_POPULATION_SQL),
  },
];
