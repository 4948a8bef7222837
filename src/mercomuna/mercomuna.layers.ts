import { valueList } from '../common/graphql-enum';
import { equalsFilter, namedProperties, placedLayer, property } from '../geo/layers';
import { oneOf, type ImportLayer, placedImportLayer } from '../import/import-layers';
import { MercomunaPeriod, MercomunaPointKind } from './mercomuna.enums';
import { MERCOMUNA_TABLE } from './mercomuna.write.service';

export const mercomunaLayer = placedLayer('mercomuna', 'mercomuna_point', 'm', {
  title: 'Mercomuna',
  description: 'Mercomuna points: local shops and Liconsa dairies delivering food support.',
  properties: [
    ...namedProperties('m', 'Name of the point.'),
    property.text('kind', 'm.kind', `${valueList(MercomunaPointKind)}.`),
    property.text('period', 'm.period', `Delivery period: ${valueList(MercomunaPeriod)}.`),
  ],
  filters: [
    equalsFilter('kind', 'm.kind::text', `${valueList(MercomunaPointKind)}.`),
    equalsFilter('period', 'm.period::text', `${valueList(MercomunaPeriod)}.`),
  ],
});

export const mercomunaImport: ImportLayer = placedImportLayer('mercomuna', MERCOMUNA_TABLE, {
  geomColumn: 'location',
  geomField: 'location',
  geometryTypes: () => ['Point'],
  attributes: [
    oneOf('period', 'period', 'period', Object.values(MercomunaPeriod)),
    oneOf('kind', 'kind', 'kind', Object.values(MercomunaPointKind)),
  ],
});
