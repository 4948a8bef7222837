/**
 * Evalúa CDMX's social development index (IDS) per AGEB, interpolated to the
 * colonias, the territoriales and the alcaldía — in PostGIS, at load, stored
 * in `social_development_unit`:
 *
 * - each AGEB's population is apportioned to a unit by the share of the AGEB's
 *   area (on the spheroid) inside the unit;
 * - the IDS of a unit (and each component) is the mean of its AGEBs' `idsm`
 *   weighted by that apportioned population (AGEBs without a value left out);
 * - the share of population per stratum sums the apportioned population by the
 *   AGEB's own stratum;
 * - the unit's stratum applies Evalúa's thresholds (table ids_stratum) to its value.
 *
 * The alcaldía is the union of every AGEB, each counted whole.
 */

/** Evalúa's component codes as the source file gives them, with our reading of each (docs/fin-indicator.md). */
export const IDS_COMPONENTS: { code: string; label: string }[] = [
  { code: 'ids_ccevj', label: 'Calidad y espacio de la vivienda' },
  { code: 'ids_csj', label: 'Adecuación sanitaria' },
  { code: 'ids_caej', label: 'Adecuación energética' },
  { code: 'ids_ctelj', label: 'Acceso a telecomunicaciones' },
  { code: 'ids_cbdj', label: 'Bienes durables' },
  { code: 'ids_rei', label: 'Rezago educativo' },
  { code: 'ids_cassi', label: 'Acceso a la seguridad social' },
  { code: 'ids_casi', label: 'Acceso a los servicios de salud' },
];

export const INSERT_AGEBS = `
  INSERT INTO ageb_social_development (cvegeo, population, population_nbi, idsm, stratum, components, geom)
  SELECT a.cvegeo, a.pob, a.pob_nbi, a.idsm, s.stratum, a.components::jsonb,
         ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(a.geometry), 4326))
    FROM unnest($1::text[], $2::int[], $3::int[], $4::float8[], $5::text[], $6::text[], $7::text[])
      AS a(cvegeo, pob, pob_nbi, idsm, e_idsm, components, geometry)
    LEFT JOIN ids_stratum s ON s.label = a.e_idsm
  ON CONFLICT (cvegeo) DO UPDATE
     SET population = EXCLUDED.population, population_nbi = EXCLUDED.population_nbi, idsm = EXCLUDED.idsm,
         stratum = EXCLUDED.stratum, components = EXCLUDED.components, geom = EXCLUDED.geom
   WHERE (ageb_social_development.population, ageb_social_development.idsm, ageb_social_development.stratum,
          ageb_social_development.components) IS DISTINCT FROM
         (EXCLUDED.population, EXCLUDED.idsm, EXCLUDED.stratum, EXCLUDED.components)
      OR NOT ST_Equals(ageb_social_development.geom, EXCLUDED.geom)`;

const componentMeans = IDS_COMPONENTS.map(
  ({ code }) =>
    `'${code}', sum(p.apportioned * (a.components->>'${code}')::float8) FILTER (WHERE a.components->>'${code}' IS NOT NULL)
              / NULLIF(sum(p.apportioned) FILTER (WHERE a.components->>'${code}' IS NOT NULL), 0)`,
).join(',\n              ');

/** Parts of AGEBs inside each unit: (kind, unit_id, cvegeo, apportioned population). */
const PARTS = `
  SELECT 'COLONIA'::text AS kind, c.id AS unit_id, a.cvegeo,
         a.population * ST_Area(ST_Intersection(a.geom, c.geom)::geography) / NULLIF(ST_Area(a.geom::geography), 0) AS apportioned
    FROM ageb_social_development a JOIN colonia c ON ST_Intersects(a.geom, c.geom)
  UNION ALL
  SELECT 'TERRITORIAL', t.id, a.cvegeo,
         a.population * ST_Area(ST_Intersection(a.geom, t.geom)::geography) / NULLIF(ST_Area(a.geom::geography), 0)
    FROM ageb_social_development a JOIN territorial t ON ST_Intersects(a.geom, t.geom)
  UNION ALL
  SELECT 'ALCALDIA', 0, a.cvegeo, a.population::float8 FROM ageb_social_development a`;

/** Recomputes every unit's IDS from the AGEBs and the current colonias and territoriales. */
export const REBUILD_UNITS = [
  `DELETE FROM social_development_unit`,
  `WITH parts AS MATERIALIZED (${PARTS})
   INSERT INTO social_development_unit (kind, unit_id, population, value, stratum, components, population_by_stratum)
   SELECT u.kind, u.unit_id, u.population, u.value,
          (SELECT s.stratum FROM ids_stratum s WHERE s.lower_bound <= u.value ORDER BY s.lower_bound DESC LIMIT 1),
          u.components, u.by_stratum
     FROM (
       SELECT p.kind, p.unit_id,
              sum(p.apportioned) AS population,
              sum(p.apportioned * a.idsm) FILTER (WHERE a.idsm IS NOT NULL)
                / NULLIF(sum(p.apportioned) FILTER (WHERE a.idsm IS NOT NULL), 0) AS value,
              jsonb_build_object(
              ${componentMeans}) AS components,
              (SELECT COALESCE(jsonb_object_agg(x.stratum, x.population), '{}'::jsonb)
                 FROM (SELECT COALESCE(a2.stratum, 'SIN_INFORMACION') AS stratum, sum(p2.apportioned) AS population
                         FROM parts p2 JOIN ageb_social_development a2 ON a2.cvegeo = p2.cvegeo
                        WHERE p2.kind = p.kind AND p2.unit_id = p.unit_id
                        GROUP BY 1) x) AS by_stratum
         FROM parts p JOIN ageb_social_development a ON a.cvegeo = p.cvegeo
        GROUP BY p.kind, p.unit_id
     ) u`,
];
