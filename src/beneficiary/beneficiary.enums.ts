import { defineEnum, type EnumValue } from '../common/graphql-enum';

/** Beneficiary enumerations; values are stored as they are (varchar + CHECK). */

export const BeneficiaryRole = defineEnum('BeneficiaryRole', ['SERVIDOR_DEL_PUEBLO', 'PROMOTOR_COMUNITARIO'], {
  description: 'Servidor del Pueblo (coordinates promotores) or Promotor Comunitario (daily field work).',
});
export type BeneficiaryRole = EnumValue<typeof BeneficiaryRole>;

export const Sex = defineEnum('Sex', ['MUJER', 'HOMBRE']);
export type Sex = EnumValue<typeof Sex>;

/** Age at 1 January of the program year. */
export const AgeGroup = defineEnum('AgeGroup', ['AGE_18_29', 'AGE_30_60', 'AGE_OVER_60'], {
  description: 'Age on 1 January of the program year: 18–29, 30–60, over 60.',
});
export type AgeGroup = EnumValue<typeof AgeGroup>;

export const Education = defineEnum('Education', ['PRIMARIA', 'SECUNDARIA', 'BACHILLERATO', 'LICENCIATURA'], {
  description: 'Highest level of schooling.',
});
export type Education = EnumValue<typeof Education>;

export const Occupation = defineEnum('Occupation', [
  'ESTUDIANTE',
  'HOGAR',
  'COMERCIO',
  'AUTOEMPLEO',
  'PENSIONADO_JUBILADO',
]);
export type Occupation = EnumValue<typeof Occupation>;

export const BeneficiaryStatus = defineEnum('BeneficiaryStatus', ['ACTIVE', 'BAJA'], {
  description: 'ACTIVE, or BAJA (left the program, with a date).',
});
export type BeneficiaryStatus = EnumValue<typeof BeneficiaryStatus>;
