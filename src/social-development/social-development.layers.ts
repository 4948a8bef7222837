import { equals, type LayerDefinition } from '../geo/layers';

/** Evalúa's IDS per AGEB, as a polygon layer. */
export const idsAgebsLayer: LayerDefinition = {
  id: 'ids_agebs',
  title: 'Social development index per AGEB',
  description: "Evalúa CDMX's Índice de Desarrollo Social 2020 of Iztapalapa's 458 urban AGEBs (INEGI polygons).",
  from: 'ageb_social_development a',
  idSql: 'a.id',
  geomSql: 'a.geom',
  geometryType: 'MultiPolygon',
  properties: [
    { name: 'cvegeo', sql: 'a.cvegeo::text', type: 'string', description: "INEGI's 13-digit AGEB key." },
    { name: 'population', sql: 'a.population::int', type: 'integer', description: 'Population (2020 census).' },
    { name: 'ids', sql: 'a.idsm::float8', type: 'number', description: 'The index (0–1); null: no information.' },
    {
      name: 'stratum',
      sql: 'a.stratum::text',
      type: 'string',
      description: 'MUY_BAJO … MUY_ALTO; null: no information.',
    },
  ],
  filters: [
    { name: 'stratum', description: 'MUY_BAJO, BAJO, MEDIO, ALTO or MUY_ALTO.', condition: equals('a.stratum') },
  ],
};
