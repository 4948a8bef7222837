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

/**
 * High-impact incidents of every colonia (`level` COLONIA) or territorial (TERRITORIAL) in one window, for the
 * choropleth layers (fin-indicator.layers.ts): rows (unit_id, n) for the units with any. The window is the
 * one-row relation `win(lo, hi)` the statement defines (dates, inclusive; NULL: open). Counted as
 * CRIME_FIGURES_SQL counts them: whole months from the rollup, the days of partial edge months from the
 * incidents; an incident outside every colonia counts for no unit. One window for every unit keeps the planner's
 * estimates small (the scopes of CRIME_FIGURES_SQL are many windows).
 */
export function highImpactByUnitSql(level: 'COLONIA' | 'TERRITORIAL'): string {
  const unit = level === 'COLONIA' ? 'x.colonia_id' : 'c.territorial_id';
  const join = level === 'COLONIA' ? '' : ' JOIN colonia c ON c.id = x.colonia_id';
  return `
    SELECT ${unit} AS unit_id, sum(x.n)::int AS n
      FROM (
        SELECT r.colonia_id, r.incidents AS n
          FROM crime_month_colonia r CROSS JOIN edges e
         WHERE r.category <> 'OTROS' AND r.colonia_id IS NOT NULL
           AND (e.full_from IS NULL OR r.month >= e.full_from) AND (e.full_to IS NULL OR r.month < e.full_to)
        UNION ALL
        SELECT i.colonia_id, 1
          FROM crime_incident i CROSS JOIN edges e
         WHERE e.lo IS NOT NULL AND i.occurred_on >= e.lo AND i.occurred_on < LEAST(e.full_from, e.hi + 1)
           AND i.category <> 'OTROS' AND i.colonia_id IS NOT NULL
        UNION ALL
        SELECT i.colonia_id, 1
          FROM crime_incident i CROSS JOIN edges e
         WHERE e.hi IS NOT NULL AND i.occurred_on >= GREATEST(e.full_to, e.full_from, e.lo) AND i.occurred_on <= e.hi
           AND i.category <> 'OTROS' AND i.colonia_id IS NOT NULL
      ) x${join}
     GROUP BY 1`;
}

/**
 * `edges`: the window `win(lo, hi)` with its whole months [full_from, full_to) (NULL: open), for
 * highImpactByUnitSql. A window inside one month has none (full_from after full_to).
 */
export const CRIME_WINDOW_EDGES_SQL = `
    SELECT w.lo, w.hi,
           CASE WHEN w.lo IS NULL THEN NULL
                WHEN w.lo = date_trunc('month', w.lo)::date THEN w.lo
                ELSE (date_trunc('month', w.lo) + interval '1 month')::date END AS full_from,
           CASE WHEN w.hi IS NULL THEN NULL ELSE date_trunc('month', w.hi + 1)::date END AS full_to
      FROM win w`;
