import {
  equals,
  type LayerDefinition,
  placedFrom,
  placementFilters,
  placementProperties,
  namedProperties,
} from '../geo/layers';
import { oneOf, type ImportLayer, placedImportLayer } from '../import/import-layers';
import { MercomunaPeriod, MercomunaPointKind } from './mercomuna.enums';
import { MERCOMUNA_TABLE } from './mercomuna.write.service';

export const mercomunaLayer: LayerDefinition = {
  id: 'mercomuna',
  title: 'Mercomuna',
  description: 'Mercomuna points: local shops and Liconsa dairies delivering food support.',
  from: placedFrom('mercomuna_point', 'm'),
  idSql: 'm.id',
  geomSql: 'm.location',
  geometryType: 'Point',
  properties: [
    ...namedProperties('m', 'Name of the point.'),
    { name: 'kind', sql: 'm.kind::text', type: 'string', description: 'LECHERIA_LICONSA or OTHER.' },
    { name: 'period', sql: 'm.period::text', type: 'string', description: 'Delivery period: APR_MAY or SEP_DEC.' },
    ...placementProperties,
  ],
  filters: [
    ...placementFilters(),
    { name: 'kind', description: 'LECHERIA_LICONSA or OTHER.', condition: equals('m.kind::text') },
    { name: 'period', description: 'APR_MAY or SEP_DEC.', condition: equals('m.period::text') },
  ],
};

export const mercomunaImport: ImportLayer = placedImportLayer('mercomuna', MERCOMUNA_TABLE, {
  geomColumn: 'location',
  geomField: 'location',
  attributes: [
    oneOf('period', 'period', 'period', Object.values(MercomunaPeriod)),
    oneOf('kind', 'kind', 'kind', Object.values(MercomunaPointKind)),
  ],
  geometryTypes: () => ['Point'],
});
