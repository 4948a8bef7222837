import { defineEnum, type EnumValue } from '../common/graphql-enum';

/** Field activities of the 2020 report (the pandemic's prevention work and community organising). */
export const ActivityKind = defineEnum(
  'ActivityKind',
  [
    'ASAMBLEA_COMUNITARIA',
    'DIFUSION_CASA_POR_CASA',
    'ENTREGA_INSUMOS_PREVENCION',
    'VIGILANCIA_ESPACIO_PUBLICO',
    'SANITIZACION',
    'APOYO_MERCOMUNA',
  ],
  {
    description:
      'Community assembly; door-to-door information; delivery of prevention supplies (masks, gel, soap); watch over public spaces; sanitisation; Mercomuna delivery support.',
  },
);
export type ActivityKind = EnumValue<typeof ActivityKind>;
