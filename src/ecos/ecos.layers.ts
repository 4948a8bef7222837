import {
  type LayerDefinition,
  placedFrom,
  placementFilters,
  placementProperties,
  namedProperties,
} from '../geo/layers';
import { integer, type ImportLayer, placedImportLayer } from '../import/import-layers';
import { ECOS_SCHOOL_TABLE } from './ecos.write.service';

export const ecosLayer: LayerDefinition = {
  id: 'ecos',
  title: 'ECOS',
  description: 'Escuelas de Ciudadanía y Organización Social comunitarias (citizenship schools).',
  from: placedFrom('ecos_school', 'e'),
  idSql: 'e.id',
  geomSql: 'e.location',
  geometryType: 'Point',
  properties: [
    ...namedProperties('e', 'Name of the school.'),
    { name: 'programYear', sql: 'e.program_year::int', type: 'integer', description: 'Program (fiscal) year.' },
    { name: 'sessions', sql: 'e.sessions::int', type: 'integer', description: 'Sessions held.' },
    { name: 'participants', sql: 'e.participants::int', type: 'integer', description: 'Participants.' },
    ...placementProperties,
  ],
  filters: placementFilters(),
};

export const ecosImport: ImportLayer = placedImportLayer('ecos', ECOS_SCHOOL_TABLE, {
  geomColumn: 'location',
  geomField: 'location',
  attributes: [
    integer('programYear', 'program_year', 'programYear', 2000, 2100),
    integer('sessions', 'sessions', 'sessions', 0, 100_000),
    integer('participants', 'participants', 'participants', 0, 100_000),
  ],
  geometryTypes: () => ['Point'],
});
