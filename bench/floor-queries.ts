import { featureCollectionSql } from '../src/geo/feature-collection.sql';
import { layers } from '../src/app/registry';

const LAYERS = layers.byId;
import { SqlParams } from '../src/geo/sql-params';
import { geoJsonSql } from '../src/geo/spatial-sql';

/**
 * The floor of Q1–Q3: for each, the single best SQL statement we know that
 * returns the whole HTTP answer — the GraphQL response body, byte for byte
 * the same data — so the floor server only sends what PostgreSQL returns.
 * The benchmark checks before measuring that the floor's answers equal the
 * API's (parsed JSON, deep equality).
 */

/**
 * Q1: the app already builds the whole FeatureCollection in one statement in
 * PostGIS (json_agg of ST_AsGeoJSON with the coverage CTE); nothing cheaper
 * returns the same bytes, so the floor is that statement inside the GraphQL
 * envelope.
 */
export function q1FloorSql(): { sql: string; values: unknown[] } {
  const params = new SqlParams();
  const sql = featureCollectionSql(
    LAYERS.colonias,
    { spatial: undefined, where: [] },
    { precision: 6, simplifyMeters: 0 },
    params,
  );
  return {
    sql: `SELECT '{"data":{"featureCollection":' || fc.body || '}}' AS body FROM (${sql}) fc`,
    values: params.values,
  };
}

/** Q2 ($1 lon, $2 lat): the colonia containing the point (snapping within ~20 m), nearest first, as JSON. */
export const Q2_FLOOR_SQL = `
SELECT json_build_object('data', json_build_object('locate', (
         SELECT json_build_object('colonia', json_build_object('id', c.id::text, 'clave', c.clave, 'nombre', c.nombre),
                                  'territorial', json_build_object('id', t.id::text, 'clave', t.clave, 'nombre', t.nombre))
           FROM colonia c JOIN territorial t ON t.id = c.territorial_id
          WHERE ST_DWithin(c.geom, p.g, 0.0002)
          ORDER BY ST_Intersects(c.geom, p.g) DESC, ST_Distance(c.geom, p.g), c.area_km2, c.id
          LIMIT 1)))::text AS body
  FROM (SELECT ST_SetSRID(ST_MakePoint($1::float8, $2::float8), 4326) AS g) p`;

/**
 * Q1t: the first 500 colonias by id with their territorial's id and their
 * geometry (6 decimals, RFC 7946 orientation: the API's geometry field), as
 * the GraphQL response body.
 */
export const Q1T_FLOOR_SQL = `
SELECT '{"data":{"colonias":{"edges":' || COALESCE(json_agg(json_build_object('node', json_build_object(
         'id', c.id::text, 'clave', c.clave, 'nombre', c.nombre,
         'territorial', json_build_object('id', c.territorial_id::text),
         'geometry', ${geoJsonSql('c.geom', '6')}::json)) ORDER BY c.id)::text, '[]') || '}}}' AS body
  FROM (SELECT * FROM colonia ORDER BY id LIMIT 500) c`;

/** Breakdown cells of the beneficiary rollup: dimension, position, key, column. */
const CELLS: [string, number, string, string][] = [
  ['byRole', 1, 'SERVIDOR_DEL_PUEBLO', 'servidor_del_pueblo'],
  ['byRole', 2, 'PROMOTOR_COMUNITARIO', 'promotor_comunitario'],
  ['bySex', 1, 'MUJER', 'mujer'],
  ['bySex', 2, 'HOMBRE', 'hombre'],
  ['byAgeGroup', 1, 'AGE_18_29', 'age_18_29'],
  ['byAgeGroup', 2, 'AGE_30_60', 'age_30_60'],
  ['byAgeGroup', 3, 'AGE_OVER_60', 'age_over_60'],
  ['byEducation', 1, 'PRIMARIA', 'primaria'],
  ['byEducation', 2, 'SECUNDARIA', 'secundaria'],
  ['byEducation', 3, 'BACHILLERATO', 'bachillerato'],
  ['byEducation', 4, 'LICENCIATURA', 'licenciatura'],
  ['byOccupation', 1, 'ESTUDIANTE', 'estudiante'],
  ['byOccupation', 2, 'HOGAR', 'hogar'],
  ['byOccupation', 3, 'COMERCIO', 'comercio'],
  ['byOccupation', 4, 'AUTOEMPLEO', 'autoempleo'],
  ['byOccupation', 5, 'PENSIONADO_JUBILADO', 'pensionado_jubilado'],
];
const DIMENSIONS = ['byRole', 'bySex', 'byAgeGroup', 'byEducation', 'byOccupation'];
const KINDS = ['CAMINO_MUJERES_LIBRES_SEGURAS', 'LUDICALLE', 'UTOPIA', 'LAVAMANOS', 'PIPA_AGUA'];
/** Counts of people from 1 to SMALL - 1 are hidden from the public (src/auth/small-cells.ts). */
const SMALL = 5;

