import { registerEnumType } from 'type-graphql';

export enum MercomunaPeriod {
  APR_MAY = 'APR_MAY',
  SEP_DEC = 'SEP_DEC',
}

export enum MercomunaPointKind {
  LECHERIA_LICONSA = 'LECHERIA_LICONSA',
  OTHER = 'OTHER',
}

registerEnumType(MercomunaPeriod, {
  name: 'MercomunaPeriod',
  description: 'Delivery period: April–May or September–December 2020.',
});
registerEnumType(MercomunaPointKind, {
  name: 'MercomunaPointKind',
  description: 'A Liconsa dairy (lechería) or another delivery point.',
});
