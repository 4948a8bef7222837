import type { Identity } from '../auth/identity';
import { SMALL_CELL_THRESHOLD, seesExactCounts } from '../auth/small-cells';

/** Where the program's figures come from (Spanish), as the files say it. */
export const PROGRAM_SOURCE =
  'Registros del programa Fortalecimiento de la Democracia Participativa para el Bienestar y la Paz ' +
  '(Alcaldía Iztapalapa), base de datos territorio; población: catálogo de unidades territoriales del IECM.';

/** Where the crime figures come from (Spanish). */
export const CRIME_SOURCE =
  'Carpetas de investigación de la Fiscalía General de Justicia de la Ciudad de México (FGJ-CDMX), ' +
  'Datos Abiertos CDMX; cada carpeta contada en la colonia más pequeña que contiene su punto (base de datos territorio).';

/** Where the social development index comes from (Spanish). */
export const IDS_SOURCE =
  'Índice de Desarrollo Social 2020 de Evalúa CDMX por AGEB, interpolado a las colonias por población (base de datos territorio).';

/** What the caller's role sees of counts of people, and what an empty cell means (Spanish). */
export function suppressionNote(identity: Identity): string {
  if (seesExactCounts(identity))
    return `Rol del solicitante: ${identity.role}. Cifras de personas exactas, sin supresión de celdas pequeñas.`;
  return (
    `Rol del solicitante: ${identity.role}. Cifras de personas con supresión estadística, como las da la API a este rol: ` +
    `una celda vacía es una cifra de 1 a ${SMALL_CELL_THRESHOLD - 1} personas, o una que permitiría deducirla ` +
    '(del total, de otras colonias o de otros años); beneficiarios y pagos cuentan años completos del programa.'
  );
}
