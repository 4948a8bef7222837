import { equalsFilter, property, tableLayer } from '../geo/layers';

/** Evalúa's IDS per AGEB, as a polygon layer. */
export const idsAgebsLayer = tableLayer('ids_agebs', 'ageb_social_development', 'a', {
  title: 'Social development index per AGEB',
  description: "Evalúa CDMX's Índice de Desarrollo Social 2020 of Iztapalapa's 458 urban AGEBs (INEGI polygons).",
  geometry: { sql: 'a.geom', type: 'MultiPolygon' },
  properties: [
    property.text('cvegeo', 'a.cvegeo', "INEGI's 13-digit AGEB key."),
    property.integer('population', 'a.population', 'Population (2020 census).'),
    property.number('ids', 'a.idsm', 'The index (0–1); null: no information.'),
    property.text('stratum', 'a.stratum', 'MUY_BAJO … MUY_ALTO; null: no information.'),
  ],
  filters: [equalsFilter('stratum', 'a.stratum', 'MUY_BAJO, BAJO, MEDIO, ALTO or MUY_ALTO.')],
});
