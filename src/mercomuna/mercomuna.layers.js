import { coloniaFilter, coloniaProperties, equals, territorialFilter, territorialProperties, } from '../geo/layers';
import { oneOf } from '../import/import-layers';
import { MercomunaPeriod, MercomunaPointKind } from './mercomuna.enums';
import { MERCOMUNA_TABLE } from './mercomuna.write.service';
export const mercomunaLayer = {
    id: 'mercomuna',
    title: 'Mercomuna',
    description: 'Mercomuna points: local shops and Liconsa dairies delivering food support.',
    from: 'mercomuna_point m JOIN colonia c ON c.id = m.colonia_id JOIN territorial t ON t.id = m.territorial_id',
    idSql: 'm.id',
    geomSql: 'm.location',
    geometryType: 'Point',
    properties: [
        { name: 'clave', sql: 'm.clave::text', type: 'string', description: 'Stable key.' },
        { name: 'nombre', sql: 'm.nombre::text', type: 'string', description: 'Name of the point.' },
        { name: 'kind', sql: 'm.kind::text', type: 'string', description: 'LECHERIA_LICONSA or OTHER.' },
        { name: 'period', sql: 'm.period::text', type: 'string', description: 'Delivery period: APR_MAY or SEP_DEC.' },
        ...coloniaProperties,
        ...territorialProperties,
    ],
    filters: [
        territorialFilter('t'),
        coloniaFilter,
        { name: 'kind', description: 'LECHERIA_LICONSA or OTHER.', condition: equals('m.kind::text') },
        { name: 'period', description: 'APR_MAY or SEP_DEC.', condition: equals('m.period::text') },
    ],
};
export const mercomunaImport = {
    id: 'mercomuna',
    table: MERCOMUNA_TABLE.table,
    entity: MERCOMUNA_TABLE.entity,
    boundary: false,
    geomColumn: 'location',
    geomField: 'location',
    nameMax: 160,
    claveMax: 24,
    attributes: [
        oneOf('period', 'period', 'period', Object.values(MercomunaPeriod)),
        oneOf('kind', 'kind', 'kind', Object.values(MercomunaPointKind)),
    ],
    geometryTypes: () => ['Point'],
};