/**
 * Q3 ($1 from, $2 to; both given): the 13 territoriales by clave with every
 * coverage figure over the window, from the same rollups the API reads, with
 * the public small-cell suppression of beneficiary breakdowns, as one JSON
 * document.
 */
export const Q3_FLOOR_SQL = `
WITH w0 AS (
  SELECT $1::date AS d_from, $2::date AS d_to,
         CASE WHEN extract(day FROM $1::date) = 1 THEN $1::date ELSE (date_trunc('month', $1::date) + interval '1 month')::date END AS first_month,
         date_trunc('month', $2::date + 1)::date AS after_months
),
w AS (
  SELECT d_from, d_to,
         CASE WHEN first_month < after_months THEN first_month ELSE d_to + 1 END AS m_lo,
         CASE WHEN first_month < after_months THEN after_months ELSE d_to + 1 END AS m_end
    FROM w0
),
tc AS (SELECT id AS colonia_id, territorial_id FROM colonia),
ben AS (
  SELECT tc.territorial_id, sum(r.total)::int AS total, ${CELLS.map(([, , , c]) => `sum(r.${c})::int AS ${c}`).join(', ')}
    FROM w, beneficiary_colonia_year r JOIN tc USING (colonia_id)
   WHERE r.program_year BETWEEN extract(year FROM w.d_from) AND extract(year FROM w.d_to) AND r.baja_on >= w.d_from
   GROUP BY 1
),
cells AS (
  SELECT t.id AS territorial_id, d.dim, d.pos, d.key, COALESCE(d.n, 0) AS n
    FROM territorial t LEFT JOIN ben b ON b.territorial_id = t.id
   CROSS JOIN LATERAL (VALUES ${CELLS.map(([dim, pos, key, c]) => `('${dim}', ${pos}, '${key}', b.${c})`).join(', ')}) d(dim, pos, key, n)
),
ranked AS (
  SELECT c.*, count(*) FILTER (WHERE n BETWEEN 1 AND ${SMALL - 1}) OVER (PARTITION BY territorial_id, dim) AS smalls,
         row_number() OVER (PARTITION BY territorial_id, dim ORDER BY (n < ${SMALL}), n, pos) AS visible_rank
    FROM cells c
),
shown AS (
  SELECT territorial_id, dim,
         json_agg(json_build_object('key', key, 'count',
                  CASE WHEN n BETWEEN 1 AND ${SMALL - 1} THEN NULL
                       WHEN smalls = 1 AND visible_rank = 1 AND n >= ${SMALL} THEN NULL
                       ELSE n END) ORDER BY pos) AS cells
    FROM ranked GROUP BY 1, 2
),
act AS (
  SELECT tc.territorial_id, sum(a.activities)::bigint AS activities, sum(a.people_reached)::bigint AS people_reached
    FROM w, tc CROSS JOIN LATERAL (
      SELECT m.activities, m.people_reached FROM activity_monthly_colonia m
       WHERE m.colonia_id = tc.colonia_id AND m.month >= w.m_lo AND m.month < w.m_end
      UNION ALL
      SELECT d.activities, d.people_reached FROM activity_daily_colonia d
       WHERE d.colonia_id = tc.colonia_id AND d.day >= w.d_from AND d.day < LEAST(w.m_lo, w.d_to + 1)
      UNION ALL
      SELECT d.activities, d.people_reached FROM activity_daily_colonia d
       WHERE d.colonia_id = tc.colonia_id AND d.day >= GREATEST(w.m_end, w.d_from) AND d.day <= w.d_to) a
   GROUP BY 1
),
att AS (
  SELECT tc.territorial_id, count(*)::int AS colonias,
         (count(*) FILTER (WHERE
            EXISTS (SELECT 1 FROM beneficiary_colonia_year r WHERE r.colonia_id = tc.colonia_id
                       AND r.program_year BETWEEN extract(year FROM w.d_from) AND extract(year FROM w.d_to) AND r.baja_on >= w.d_from)
         OR EXISTS (SELECT 1 FROM workshop x WHERE x.colonia_id = tc.colonia_id AND x.held_on BETWEEN w.d_from AND w.d_to)
         OR EXISTS (SELECT 1 FROM activity_daily_colonia d WHERE d.colonia_id = tc.colonia_id AND d.day BETWEEN w.d_from AND w.d_to)))::int AS attended
    FROM w, tc GROUP BY 1
),
ws AS (
  SELECT tc.territorial_id, count(*)::int AS n, sum(x.participants)::int AS participants, count(DISTINCT x.colonia_id)::int AS colonias
    FROM w, workshop x JOIN tc USING (colonia_id) WHERE x.held_on BETWEEN w.d_from AND w.d_to GROUP BY 1
),
ag AS (
  SELECT tc.territorial_id,
         (count(*) FILTER (WHERE a.status = 'IN_PROGRESS'))::int AS in_progress,
         (count(*) FILTER (WHERE a.status IN ('COMPLETED', 'IMPLEMENTING')))::int AS finished,
         (count(*) FILTER (WHERE a.status = 'IMPLEMENTING'))::int AS implementing
    FROM w, agenda a JOIN tc USING (colonia_id)
   WHERE a.program_year BETWEEN extract(year FROM w.d_from) AND extract(year FROM w.d_to) GROUP BY 1
),
ec AS (
  SELECT tc.territorial_id, count(DISTINCT e.id)::int AS schools, count(DISTINCT f.beneficiary_id)::int AS facilitators
    FROM w, ecos_school e JOIN tc ON tc.colonia_id = e.colonia_id LEFT JOIN ecos_school_facilitator f ON f.ecos_school_id = e.id
   WHERE e.program_year BETWEEN extract(year FROM w.d_from) AND extract(year FROM w.d_to) GROUP BY 1
),
imp AS (
  SELECT tc.territorial_id, i.kind, count(*)::int AS n
    FROM w, public_space_improvement i JOIN tc USING (colonia_id) WHERE i.built_on BETWEEN w.d_from AND w.d_to GROUP BY 1, 2
),
pay AS (
  SELECT tc.territorial_id, sum(p.amount)::float8 AS total
    FROM w, payment_monthly_colonia p JOIN tc USING (colonia_id)
   WHERE p.month >= date_trunc('month', w.d_from)::date AND p.month <= w.d_to GROUP BY 1
)
SELECT json_build_object('data', json_build_object('territoriales', json_agg(json_build_object(
  'id', t.id::text, 'clave', t.clave, 'nombre', t.nombre,
  'coverage', json_build_object(
    'colonias', COALESCE(att.colonias, 0),
    'coloniasAttended', COALESCE(att.attended, 0),
    'coverageRatio', CASE WHEN COALESCE(att.colonias, 0) = 0 THEN NULL ELSE att.attended::float8 / att.colonias END,
    'beneficiaries', json_build_object('total', COALESCE(ben.total, 0),
      ${DIMENSIONS.map((d) => `'${d}', (SELECT s.cells FROM shown s WHERE s.territorial_id = t.id AND s.dim = '${d}')`).join(',\n      ')}),
    'workshops', json_build_object('count', COALESCE(ws.n, 0), 'participants', COALESCE(ws.participants, 0), 'colonias', COALESCE(ws.colonias, 0)),
    'agendas', json_build_object('inProgress', COALESCE(ag.in_progress, 0), 'finished', COALESCE(ag.finished, 0), 'implementing', COALESCE(ag.implementing, 0)),
    'ecosSchools', COALESCE(ec.schools, 0),
    'ecosFacilitators', COALESCE(ec.facilitators, 0),
    'improvements', (SELECT json_agg(json_build_object('kind', pk.kind, 'count', CASE WHEN pk.tracked THEN COALESCE(imp.n, 0) END)
                                     ORDER BY array_position(ARRAY[${KINDS.map((k) => `'${k}'`).join(', ')}]::text[], pk.kind::text))
                       FROM public_space_kind pk LEFT JOIN imp ON imp.territorial_id = t.id AND imp.kind = pk.kind),
    'activities', COALESCE(act.activities, 0),
    'peopleReached', COALESCE(act.people_reached, 0),
    'paymentsTotal', COALESCE(pay.total, 0))
  ) ORDER BY t.clave)))::text AS body
  FROM territorial t
  LEFT JOIN ben ON ben.territorial_id = t.id
  LEFT JOIN act ON act.territorial_id = t.id
  LEFT JOIN att ON att.territorial_id = t.id
  LEFT JOIN ws ON ws.territorial_id = t.id
  LEFT JOIN ag ON ag.territorial_id = t.id
  LEFT JOIN ec ON ec.territorial_id = t.id
  LEFT JOIN pay ON pay.territorial_id = t.id`;

