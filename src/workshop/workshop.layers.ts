import { equals, type LayerDefinition, placedFrom, placementFilters, placementProperties } from '../geo/layers';

export const workshopsLayer: LayerDefinition = {
  id: 'workshops',
  title: 'Participatory-planning workshops',
  description:
    'Talleres de planeación participativa; virtual workshops are placed inside their colonia (ST_PointOnSurface).',
  from: placedFrom('workshop', 'w'),
  idSql: 'w.id',
  geomSql: 'COALESCE(w.location, ST_PointOnSurface(c.geom))',
  // Both branches on a GiST index: the venue, or (virtual) the colonia's box.
  indexPrefilter: (box) => `(w.location && ${box} OR (w.location IS NULL AND c.geom && ${box}))`,
  geometryType: 'Point',
  properties: [
    { name: 'clave', sql: 'w.clave::text', type: 'string', description: 'Stable key.' },
    { name: 'heldOn', sql: "to_char(w.held_on, 'YYYY-MM-DD')", type: 'date', description: 'Date of the workshop.' },
    {
      name: 'modality',
      sql: 'w.modality::text',
      type: 'string',
      description: 'PRESENCIAL or VIRTUAL (placed inside its colonia).',
    },
    { name: 'participants', sql: 'w.participants::int', type: 'integer', description: 'Participants.' },
    ...placementProperties,
  ],
  dateSql: 'w.held_on',
  filters: [
    ...placementFilters(),
    { name: 'modality', description: 'PRESENCIAL or VIRTUAL.', condition: equals('w.modality::text') },
  ],
};
