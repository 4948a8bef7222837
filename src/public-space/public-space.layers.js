import { coloniaFilter, coloniaProperties, equals, territorialFilter, territorialProperties, } from '../geo/layers';
import { date, oneOf } from '../import/import-layers';
import { ImprovementStatus, PublicSpaceKind } from './public-space.enums';
import { GEOMETRY_TYPES_BY_KIND, IMPROVEMENT_TABLE } from './public-space.write.service';
export const improvementsLayer = {
    id: 'improvements',
    title: 'Public-space improvements',
    description: 'Public-space works: caminos de mujeres libres y seguras, ludicalles, parks and others.',
    from: 'public_space_improvement i JOIN colonia c ON c.id = i.colonia_id JOIN territorial t ON t.id = i.territorial_id',
    idSql: 'i.id',
    geomSql: 'i.geom',
    geometryType: 'Geometry',
    properties: [
        { name: 'clave', sql: 'i.clave::text', type: 'string', description: 'Stable key.' },
        { name: 'nombre', sql: 'i.nombre::text', type: 'string', description: 'Name of the work.' },
        {
            name: 'kind',
            sql: 'i.kind::text',
            type: 'string',
            description: 'Kind of work: CAMINO_MUJERES_LIBRES_SEGURAS, LUDICALLE, UTOPIA, …',
        },
        { name: 'status', sql: 'i.status::text', type: 'string', description: 'PLANNED, IN_PROGRESS or COMPLETED.' },
        {
            name: 'builtOn',
            sql: "to_char(i.built_on, 'YYYY-MM-DD')",
            type: 'date',
            description: 'Date the work was finished.',
        },
        ...coloniaProperties,
        ...territorialProperties,
    ],
    dateSql: 'i.built_on',
    filters: [
        territorialFilter('t'),
        coloniaFilter,
        { name: 'kind', description: 'Kind of work, e.g. LUDICALLE.', condition: equals('i.kind::text') },
        { name: 'status', description: 'PLANNED, IN_PROGRESS or COMPLETED.', condition: equals('i.status::text') },
    ],
};
export const improvementsImport = {
    id: 'improvements',
    table: IMPROVEMENT_TABLE.table,
    entity: IMPROVEMENT_TABLE.entity,
    boundary: false,
    geomColumn: 'geom',
    geomField: 'geometry',
    nameMax: 160,
    claveMax: 24,
    attributes: [
        oneOf('kind', 'kind', 'kind', Object.values(PublicSpaceKind)),
        oneOf('status', 'status', 'status', Object.values(ImprovementStatus)),
        date('builtOn', 'built_on', 'builtOn'),
    ],
    geometryTypes: (attributes) => GEOMETRY_TYPES_BY_KIND[attributes.kind] ?? ['Point', 'LineString', 'Polygon'],
};
