import type { AgeGroup, BeneficiaryRole, Education, Occupation, Sex } from '../beneficiary/beneficiary.enums';
import type { BENEFICIARY_BREAKDOWN_COLUMNS } from '../coverage/coverage.sql';
import { CrimeCategory, REPORT_ROW } from '../crime/crime-category';
import type { PublicSpaceKind } from '../public-space/public-space.enums';

/**
 * Spanish names of the enum values the exports write as headers. Typed by the enums: a value added to one fails
 * the type check here until it has its name.
 */

export const PUBLIC_SPACE_KIND_NAMES: Record<PublicSpaceKind, string> = {
  CAMINO_MUJERES_LIBRES_SEGURAS: 'Caminos de Mujeres Libres y Seguras',
  LUDICALLE: 'Ludicalles',
  UTOPIA: 'Utopías',
  LAVAMANOS: 'Lavamanos',
  PIPA_AGUA: 'Pipas de agua',
};

type Dimension = keyof typeof BENEFICIARY_BREAKDOWN_COLUMNS;

/** Each beneficiary breakdown: its table name, its Spanish name and its keys' names. */
export const BREAKDOWN_NAMES: {
  [D in Dimension]: {
    table: string;
    title: string;
    keys: Record<keyof (typeof BENEFICIARY_BREAKDOWN_COLUMNS)[D], string>;
  };
} = {
  byRole: {
    table: 'beneficiaries-by-role',
    title: 'rol',
    keys: {
      SERVIDOR_DEL_PUEBLO: 'Servidores del Pueblo',
      PROMOTOR_COMUNITARIO: 'Promotores Comunitarios',
    } satisfies Record<BeneficiaryRole, string>,
  },
  bySex: {
    table: 'beneficiaries-by-sex',
    title: 'sexo',
    keys: { MUJER: 'Mujeres', HOMBRE: 'Hombres' } satisfies Record<Sex, string>,
  },
  byAgeGroup: {
    table: 'beneficiaries-by-age-group',
    title: 'grupo de edad (al 1 de enero del año del programa)',
    keys: {
      AGE_18_29: '18 a 29 años',
      AGE_30_60: '30 a 60 años',
      AGE_OVER_60: 'Más de 60 años',
    } satisfies Record<AgeGroup, string>,
  },
  byEducation: {
    table: 'beneficiaries-by-education',
    title: 'escolaridad',
    keys: {
      PRIMARIA: 'Primaria',
      SECUNDARIA: 'Secundaria',
      BACHILLERATO: 'Bachillerato',
      LICENCIATURA: 'Licenciatura',
    } satisfies Record<Education, string>,
  },
  byOccupation: {
    table: 'beneficiaries-by-occupation',
    title: 'ocupación',
    keys: {
      ESTUDIANTE: 'Estudiantes',
      HOGAR: 'Hogar',
      COMERCIO: 'Comercio',
      AUTOEMPLEO: 'Autoempleo',
      PENSIONADO_JUBILADO: 'Pensionados y jubilados',
    } satisfies Record<Occupation, string>,
  },
};

/** The report's row label of each crime category (its 2020 table), OTROS as "OTROS DELITOS". */
export const CRIME_CATEGORY_NAMES: Record<CrimeCategory, string> = {
  ...REPORT_ROW,
  [CrimeCategory.OTROS]: 'OTROS DELITOS',
};
