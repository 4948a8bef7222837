import { defineEnum, type EnumValue } from '../common/graphql-enum';

export const IndicatorLevel = defineEnum('IndicatorLevel', ['FIN', 'PROPOSITO', 'COMPONENTE', 'ACTIVIDAD'], {
  description:
    "Level of the report's results matrix (MIR, section IV): FIN (indicador de Fin), PROPOSITO (indicador de Propósito), " +
    'COMPONENTE (a good or service the program delivers: metas físicas, talleres, agendas, ECOS, espacios públicos), ' +
    'ACTIVIDAD (the field activities behind them).',
});
export type IndicatorLevel = EnumValue<typeof IndicatorLevel>;

export const SeriesInterval = defineEnum('SeriesInterval', ['MONTH', 'QUARTER', 'SEMESTER', 'YEAR'], {
  description:
    'Length of the periods of a series: calendar months, quarters (Jan–Mar …), semesters (Jan–Jun, Jul–Dec) or years; ' +
    'the first and last periods are cut to the window.',
});
export type SeriesInterval = EnumValue<typeof SeriesInterval>;
