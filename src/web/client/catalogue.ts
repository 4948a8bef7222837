/**
 * The report's indicator catalogue as the API gives it (`indicators`): the map
 * offers every entry, colours the units by its value over the chosen period
 * (`indicatorSeries` of every territorial or colonia, one SQL statement) and
 * draws its series for the selected unit (`indicator(code) { series }`).
 */

export interface IndicatorFigure {
  value: number | null;
  year: number | null;
  unit: string;
  source: string;
  statement: string;
}

export interface CatalogueIndicator {
  code: string;
  level: 'FIN' | 'PROPOSITO' | 'COMPONENTE' | 'ACTIVIDAD';
  name: string;
  description: string;
  method: { formula: string; fields: string[] };
  unit: string;
  frequency: string;
  direction: string;
  baseline: IndicatorFigure | null;
  goal: IndicatorFigure | null;
}

const FIGURE = 'value year unit source statement';
export const CATALOGUE_QUERY = `query CatalogoIndicadores { indicators { code level name description
  method { formula fields } unit frequency direction baseline { ${FIGURE} } goal { ${FIGURE} } } }`;

export const LEVEL_LABELS: Record<CatalogueIndicator['level'], string> = {
  FIN: 'Fin',
  PROPOSITO: 'Propósito',
  COMPONENTE: 'Componentes',
  ACTIVIDAD: 'Actividades',
};

/** The indicator the map opens with. */
export const DEFAULT_INDICATOR = 'META_BENEFICIARIOS';

/** Ids of the map's indicators before the catalogue, still read in old URLs (`?indicador=beneficiarios`). */
export const LEGACY_INDICATOR_IDS: Record<string, string> = {
  beneficiarios: 'META_BENEFICIARIOS',
  'personas-alcanzadas': 'PROPOSITO_PERSONAS_ALCANZADAS',
  'delitos-por-100k': 'FIN_DELITOS_ALTO_IMPACTO',
  ids: 'FIN_IDS',
};

/** The selector's label: the report's name after its objective ("…: disminución de índices delictivos"). */
export function shortName(indicator: CatalogueIndicator): string {
  const part = indicator.name.includes(': ')
    ? indicator.name.slice(indicator.name.lastIndexOf(': ') + 2)
    : indicator.name;
  return part.charAt(0).toUpperCase() + part.slice(1);
}

/** Decimal places shown: rates per 100,000 one, the IDS three, counts none. */
export function decimalsOf(indicator: CatalogueIndicator): number {
  if (/por 100,000/.test(indicator.unit)) return 1;
  if (/^índice/.test(indicator.unit)) return 3;
  return 0;
}

/** The query for the indicator's value over one calendar period on every unit of a level (alias `v`). */
export function unitValuesQuery(level: 'territoriales' | 'colonias'): string {
  const node =
    'id clave nombre v: indicatorSeries(code: $code, from: $from, to: $to, interval: $interval) { value numerator denominator }';
  const head = 'query ValoresIndicador($code: String!, $from: Date!, $to: Date!, $interval: SeriesInterval!)';
  return level === 'territoriales'
    ? `${head} { territoriales { ${node} } }`
    : `${head} { colonias(first: 500) { edges { node { ${node} } } } }`;
}

/** The indicator's series for one unit (or the alcaldía). */
export const SERIES_QUERY = `query SerieIndicador($code: String!, $territorialId: ID, $coloniaId: ID, $from: Date!, $to: Date!,
  $interval: SeriesInterval!) { indicator(code: $code) { code
  series(territorialId: $territorialId, coloniaId: $coloniaId, from: $from, to: $to, interval: $interval) {
    start end value numerator denominator } } }`;
