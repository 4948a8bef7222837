import { valueList } from '../common/graphql-enum';
import { equalsFilter, placedLayer, property } from '../geo/layers';
import { WorkshopModality } from './workshop.enums';

export const workshopsLayer = placedLayer('workshops', 'workshop', 'w', {
  title: 'Participatory-planning workshops',
  description:
    'Talleres de planeación participativa; virtual workshops are placed inside their colonia (ST_PointOnSurface).',
  geometry: {
    sql: 'COALESCE(w.location, ST_PointOnSurface(c.geom))',
    type: 'Point',
    // Both branches on a GiST index: the venue, or (virtual) the colonia's box.
    indexPrefilter: (box) => `(w.location && ${box} OR (w.location IS NULL AND c.geom && ${box}))`,
  },
  properties: [
    property.text('clave', 'w.clave', 'Stable key.'),
    property.date('heldOn', 'w.held_on', 'Date of the workshop.'),
    property.text('modality', 'w.modality', `${valueList(WorkshopModality)} (placed inside its colonia).`),
    property.integer('participants', 'w.participants', 'Participants.'),
  ],
  dateSql: 'w.held_on',
  filters: [equalsFilter('modality', 'w.modality::text', `${valueList(WorkshopModality)}.`)],
});
