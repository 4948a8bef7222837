import { namedProperties, placedLayer, property } from '../geo/layers';
import { integer, type ImportLayer, placedImportLayer } from '../import/import-layers';
import { ECOS_SCHOOL_TABLE } from './ecos.write.service';

export const ecosLayer = placedLayer('ecos', 'ecos_school', 'e', {
  title: 'ECOS',
  description: 'Escuelas de Ciudadanía y Organización Social comunitarias (citizenship schools).',
  properties: [
    ...namedProperties('e', 'Name of the school.'),
    property.integer('programYear', 'e.program_year', 'Program (fiscal) year.'),
    property.integer('sessions', 'e.sessions', 'Sessions held.'),
    property.integer('participants', 'e.participants', 'Participants.'),
  ],
});

export const ecosImport: ImportLayer = placedImportLayer('ecos', ECOS_SCHOOL_TABLE, {
  geomColumn: 'location',
  geomField: 'location',
  geometryTypes: () => ['Point'],
  attributes: [
    integer('programYear', 'program_year', 'programYear', 2000, 2100),
    integer('sessions', 'sessions', 'sessions', 0, 100_000),
    integer('participants', 'participants', 'participants', 0, 100_000),
  ],
});
