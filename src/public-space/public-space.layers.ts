import { valueList } from '../common/graphql-enum';
import { equalsFilter, namedProperties, placedLayer, property } from '../geo/layers';
import { date, oneOf, type ImportLayer, placedImportLayer } from '../import/import-layers';
import { ImprovementStatus, PublicSpaceKind } from './public-space.enums';
import { GEOMETRY_TYPES_BY_KIND, IMPROVEMENT_TABLE } from './public-space.write.service';

export const improvementsLayer = placedLayer('improvements', 'public_space_improvement', 'i', {
  title: 'Public-space improvements',
  description: 'Public-space works: caminos de mujeres libres y seguras, ludicalles, parks and others.',
  geometry: { sql: 'i.geom', type: 'Geometry' },
  properties: [
    ...namedProperties('i', 'Name of the work.'),
    property.text('kind', 'i.kind', 'Kind of work: CAMINO_MUJERES_LIBRES_SEGURAS, LUDICALLE, UTOPIA, …'),
    property.text('status', 'i.status', `${valueList(ImprovementStatus)}.`),
    property.date('builtOn', 'i.built_on', 'Date the work was finished.'),
  ],
  dateSql: 'i.built_on',
  filters: [
    equalsFilter('kind', 'i.kind::text', 'Kind of work, e.g. LUDICALLE.'),
    equalsFilter('status', 'i.status::text', `${valueList(ImprovementStatus)}.`),
  ],
});

export const improvementsImport: ImportLayer = placedImportLayer('improvements', IMPROVEMENT_TABLE, {
  geomColumn: 'geom',
  geomField: 'geometry',
  geometryTypes: (attributes) =>
    GEOMETRY_TYPES_BY_KIND[attributes.kind as PublicSpaceKind] ?? ['Point', 'LineString', 'Polygon'],
  attributes: [
    oneOf('kind', 'kind', 'kind', Object.values(PublicSpaceKind)),
    oneOf('status', 'status', 'status', Object.values(ImprovementStatus)),
    date('builtOn', 'built_on', 'builtOn'),
  ],
});
