import type { AgeGroup, BeneficiaryRole, Education, Occupation, Sex } from '../beneficiary/beneficiary.enums';
import type { IndicatorLevel } from '../indicator/indicator.enums';
import type { PublicSpaceKind } from '../public-space/public-space.enums';

/**
 * The printed report's words for the API's enum values, as the 2020 report's tables word them (section IV,
 * c.3.3). Typed by the enums: a new value fails to compile until it has its label.
 */

export const ROLE_LABEL: Record<BeneficiaryRole, string> = {
  SERVIDOR_DEL_PUEBLO: 'Servidores del Pueblo',
  PROMOTOR_COMUNITARIO: 'Promotores Comunitarios',
};

export const SEX_LABEL: Record<Sex, string> = { HOMBRE: 'HOMBRES', MUJER: 'MUJERES' };

export const AGE_GROUP_LABEL: Record<AgeGroup, string> = {
  AGE_18_29: '18 a 29 años',
  AGE_30_60: '30 a 60 años',
  AGE_OVER_60: 'Más de 60 años',
};

export const EDUCATION_LABEL: Record<Education, string> = {
  PRIMARIA: 'PRIMARIA',
  SECUNDARIA: 'SECUNDARIA',
  BACHILLERATO: 'BACHILLERATO',
  LICENCIATURA: 'LICENCIATURA',
};

export const OCCUPATION_LABEL: Record<Occupation, string> = {
  ESTUDIANTE: 'ESTUDIANTES',
  HOGAR: 'HOGAR',
  COMERCIO: 'COMERCIO',
  AUTOEMPLEO: 'AUTOEMPLEO',
  PENSIONADO_JUBILADO: 'PENSIONADOS O JUBILADOS',
};

/** In the order of the report's table «Espacios y servicios públicos mejorados». */
export const IMPROVEMENT_LABEL: Record<PublicSpaceKind, string> = {
  LAVAMANOS: 'Lavamanos en tianguis y espacios públicos',
  PIPA_AGUA: 'Dotación gratuita de agua en pipas',
  CAMINO_MUJERES_LIBRES_SEGURAS: 'Caminos de mujeres libres y seguras',
  LUDICALLE: 'Ludicalles',
  UTOPIA: 'Utopías',
};

export const LEVEL_LABEL: Record<IndicatorLevel, string> = {
  FIN: 'Fin',
  PROPOSITO: 'Propósito',
  COMPONENTE: 'Componente',
  ACTIVIDAD: 'Actividad',
};

export const MONTH_LABEL = [
  'ENERO',
  'FEBRERO',
  'MARZO',
  'ABRIL',
  'MAYO',
  'JUNIO',
  'JULIO',
  'AGOSTO',
  'SEPTIEMBRE',
  'OCTUBRE',
  'NOVIEMBRE',
  'DICIEMBRE',
] as const;
