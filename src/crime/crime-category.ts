import { defineEnum, type EnumValue } from '../common/graphql-enum';

/** The report's 2020 table: its row label for each high-impact category, in the table's order. */
export const REPORT_ROW = {
  HOMICIDIO_DOLOSO: 'HOMICIDIO DOLOSO',
  LESIONES_DOLOSAS_POR_DAF: 'LESIONES DOLOSAS POR DAF',
  ROBO_A_CASA_HABITACION_CON_VIOLENCIA: 'ROBO A CASA HABITACION CON VIOLENCIA',
  ROBO_A_CUENTAHABIENTE: 'ROBO A CUENTAHABIENTE',
  ROBO_A_NEGOCIO_CON_VIOLENCIA: 'ROBO A NEGOCIO CON VIOLENCIA',
  ROBO_A_PASAJERO_A_BORDO_DE_MICROBUS: 'ROBO A PASAJERO A BORDO DE MICROBUS',
  ROBO_A_PASAJERO_A_BORDO_DE_TAXI: 'ROBO A PASAJERO A BORDO DE TAXI',
  ROBO_A_PASAJERO_A_BORDO_DEL_METRO: 'ROBO A PASAJERO A BORDO DEL METRO',
  ROBO_A_REPARTIDOR: 'ROBO A REPARTIDOR CON Y SIN VIOLENCIA',
  ROBO_A_TRANSEUNTE_EN_VIA_PUBLICA: 'ROBO A TRANSEUNTE EN VÍA PÚBLICA',
  ROBO_A_TRANSPORTISTA: 'ROBO A TRANSPORTISTA CON Y SIN VIOLENCIA',
  ROBO_DE_VEHICULO: 'ROBO DE VEHÍCULO CON Y SIN VIOLENCIA',
  VIOLACION: 'VIOLACION',
  SECUESTRO: 'SECUESTRO',
} as const;

/** The 14 high-impact categories: the keys of the report's table. */
export const HIGH_IMPACT_CATEGORIES = Object.keys(REPORT_ROW) as (keyof typeof REPORT_ROW)[];

/**
 * The prosecutor's / police's high-impact crime categories ("delitos de alto
 * impacto"): the 14 rows of the report's 2020 monthly table
 * (program-2020.json → indicators.high_impact_crime_2020_monthly), plus OTROS
 * for every other offence. One source: these values feed the CHECK
 * constraints (migration 1765100000000), the GraphQL enum and the rollups.
 */
export const CrimeCategory = defineEnum('CrimeCategory', [...HIGH_IMPACT_CATEGORIES, 'OTROS'], {
  description:
    "The prosecutor's high-impact crime categories (the 14 rows of the report's 2020 table) and OTROS for every other offence. " +
    'An offence text is classified by the table crime_offence_category (docs/fin-indicator.md).',
  valuesConfig: Object.fromEntries(
    Object.entries(REPORT_ROW).map(([key, row]) => [key, { description: `Report row "${row}".` }]),
  ),
});
export type CrimeCategory = EnumValue<typeof CrimeCategory>;

export const CRIME_CATEGORIES = Object.values(CrimeCategory);

/**
 * The one normalisation of an offence text, applied once at import: Unicode
 * NFD with the combining marks removed (POSESIÓN → POSESION), upper case,
 * runs of white space collapsed, trimmed.
 */
export function normaliseOffence(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/\s+/g, ' ').trim();
}
