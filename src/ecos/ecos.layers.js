import { coloniaFilter, coloniaProperties, territorialFilter, territorialProperties, } from '../geo/layers';
import { integer } from '../import/import-layers';
import { ECOS_SCHOOL_TABLE } from './ecos.write.service';
export const ecosLayer = {
    id: 'ecos',
    title: 'ECOS',
    description: 'Escuelas de Ciudadanía y Organización Social comunitarias (citizenship schools).',
    from: 'ecos_school e JOIN colonia c ON c.id = e.colonia_id JOIN territorial t ON t.id = e.territorial_id',
    idSql: 'e.id',
    geomSql: 'e.location',
    geometryType: 'Point',
    properties: [
        { name: 'clave', sql: 'e.clave::text', type: 'string', description: 'Stable key.' },
        { name: 'nombre', sql: 'e.nombre::text', type: 'string', description: 'Name of the school.' },
        { name: 'programYear', sql: 'e.program_year::int', type: 'integer', description: 'Program (fiscal) year.' },
        { name: 'sessions', sql: 'e.sessions::int', type: 'integer', description: 'Sessions held.' },
        { name: 'participants', sql: 'e.participants::int', type: 'integer', description: 'Participants.' },
        ...coloniaProperties,
        ...territorialProperties,
    ],
    filters: [territorialFilter('t'), coloniaFilter],
};
export const ecosImport = {
    id: 'ecos',
    table: ECOS_SCHOOL_TABLE.table,
    entity: ECOS_SCHOOL_TABLE.entity,
    boundary: false,
    geomColumn: 'location',
    geomField: 'location',
    nameMax: 160,
    claveMax: 24,
    attributes: [
        integer('programYear', 'program_year', 'programYear', 2000, 2100),
        integer('sessions', 'sessions', 'sessions', 0, 100_000),
        integer('participants', 'participants', 'participants', 0, 100_000),
    ],
    geometryTypes: () => ['Point'],
};