/**
 * Q7 ($1 from, $2 to: whole months; $3 the categories in enum order): the 13
 * territoriales by clave with total, highImpact, byCategory and the monthly
 * series, straight from the rollup, as the GraphQL body.
 */
export const Q7_FLOOR_SQL = `
WITH agg AS (
  SELECT c.territorial_id, r.month, r.category, sum(r.incidents)::int AS n
    FROM crime_month_colonia r JOIN colonia c ON c.id = r.colonia_id
   WHERE r.month BETWEEN $1::date AND $2::date
   GROUP BY 1, 2, 3
), cats AS (SELECT * FROM unnest($3::text[]) WITH ORDINALITY AS x(category, pos)),
months AS (SELECT m::date AS month FROM generate_series($1::date, $2::date, interval '1 month') m),
totals AS (
  SELECT territorial_id, sum(n)::int AS total, COALESCE(sum(n) FILTER (WHERE category <> 'OTROS'), 0)::int AS high
    FROM agg GROUP BY 1
), by_category AS (
  SELECT t.id AS territorial_id,
         json_agg(json_build_object('key', cats.category, 'count', COALESCE(a.n, 0)) ORDER BY cats.pos) AS list
    FROM territorial t CROSS JOIN cats
    LEFT JOIN (SELECT territorial_id, category, sum(n)::int AS n FROM agg GROUP BY 1, 2) a
      ON a.territorial_id = t.id AND a.category = cats.category
   GROUP BY t.id
), by_month AS (
  SELECT t.id AS territorial_id,
         json_agg(json_build_object('month', to_char(months.month, 'YYYY-MM'), 'total', COALESCE(a.total, 0),
                                    'highImpact', COALESCE(a.high, 0)) ORDER BY months.month) AS list
    FROM territorial t CROSS JOIN months
    LEFT JOIN (SELECT territorial_id, month, sum(n)::int AS total,
                      COALESCE(sum(n) FILTER (WHERE category <> 'OTROS'), 0)::int AS high
                 FROM agg GROUP BY 1, 2) a
      ON a.territorial_id = t.id AND a.month = months.month
   GROUP BY t.id
)
SELECT json_build_object('data', json_build_object('territoriales', json_agg(json_build_object(
         'id', t.id::text, 'clave', t.clave, 'nombre', t.nombre,
         'crime', json_build_object(
           'total', COALESCE(tt.total, 0),
           'highImpact', COALESCE(tt.high, 0),
           'byCategory', bc.list,
           'monthly', bm.list))
       ORDER BY t.clave)))::text AS body
  FROM territorial t
  LEFT JOIN totals tt ON tt.territorial_id = t.id
  JOIN by_category bc ON bc.territorial_id = t.id
  JOIN by_month bm ON bm.territorial_id = t.id`;
