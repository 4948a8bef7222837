import { registerEnumType } from 'type-graphql';

/** Beneficiary enumerations; values are stored as they are (varchar + CHECK). */

export enum BeneficiaryRole {
  SERVIDOR_DEL_PUEBLO = 'SERVIDOR_DEL_PUEBLO',
  PROMOTOR_COMUNITARIO = 'PROMOTOR_COMUNITARIO',
}

export enum Sex {
  MUJER = 'MUJER',
  HOMBRE = 'HOMBRE',
}

/** Age at 1 January of the program year. */
export enum AgeGroup {
  AGE_18_29 = 'AGE_18_29',
  AGE_30_60 = 'AGE_30_60',
  AGE_OVER_60 = 'AGE_OVER_60',
}

export enum Education {
  PRIMARIA = 'PRIMARIA',
  SECUNDARIA = 'SECUNDARIA',
  BACHILLERATO = 'BACHILLERATO',
  LICENCIATURA = 'LICENCIATURA',
}

export enum Occupation {
  ESTUDIANTE = 'ESTUDIANTE',
  HOGAR = 'HOGAR',
  COMERCIO = 'COMERCIO',
  AUTOEMPLEO = 'AUTOEMPLEO',
  PENSIONADO_JUBILADO = 'PENSIONADO_JUBILADO',
}

export enum BeneficiaryStatus {
  ACTIVE = 'ACTIVE',
  BAJA = 'BAJA',
}

registerEnumType(BeneficiaryRole, {
  name: 'BeneficiaryRole',
  description: 'Servidor del Pueblo (coordinates promotores) or Promotor Comunitario (daily field work).',
});
registerEnumType(Sex, { name: 'Sex' });
registerEnumType(AgeGroup, {
  name: 'AgeGroup',
  description: 'Age on 1 January of the program year: 18–29, 30–60, over 60.',
});
registerEnumType(Education, { name: 'Education', description: 'Highest level of schooling.' });
registerEnumType(Occupation, { name: 'Occupation' });
registerEnumType(BeneficiaryStatus, {
  name: 'BeneficiaryStatus',
  description: 'ACTIVE, or BAJA (left the program, with a date).',
});
