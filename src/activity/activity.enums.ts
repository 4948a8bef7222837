import { registerEnumType } from 'type-graphql';

/** Field activities of the 2020 report (the pandemic's prevention work and community organising). */
export enum ActivityKind {
  ASAMBLEA_COMUNITARIA = 'ASAMBLEA_COMUNITARIA',
  DIFUSION_CASA_POR_CASA = 'DIFUSION_CASA_POR_CASA',
  ENTREGA_INSUMOS_PREVENCION = 'ENTREGA_INSUMOS_PREVENCION',
  VIGILANCIA_ESPACIO_PUBLICO = 'VIGILANCIA_ESPACIO_PUBLICO',
  SANITIZACION = 'SANITIZACION',
  APOYO_MERCOMUNA = 'APOYO_MERCOMUNA',
}

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description:
    'Community assembly; door-to-door information; delivery of prevention supplies (masks, gel, soap); watch over public spaces; sanitisation; Mercomuna delivery support.',
});
