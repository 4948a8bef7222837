/**
 * The prosecutor's / police's high-impact crime categories ("delitos de alto
 * impacto"): the 14 rows of the report's 2020 monthly table
 * (program-2020.json → indicators.high_impact_crime_2020_monthly), plus OTROS
 * for every other offence. One source: these values feed the CHECK
 * constraints (migration 1765100000000), the GraphQL enum and the rollups.
 */
export enum CrimeCategory {
  HOMICIDIO_DOLOSO = 'HOMICIDIO_DOLOSO',
  LESIONES_DOLOSAS_POR_DAF = 'LESIONES_DOLOSAS_POR_DAF',
  ROBO_A_CASA_HABITACION_CON_VIOLENCIA = 'ROBO_A_CASA_HABITACION_CON_VIOLENCIA',
  ROBO_A_CUENTAHABIENTE = 'ROBO_A_CUENTAHABIENTE',
  ROBO_A_NEGOCIO_CON_VIOLENCIA = 'ROBO_A_NEGOCIO_CON_VIOLENCIA',
  ROBO_A_PASAJERO_A_BORDO_DE_MICROBUS = 'ROBO_A_PASAJERO_A_BORDO_DE_MICROBUS',
  ROBO_A_PASAJERO_A_BORDO_DE_TAXI = 'ROBO_A_PASAJERO_A_BORDO_DE_TAXI',
  ROBO_A_PASAJERO_A_BORDO_DEL_METRO = 'ROBO_A_PASAJERO_A_BORDO_DEL_METRO',
  ROBO_A_REPARTIDOR = 'ROBO_A_REPARTIDOR',
  ROBO_A_TRANSEUNTE_EN_VIA_PUBLICA = 'ROBO_A_TRANSEUNTE_EN_VIA_PUBLICA',
  ROBO_A_TRANSPORTISTA = 'ROBO_A_TRANSPORTISTA',
  ROBO_DE_VEHICULO = 'ROBO_DE_VEHICULO',
  VIOLACION = 'VIOLACION',
  SECUESTRO = 'SECUESTRO',
  OTROS = 'OTROS',
}

export const CRIME_CATEGORIES = Object.values(CrimeCategory);
export const HIGH_IMPACT_CATEGORIES = CRIME_CATEGORIES.filter((c) => c !== CrimeCategory.OTROS);

/** The row label of each category in the report's 2020 table. */
export const REPORT_ROW: Record<Exclude<CrimeCategory, CrimeCategory.OTROS>, string> = {
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
};

/**
 * The one normalisation of an offence text, applied once at import: Unicode
 * NFD with the combining marks removed (POSESIÓN → POSESION), upper case,
 * runs of white space collapsed, trimmed.
 */
export function normaliseOffence(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/\s+/g, ' ').trim();
}
