import { defineEnum, type EnumValue } from '../common/graphql-enum';

export const MercomunaPeriod = defineEnum('MercomunaPeriod', ['APR_MAY', 'SEP_DEC'], {
  description: 'Delivery period: April–May or September–December 2020.',
});
export type MercomunaPeriod = EnumValue<typeof MercomunaPeriod>;

export const MercomunaPointKind = defineEnum('MercomunaPointKind', ['LECHERIA_LICONSA', 'OTHER'], {
  description: 'A Liconsa dairy (lechería) or another delivery point.',
});
export type MercomunaPointKind = EnumValue<typeof MercomunaPointKind>;
