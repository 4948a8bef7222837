import { registerEnumType } from 'type-graphql';
/** Field activities of the 2020 report (the pandemic's prevention work and community organising). */
export var ActivityKind;
(function (ActivityKind) {
    ActivityKind["ASAMBLEA_COMUNITARIA"] = "ASAMBLEA_COMUNITARIA";
    ActivityKind["DIFUSION_CASA_POR_CASA"] = "DIFUSION_CASA_POR_CASA";
    ActivityKind["ENTREGA_INSUMOS_PREVENCION"] = "ENTREGA_INSUMOS_PREVENCION";
    ActivityKind["VIGILANCIA_ESPACIO_PUBLICO"] = "VIGILANCIA_ESPACIO_PUBLICO";
    ActivityKind["SANITIZACION"] = "SANITIZACION";
    ActivityKind["APOYO_MERCOMUNA"] = "APOYO_MERCOMUNA";
})(ActivityKind || (ActivityKind = {}));
registerEnumType(ActivityKind, {
    name: 'ActivityKind',
    description: 'Community assembly; door-to-door information; delivery of prevention supplies (masks, gel, soap); watch over public spaces; sanitisation; Mercomuna delivery support.',
});
