import { badInput } from '../common/errors';
import type { IndicatorDefinition } from '../indicator/indicator.catalogue';
import { INDICATOR_CODES } from '../indicator/indicator.catalogue';
import { SeriesInterval } from '../indicator/indicator.enums';
import { periodsOf, type Period } from '../indicator/indicator.periods';
import { IndicatorService } from '../indicator/indicator.service';
import { LEVEL_IN_TITLE } from './export-units';
import { CRIME_SOURCE, IDS_SOURCE, PROGRAM_SOURCE, suppressionNote } from './export-notes';
import { defineExportTable, type CellValue, type ExportColumn } from './export.types';

interface SeriesParams {
  definition: IndicatorDefinition;
  interval: SeriesInterval;
  periods: Period[];
}

const INTERVALS = Object.values(SeriesInterval);

const INTERVAL_NAMES: Record<SeriesInterval, string> = {
  MONTH: 'mensual',
  QUARTER: 'trimestral',
  SEMESTER: 'semestral',
  YEAR: 'anual',
};

/** The data an indicator reads: the prosecutor's files, Evalúa's index or the program's records. */
function sourceOf(definition: IndicatorDefinition): string {
  if (definition.fields.some((f) => f.startsWith('crime_'))) return CRIME_SOURCE;
  if (definition.fields.some((f) => f.startsWith('social_development'))) return IDS_SOURCE;
  return PROGRAM_SOURCE;
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * GET /export/indicator-series: an indicator of the report's results matrix per calendar period of an interval
 * over the period, for every unit of a level: one row per unit and period. Values come from
 * IndicatorService.values (the GraphQL `indicator(code) { series }` / `indicatorSeries`), so a PUBLIC caller gets
 * the same suppressed cells.
 */
export const indicatorSeriesExport = defineExportTable<SeriesParams>({
  name: 'indicator-series',
  example: 'code=PROPOSITO_PERSONAS_ALCANZADAS&interval=MONTH&level=territorial&year=2020&format=xlsx',
  description:
    'An indicator (by code) per calendar period (interval) for every unit of a level: one row per unit and period (the GraphQL indicator series).',
  parameters: [
    {
      name: 'code',
      required: true,
      description: 'The indicator’s code (GraphQL indicators { code }).',
      values: INDICATOR_CODES,
    },
    {
      name: 'interval',
      required: true,
      description: 'Length of each period (calendar-aligned, cut to the period asked for).',
      values: INTERVALS,
    },
  ],
  parse(params, period) {
    const code = params.get('code');
    if (code === undefined || code === '') throw badInput('code', `is required: one of ${INDICATOR_CODES.join(', ')}`);
    const { definition } = IndicatorService.require(code);
    const interval = params.get('interval');
    if (interval === undefined || interval === '')
      throw badInput('interval', `is required: one of ${INTERVALS.join(', ')}`);
    if (!(INTERVALS as string[]).includes(interval))
      throw badInput(
        'interval',
        `must be one of ${INTERVALS.join(', ')} (got ${JSON.stringify(interval.slice(0, 40))})`,
      );
    return {
      definition,
      interval: interval as SeriesInterval,
      periods: periodsOf(period, interval as SeriesInterval),
    };
  },
  title: ({ level, params }) =>
    `${params.definition.name}: serie ${INTERVAL_NAMES[params.interval]} ${LEVEL_IN_TITLE[level]}`,
  source: ({ params: { definition } }) => sourceOf(definition),
  notes: (ctx, { params: { definition } }) => [
    `Indicador ${definition.code} (${definition.level}): ${definition.name}. ${definition.description}`,
    `Unidad del valor: ${definition.unit}. Frecuencia del informe: ${definition.frequency}. Sentido: ${definition.direction}.`,
    `Método (Evaluación interna 2020 del programa, sección IV): ${definition.formula} Campos: ${definition.fields.join(', ')}.`,
    'Valor vacío: el periodo no tiene datos (antes de que empiecen, o sin dato), nunca cero' +
      (definition.breakdown ? '; o suprimido por confidencialidad.' : '.'),
    ...(definition.breakdown ? [suppressionNote(ctx.identity)] : []),
  ],
  columns: ({ params: { definition } }): ExportColumn[] => [
    {
      key: 'start',
      header: 'Inicio del periodo',
      unit: 'fecha',
      type: 'date',
      description: 'Primer día del periodo (incluido).',
      fixed: true,
    },
    {
      key: 'end',
      header: 'Fin del periodo',
      unit: 'fecha',
      type: 'date',
      description: 'Último día del periodo (incluido).',
      fixed: true,
    },
    {
      key: 'value',
      header: `Valor (${definition.unit})`,
      unit: definition.unit,
      type: 'decimal',
      description: `El indicador en el periodo: ${definition.formula}`,
    },
    {
      key: 'numerator',
      header: 'Numerador',
      unit: '',
      type: 'decimal',
      description: 'Lo que se cuenta en el periodo; vacío sin datos.',
    },
    {
      key: 'denominator',
      header: 'Denominador',
      unit: '',
      type: 'decimal',
      description:
        'Entre qué se divide (la población para una tasa, las colonias del ámbito para colonias atendidas); vacío si no aplica.',
    },
  ],
  rowsPerUnit: ({ params }) => params.periods.length,
  async rows(ctx, { params: { definition, periods } }, units) {
    const series = await Promise.all(
      units.map((unit) => IndicatorService.values(ctx, definition, { kind: unit.kind, id: unit.id }, periods)),
    );
    return units.flatMap((unit, u) =>
      series[u].map((v) => ({
        unit,
        values: {
          start: asDate(v.start),
          end: asDate(v.end),
          value: v.value,
          numerator: v.numerator,
          denominator: v.denominator,
        } satisfies Record<string, CellValue>,
      })),
    );
  },
});
