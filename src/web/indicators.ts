/**
 * The map page's indicators: one entry each. Shared by the browser bundle
 * (selector, legend, values) and the server (which offers only the entries
 * whose GraphQL selection is valid against the running schema, so an entry
 * for a field that has not landed yet stays dormant until it does).
 *
 * `select` is a GraphQL selection on a Territorial or a Colonia; `$from` and
 * `$to` (Date) are the period when it uses them. `value` reads the number
 * out of the selection's result; null means no value (or a suppressed one).
 */
export interface IndicatorDefinition {
  /** Value in the page's URL (`?indicador=`). */
  id: string;
  /** Spanish label for the program's staff. */
  label: string;
  /** One sentence: what the figure counts. */
  description: string;
  select: string;
  value(result: any): number | null;
  /** Decimal places shown. */
  decimals: number;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'beneficiarios',
    label: 'Beneficiarios',
    description: 'Servidores del Pueblo y Promotores Comunitarios asignados en el periodo.',
    select: 'coverage(from: $from, to: $to) { beneficiaries { total } }',
    value: (r) => num(r?.beneficiaries?.total),
    decimals: 0,
  },
  {
    id: 'personas-alcanzadas',
    label: 'Personas alcanzadas',
    description: 'Personas alcanzadas por las actividades de campo del periodo.',
    select: 'coverage(from: $from, to: $to) { peopleReached }',
    value: (r) => num(r?.peopleReached),
    decimals: 0,
  },
  {
    id: 'alcance-por-mil',
    label: 'Personas alcanzadas por 1,000 habitantes',
    description: 'Personas alcanzadas en el periodo por cada 1,000 habitantes.',
    select: 'coverage(from: $from, to: $to) { peopleReachedPer1000 }',
    value: (r) => num(r?.peopleReachedPer1000),
    decimals: 1,
  },
  {
    id: 'talleres',
    label: 'Talleres de planeación participativa',
    description: 'Talleres de planeación participativa realizados en el periodo.',
    select: 'coverage(from: $from, to: $to) { workshops { count } }',
    value: (r) => num(r?.workshops?.count),
    decimals: 0,
  },
  {
    id: 'delitos-por-100k',
    label: 'Delitos por 100 mil habitantes',
    description: 'Delitos de alto impacto (carpetas de investigación) del periodo por cada 100,000 habitantes.',
    select: 'crime(from: $from, to: $to) { ratePer100k }',
    value: (r) => num(r?.ratePer100k),
    decimals: 1,
  },
  {
    id: 'ids',
    label: 'Índice de Desarrollo Social (IDS)',
    description: 'Índice de Desarrollo Social de Evalúa (2020), de 0 a 1.',
    select: 'ids { value }',
    value: (r) => num(r?.value),
    decimals: 3,
  },
];

export type Level = 'territoriales' | 'colonias';

/** Variables of a selection: `$from`/`$to` when it uses them. */
function variableDefinitions(select: string, suffix = ''): string[] {
  return ['from', 'to'].filter((v) => select.includes(`$${v}`)).map((v) => `$${v}${suffix}: Date`);
}

/** Whether an indicator depends on the period (its monthly series is meaningful). */
export function usesPeriod(indicator: IndicatorDefinition): boolean {
  return indicator.select.includes('$from') || indicator.select.includes('$to');
}

/** The query for an indicator's values on every feature of a level (alias `v`). */
export function indicatorValuesQuery(indicator: IndicatorDefinition, level: Level): string {
  const vars = variableDefinitions(indicator.select);
  const head = vars.length ? `query IndicatorValues(${vars.join(', ')})` : 'query IndicatorValues';
  const node = `id clave nombre v: ${indicator.select}`;
  return level === 'territoriales'
    ? `${head} { territoriales { ${node} } }`
    : `${head} { colonias(first: 500) { edges { node { ${node} } } } }`;
}

/** The query for an indicator's value per month on one feature (aliases m1…m12, variables $from1…$to12). */
export function indicatorMonthlyQuery(indicator: IndicatorDefinition, level: Level, months: number): string {
  const vars: string[] = [];
  const fields: string[] = [];
  for (let m = 1; m <= months; m += 1) {
    vars.push(...variableDefinitions(indicator.select, String(m)));
    fields.push(`m${m}: ${indicator.select.replace(/\$(from|to)\b/g, (_all, name: string) => `$${name}${m}`)}`);
  }
  const root = level === 'territoriales' ? 'territorial' : 'colonia';
  return `query IndicatorMonthly($id: ID!, ${vars.join(', ')}) { f: ${root}(id: $id) { ${fields.join(' ')} } }`;
}
