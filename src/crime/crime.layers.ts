import { badInput } from '../common/errors';
import { type LayerFilter, property, tableLayer } from '../geo/layers';
import { CRIME_CATEGORIES } from './crime-category';

/** The crime layer's category filter: one of the enum's values (BAD_USER_INPUT naming them otherwise). */
const crimeCategoryFilter: LayerFilter = {
  name: 'category',
  description: `High-impact category or OTROS: ${CRIME_CATEGORIES.join(', ')}.`,
  condition: (value, params) => {
    if (!(CRIME_CATEGORIES as string[]).includes(value))
      throw badInput('category', `must be one of ${CRIME_CATEGORIES.join(', ')}`);
    return `ci.category = ${params.add(value, 'text')}`;
  },
};

/** The crime point layer: date, category and offence only. */
export const crimeLayer = tableLayer('crime', 'crime_incident', 'ci', {
  title: 'Crime incidents',
  description:
    "Investigation files of Mexico City's prosecutor (FGJ-CDMX), 2019–2024, at the prosecutor's generalised point: date, " +
    'high-impact category and offence only. At most 50,000 per FeatureCollection (filter by bbox, datetime, from/to or ' +
    'category); vector tiles from zoom 12.',
  geometry: { sql: 'ci.geom', type: 'Point' },
  properties: [
    property.date('date', 'ci.occurred_on', 'Date of the fact.'),
    property.text('category', 'ci.category', 'High-impact category or OTROS.'),
    property.text('offence', 'ci.offence', 'The offence as the prosecutor gives it.'),
  ],
  dateSql: 'ci.occurred_on',
  maxFeatures: 50_000,
  minZoom: 12,
  // `from`/`to` (/geojson, /tiles) and `datetime` (/ogc) keep the incidents of a period, as on every dated layer.
  filters: [crimeCategoryFilter],
});
