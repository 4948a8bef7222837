import { registerEnumType } from 'type-graphql';
export var MercomunaPeriod;
(function (MercomunaPeriod) {
    MercomunaPeriod["APR_MAY"] = "APR_MAY";
    MercomunaPeriod["SEP_DEC"] = "SEP_DEC";
})(MercomunaPeriod || (MercomunaPeriod = {}));
export var MercomunaPointKind;
(function (MercomunaPointKind) {
    MercomunaPointKind["LECHERIA_LICONSA"] = "LECHERIA_LICONSA";
    MercomunaPointKind["OTHER"] = "OTHER";
})(MercomunaPointKind || (MercomunaPointKind = {}));
registerEnumType(MercomunaPeriod, {
    name: 'MercomunaPeriod',
    description: 'Delivery period: April–May or September–December 2020.',
});
registerEnumType(MercomunaPointKind, {
    name: 'MercomunaPointKind',
    description: 'A Liconsa dairy (lechería) or another delivery point.',
});
