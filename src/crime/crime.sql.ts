/**
 * Population (poblacion) of a scope row with `kind` and `id` (alias given): the IECM figure of the colonia or of
 * the territorial, the sum over every colonia for the alcaldía; null when unknown.
 */
function scopePopulationSql(alias: string): string {
  return `(CASE ${alias}.kind
           WHEN 'COLONIA' THEN (SELECT c.poblacion FROM colonia c WHERE c.id = ${alias}.id)
           WHEN 'TERRITORIAL' THEN (SELECT t.poblacion FROM territorial t WHERE t.id = ${alias}.id)
           ELSE (SELECT sum(c.poblacion) FROM colonia c)
         END)::float8`;
}

/**
 * Crime figures of many scopes in ONE statement (crime.loaders.ts). Whole
 * months of a window come from the rollup `crime_month_colonia`; only its
 * partial edge months from the incidents. Parameters: $1 text[] kinds
 * ('ALCALDIA' | 'TERRITORIAL' | 'COLONIA'), $2 int[] ids, $3 date[] window
 * starts, $4 date[] window ends (NULL = open), $5 text[] category (NULL = all).
 * Rows: k (1-based scope position), then the counts of `groupingSets` (month
 * and category, each null where a set leaves it out) with total and
 * high_impact, or poblacion alone (one row per scope: the population of the
 * rate, null when unknown).
 */
function crimeFiguresSql(groupingSets: string): string {
  return `
  WITH w AS (
    SELECT s.*,
           CASE WHEN s.from_d = date_trunc('month', s.from_d)::date THEN s.from_d
                ELSE (date_trunc('month', s.from_d) + interval '1 month')::date END AS full_from,
           date_trunc('month', s.to_d + 1)::date AS full_to
      FROM unnest($1::text[], $2::int[], $3::date[], $4::date[], $5::text[]) WITH ORDINALITY
        AS s(kind, id, from_d, to_d, category, k)
  ), sc AS (
    SELECT w.k, c.id AS ck FROM w JOIN colonia c ON c.territorial_id = w.id WHERE w.kind = 'TERRITORIAL'
    UNION ALL SELECT w.k, w.id FROM w WHERE w.kind = 'COLONIA'
    UNION ALL SELECT w.k, c.id FROM w CROSS JOIN colonia c WHERE w.kind = 'ALCALDIA'
    UNION ALL SELECT w.k, 0 FROM w WHERE w.kind = 'ALCALDIA'
  ), edge AS MATERIALIZED (
    -- Partial edge months: only the days of the window in them, by the occurred_on index, once per distinct
    -- window, counted per colonia (0: unassigned), month and category.
    SELECT COALESCE(d.from_d, '-infinity'::date) AS from_key, COALESCE(d.to_d, 'infinity'::date) AS to_key,
           COALESCE(e.colonia_id, 0) AS ck, date_trunc('month', e.occurred_on)::date AS month, e.category, count(*)::int AS n
      FROM (SELECT DISTINCT from_d, to_d, full_from, full_to FROM w) d
      CROSS JOIN LATERAL (
             SELECT i.occurred_on, i.category, i.colonia_id FROM crime_incident i
              WHERE d.from_d IS NOT NULL AND i.occurred_on >= d.from_d AND i.occurred_on < LEAST(d.full_from, d.to_d + 1)
             UNION ALL
             SELECT i.occurred_on, i.category, i.colonia_id FROM crime_incident i
              WHERE d.to_d IS NOT NULL AND i.occurred_on >= GREATEST(d.full_to, d.full_from, d.from_d) AND i.occurred_on <= d.to_d
           ) e
     GROUP BY 1, 2, 3, 4, 5
  ), scw AS MATERIALIZED (
    SELECT sc.k, sc.ck, COALESCE(w.from_d, '-infinity'::date) AS from_key, COALESCE(w.to_d, 'infinity'::date) AS to_key, w.category
      FROM sc JOIN w ON w.k = sc.k
  ), counts AS (
    SELECT w.k, r.month, r.category, r.incidents AS n
      FROM w JOIN sc ON sc.k = w.k
      JOIN crime_month_colonia r ON COALESCE(r.colonia_id, 0) = sc.ck
     WHERE (w.full_from IS NULL OR r.month >= w.full_from)
       AND (w.full_to IS NULL OR r.month < w.full_to)
       AND (w.category IS NULL OR r.category = w.category)
    UNION ALL
    SELECT scw.k, e.month, e.category, e.n
      FROM edge e JOIN scw ON scw.ck = e.ck AND scw.from_key = e.from_key AND scw.to_key = e.to_key
     WHERE (scw.category IS NULL OR e.category = scw.category)
  )
  SELECT k::int, to_char(month, 'YYYY-MM') AS month, category,
         sum(n)::int AS total, (sum(n) FILTER (WHERE category <> 'OTROS'))::int AS high_impact, NULL::float8 AS poblacion
    FROM counts
   GROUP BY GROUPING SETS (${groupingSets})
  UNION ALL
  SELECT w.k::int, NULL, NULL, NULL, NULL, ${scopePopulationSql('w')} FROM w`;
}

/** Per scope: month + total + high_impact rows (per month), category + total rows (per category), the poblacion row. */
export const CRIME_FIGURES_SQL = crimeFiguresSql('(k, month), (k, category)');

/** Per scope: month + category + total rows (every month and category with incidents), the poblacion row. */
export const CRIME_MONTH_CATEGORY_SQL = crimeFiguresSql('(k, month, category)');
