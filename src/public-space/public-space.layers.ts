import {
  equals,
  type LayerDefinition,
  placedFrom,
  placementFilters,
  placementProperties,
  namedProperties,
} from '../geo/layers';
import { date, oneOf, type ImportLayer, placedImportLayer } from '../import/import-layers';
import { ImprovementStatus, PublicSpaceKind } from './public-space.enums';
import { GEOMETRY_TYPES_BY_KIND, IMPROVEMENT_TABLE } from './public-space.write.service';

export const improvementsLayer: LayerDefinition = {
  id: 'improvements',
  title: 'Public-space improvements',
  description: 'Public-space works: caminos de mujeres libres y seguras, ludicalles, parks and others.',
  from: placedFrom('public_space_improvement', 'i'),
  idSql: 'i.id',
  geomSql: 'i.geom',
  geometryType: 'Geometry',
  properties: [
    ...namedProperties('i', 'Name of the work.'),
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
    ...placementProperties,
  ],
  dateSql: 'i.built_on',
  filters: [
    ...placementFilters(),
    { name: 'kind', description: 'Kind of work, e.g. LUDICALLE.', condition: equals('i.kind::text') },
    { name: 'status', description: 'PLANNED, IN_PROGRESS or COMPLETED.', condition: equals('i.status::text') },
  ],
};

export const improvementsImport: ImportLayer = placedImportLayer('improvements', IMPROVEMENT_TABLE, {
  geomColumn: 'geom',
  geomField: 'geometry',
  attributes: [
    oneOf('kind', 'kind', 'kind', Object.values(PublicSpaceKind)),
    oneOf('status', 'status', 'status', Object.values(ImprovementStatus)),
    date('builtOn', 'built_on', 'builtOn'),
  ],
  geometryTypes: (attributes) =>
    GEOMETRY_TYPES_BY_KIND[attributes.kind as PublicSpaceKind] ?? ['Point', 'LineString', 'Polygon'],
});
