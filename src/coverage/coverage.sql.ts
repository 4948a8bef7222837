/**
 * Coverage aggregates as SQL text.
 *
 * Two families live here:
 * - coverage properties per colonia / per territorial, all time or of a period,
 *   for the GIS outputs (GeoJSON, OGC items and files, vector tiles) to embed
 *   as CTEs; a period's figures come from the same figure groups as below;
 * - the batched, windowed statements behind the GraphQL `Coverage` type (see
 *   coverage.loaders.ts), one statement per breakdown for every scope of a request.
 *
 * Every scope (alcaldía, territorial, colonia) is a set of colonias; figures are
 * summed over the colonias of the scope, so the three kinds share one code path.
 * Activities, beneficiaries and payments come from rollups kept exact by
 * triggers in the writing transaction (migrations 1764100000000 and
 * 1764400000000), never from the raw tables: a request costs the same at ten
 * years of activity as at one.
 */

/**
 * A colonia counts as attended when it has at least one assigned beneficiary,
 * one workshop or one activity. Shared by the GIS builders and the API.
 */
const ALL_TIME_BY_COLONIA = `
  SELECT c.id AS colonia_id,
         c.territorial_id,
         COALESCE(b.n, 0)::int AS beneficiaries,
         COALESCE(w.n, 0)::int AS workshops,
         COALESCE(w.participants, 0)::int AS workshop_participants,
         COALESCE(e.n, 0)::int AS ecos_schools,
         COALESCE(i.n, 0)::int AS improvements,
         COALESCE(a.activities, 0)::bigint AS activities,
         COALESCE(a.people_reached, 0)::bigint AS people_reached,
         c.poblacion,
         (COALESCE(b.n, 0) > 0 OR COALESCE(w.n, 0) > 0 OR COALESCE(a.activities, 0) > 0) AS attended
    FROM colonia c
    LEFT JOIN (SELECT colonia_id, sum(total) AS n FROM beneficiary_colonia_year GROUP BY colonia_id) b ON b.colonia_id = c.id
    LEFT JOIN (SELECT colonia_id, count(*) AS n, sum(participants) AS participants FROM workshop GROUP BY colonia_id) w ON w.colonia_id = c.id
    LEFT JOIN (SELECT colonia_id, count(*) AS n FROM ecos_school GROUP BY colonia_id) e ON e.colonia_id = c.id
    LEFT JOIN (SELECT colonia_id, count(*) AS n FROM public_space_improvement WHERE status = 'COMPLETED' GROUP BY colonia_id) i ON i.colonia_id = c.id
    LEFT JOIN activity_total_colonia a ON a.colonia_id = c.id`;

/**
 * All-time coverage of every colonia, one row per colonia, as a SELECT without
 * bind parameters (embed it as a CTE). Columns: colonia_id int, beneficiaries
 * int, workshops int, workshop_participants int, ecos_schools int, improvements
 * int, activities bigint, people_reached bigint, attended boolean.
 */
export function coveragePropertiesByColoniaSql(): string {
  return `SELECT colonia_id, beneficiaries, workshops, workshop_participants, ecos_schools, improvements,
                 activities, people_reached, attended, poblacion,
                 (people_reached * 1000.0 / NULLIF(poblacion, 0))::float8 AS people_reached_per_1000,
                 ${ALL_TIME_PERIOD}
            FROM (${ALL_TIME_BY_COLONIA}) per_colonia`;
}

/** All time: there is data, and the period is open at both ends. */
const ALL_TIME_PERIOD = 'true AS has_data, NULL::date AS period_from, NULL::date AS period_to';

/**
 * All-time coverage of every territorial, one row per territorial, as a SELECT
 * without bind parameters (embed it as a CTE). Columns: territorial_id int,
 * beneficiaries int, workshops int, workshop_participants int, ecos_schools
 * int, improvements int, activities bigint, people_reached bigint, colonias
 * int, colonias_attended int, coverage_ratio float8 (attended / colonias).
 */
export function coveragePropertiesByTerritorialSql(): string {
  return `SELECT territorial_id,
                 sum(beneficiaries)::int AS beneficiaries,
                 sum(workshops)::int AS workshops,
                 sum(workshop_participants)::int AS workshop_participants,
                 sum(ecos_schools)::int AS ecos_schools,
                 sum(improvements)::int AS improvements,
                 sum(activities)::bigint AS activities,
                 sum(people_reached)::bigint AS people_reached,
                 sum(poblacion)::bigint AS poblacion,
                 (sum(people_reached) * 1000.0 / NULLIF(sum(poblacion), 0))::float8 AS people_reached_per_1000,
                 count(*)::int AS colonias,
                 (count(*) FILTER (WHERE attended))::int AS colonias_attended,
                 ((count(*) FILTER (WHERE attended))::float8 / count(*))::float8 AS coverage_ratio,
                 ${ALL_TIME_PERIOD}
            FROM (${ALL_TIME_BY_COLONIA}) per_colonia
           GROUP BY territorial_id`;
}

/*
 * Windowed figures for the GraphQL Coverage type, batched: every figure group
 * a request asks for, for every scope of the request, in ONE statement
 * (`coverageFiguresSql`). Parameters: $1 text[] scope kinds ('ALCALDIA' |
 * 'TERRITORIAL' | 'COLONIA'), $2 int[] scope ids, $3 date[] window starts,
 * $4 date[] window ends (NULL = open). Each group yields rows with `k`, the
 * 1-based position of the scope in those arrays; the statement returns them as
 * (k, g = group name, v = the row as JSON).
 */
const SCOPE_ARRAYS =
  'SELECT * FROM unnest($1::text[], $2::int[], $3::date[], $4::date[]) WITH ORDINALITY AS s(kind, scope_id, d_from, d_to, k)';

/**
 * The CTEs `scope_input`, `scope` and `scope_colonia` the figure groups read, from `input`: a SELECT of
 * (kind, scope_id, d_from, d_to, k); by default the arrays $1–$4 above.
 */
export function scopesSql(input: string = SCOPE_ARRAYS): string {
  return `
  scope_input AS (
    SELECT s.*, COALESCE(s.d_from, '-infinity'::date) AS lo, COALESCE(s.d_to, 'infinity'::date) AS hi,
           CASE WHEN s.d_from IS NULL THEN '-infinity'::date
                WHEN extract(day FROM s.d_from) = 1 THEN s.d_from
                ELSE (date_trunc('month', s.d_from) + interval '1 month')::date END AS first_month,
           CASE WHEN s.d_to IS NULL THEN 'infinity'::date ELSE date_trunc('month', s.d_to + 1)::date END AS after_months
      FROM (${input}) s
  ),
  scope AS (
    -- Whole months inside the window: [m_lo, m_end); none: both after the window, so its days are [lo, m_lo).
    SELECT i.kind, i.scope_id, i.d_from, i.d_to, i.k, i.lo, i.hi,
           CASE WHEN i.first_month < i.after_months THEN i.first_month ELSE i.hi + 1 END AS m_lo,
           CASE WHEN i.first_month < i.after_months THEN i.after_months ELSE i.hi + 1 END AS m_end
      FROM scope_input i
  ),
  scope_colonia AS MATERIALIZED (
    SELECT s.k, s.d_from, s.d_to, s.lo, s.hi, s.m_lo, s.m_end, c.id AS colonia_id FROM scope s JOIN colonia c ON s.kind = 'ALCALDIA'
    UNION ALL
    SELECT s.k, s.d_from, s.d_to, s.lo, s.hi, s.m_lo, s.m_end, c.id FROM scope s JOIN colonia c ON s.kind = 'TERRITORIAL' AND c.territorial_id = s.scope_id
    UNION ALL
    SELECT s.k, s.d_from, s.d_to, s.lo, s.hi, s.m_lo, s.m_end, c.id FROM scope s JOIN colonia c ON s.kind = 'COLONIA' AND c.id = s.scope_id
  )`;
}

/** `column` within the scope's window (inclusive, open ends). */
function inWindow(column: string): string {
  return `${column} >= sc.lo AND ${column} <= sc.hi`;
}

/** A program year the scope's window touches. */
function yearInWindow(column: string): string {
  return `(sc.d_from IS NULL OR ${column} >= extract(year FROM sc.d_from)) AND (sc.d_to IS NULL OR ${column} <= extract(year FROM sc.d_to))`;
}

/**
 * Beneficiary rollup rows (alias r) counting in the window: enrolled in a
 * program year the window touches, not dropped (baja, 'infinity' while
 * active) before it starts. The same rule as beneficiaryInWindowSql.
 */
const beneficiaryRollupInWindow = `${yearInWindow('r.program_year')} AND r.baja_on >= sc.lo`;

/** Breakdown columns of `beneficiary_colonia_year`, by dimension, in enum order. */
export const BENEFICIARY_BREAKDOWN_COLUMNS = {
  byRole: { SERVIDOR_DEL_PUEBLO: 'servidor_del_pueblo', PROMOTOR_COMUNITARIO: 'promotor_comunitario' },
  bySex: { MUJER: 'mujer', HOMBRE: 'hombre' },
  byAgeGroup: { AGE_18_29: 'age_18_29', AGE_30_60: 'age_30_60', AGE_OVER_60: 'age_over_60' },
  byEducation: {
    PRIMARIA: 'primaria',
    SECUNDARIA: 'secundaria',
    BACHILLERATO: 'bachillerato',
    LICENCIATURA: 'licenciatura',
  },
  byOccupation: {
    ESTUDIANTE: 'estudiante',
    HOGAR: 'hogar',
    COMERCIO: 'comercio',
    AUTOEMPLEO: 'autoempleo',
    PENSIONADO_JUBILADO: 'pensionado_jubilado',
  },
} as const;
const BREAKDOWN_COLUMN_NAMES = Object.values(BENEFICIARY_BREAKDOWN_COLUMNS).flatMap(
  (d) => Object.values(d) as string[],
);

/** One figure group: a SELECT over `scope` / `scope_colonia` with a `k` column. */
export const COVERAGE_FIGURE_GROUPS = {
  /** Beneficiaries per scope: the total and one column per breakdown key. */
  beneficiaries: `
    SELECT sc.k, sum(r.total)::int AS total, ${BREAKDOWN_COLUMN_NAMES.map((c) => `sum(r.${c})::int AS ${c}`).join(', ')}
      FROM scope_colonia sc JOIN beneficiary_colonia_year r ON r.colonia_id = sc.colonia_id AND ${beneficiaryRollupInWindow}
     GROUP BY sc.k`,

  /** Colonias per scope, and those attended in the window: a beneficiary, a workshop or an activity. */
  attendance: `
    SELECT sc.k, count(*)::int AS colonias,
           (count(*) FILTER (WHERE
              EXISTS (SELECT 1 FROM beneficiary_colonia_year r WHERE r.colonia_id = sc.colonia_id AND ${beneficiaryRollupInWindow})
           OR EXISTS (SELECT 1 FROM workshop w WHERE w.colonia_id = sc.colonia_id AND ${inWindow('w.held_on')})
           OR EXISTS (SELECT 1 FROM activity_daily_colonia r WHERE r.colonia_id = sc.colonia_id AND ${inWindow('r.day')})))::int AS attended
      FROM scope_colonia sc
     GROUP BY sc.k`,

  /** Workshops held in the window and their participants. */
  workshops: `
    SELECT sc.k, count(*)::int AS count, sum(w.participants)::int AS participants, count(DISTINCT w.colonia_id)::int AS colonias
      FROM scope_colonia sc JOIN workshop w ON w.colonia_id = sc.colonia_id AND ${inWindow('w.held_on')}
     GROUP BY sc.k`,

  /** Agendas of program years the window touches: in progress, finished (implementing ones included), implementing. */
  agendas: `
    SELECT sc.k,
           (count(*) FILTER (WHERE a.status = 'IN_PROGRESS'))::int AS in_progress,
           (count(*) FILTER (WHERE a.status IN ('COMPLETED', 'IMPLEMENTING')))::int AS finished,
           (count(*) FILTER (WHERE a.status = 'IMPLEMENTING'))::int AS implementing
      FROM scope_colonia sc JOIN agenda a ON a.colonia_id = sc.colonia_id AND ${yearInWindow('a.program_year')}
     GROUP BY sc.k`,

  /** ECOS schools of program years the window touches, their participants and their distinct facilitators. */
  ecos: `
    SELECT sc.k, count(*)::int AS schools, sum(e.participants)::int AS participants,
           (SELECT count(DISTINCT f.beneficiary_id) FROM ecos_school_facilitator f
             WHERE f.ecos_school_id = ANY (array_agg(e.id)))::int AS facilitators
      FROM scope_colonia sc
      JOIN ecos_school e ON e.colonia_id = sc.colonia_id AND ${yearInWindow('e.program_year')}
     GROUP BY sc.k`,

  /**
   * Improvements dated in the window, per scope and kind: finished (n, "mejorados y en uso"), planned and in
   * progress apart; NULL for untracked kinds ("sin dato").
   */
  improvements: `
    SELECT s.k, pk.kind, CASE WHEN pk.tracked THEN COALESCE(c.n, 0) END AS n,
           CASE WHEN pk.tracked THEN COALESCE(c.planned, 0) END AS planned,
           CASE WHEN pk.tracked THEN COALESCE(c.in_progress, 0) END AS in_progress
      FROM scope s CROSS JOIN public_space_kind pk
      LEFT JOIN (SELECT sc.k, i.kind, (count(*) FILTER (WHERE i.status = 'COMPLETED'))::int AS n,
                        (count(*) FILTER (WHERE i.status = 'PLANNED'))::int AS planned,
                        (count(*) FILTER (WHERE i.status = 'IN_PROGRESS'))::int AS in_progress
                   FROM scope_colonia sc JOIN public_space_improvement i ON i.colonia_id = sc.colonia_id AND ${inWindow('i.built_on')}
                  GROUP BY sc.k, i.kind) c ON c.k = s.k AND c.kind = pk.kind`,

  /**
   * Activities and people reached in the window: all-time totals without a
   * window; otherwise whole months from the monthly rollup and the days of
   * the partial months at either edge (two index ranges) from the daily one.
   */
  activity: `
    SELECT sc.k, sum(a.activities)::bigint AS activities, sum(a.people_reached)::bigint AS people_reached
      FROM scope_colonia sc
     CROSS JOIN LATERAL (
       SELECT t.activities, t.people_reached FROM activity_total_colonia t
        WHERE sc.d_from IS NULL AND sc.d_to IS NULL AND t.colonia_id = sc.colonia_id
       UNION ALL
       SELECT m.activities, m.people_reached FROM activity_monthly_colonia m
        WHERE (sc.d_from IS NOT NULL OR sc.d_to IS NOT NULL) AND m.colonia_id = sc.colonia_id AND m.month >= sc.m_lo AND m.month < sc.m_end
       UNION ALL
       SELECT d.activities, d.people_reached FROM activity_daily_colonia d
        WHERE (sc.d_from IS NOT NULL OR sc.d_to IS NOT NULL) AND d.colonia_id = sc.colonia_id AND d.day >= sc.lo AND d.day < LEAST(sc.m_lo, sc.hi + 1)
       UNION ALL
       SELECT d.activities, d.people_reached FROM activity_daily_colonia d
        WHERE (sc.d_from IS NOT NULL OR sc.d_to IS NOT NULL) AND d.colonia_id = sc.colonia_id AND d.day >= GREATEST(sc.m_end, sc.lo) AND d.day <= sc.hi
     ) a
     GROUP BY sc.k`,

  /** Inhabitants of the scope: the IECM population of its colonias, each unit once (null when none is known). */
  population: `
    SELECT sc.k, sum(c.poblacion)::bigint AS poblacion
      FROM scope_colonia sc JOIN colonia c ON c.id = sc.colonia_id
     GROUP BY sc.k`,

  /**
   * PUBLIC's table (public-coverage.ts), for the scope kind 'PUBLIC_CELLS' only: beneficiaries per colonia and
   * program year, those not dropped (baja) before their year began, whatever the window.
   */
  publicBeneficiaryCells: `
    SELECT s.k, c.id AS colonia_id, c.territorial_id, r.program_year AS year, sum(r.total)::int AS total,
           ${BREAKDOWN_COLUMN_NAMES.map((c) => `sum(r.${c})::int AS ${c}`).join(', ')}
      FROM scope s
      JOIN beneficiary_colonia_year r ON s.kind = 'PUBLIC_CELLS' AND r.baja_on >= make_date(r.program_year, 1, 1)
      JOIN colonia c ON c.id = r.colonia_id
     GROUP BY s.k, c.id, c.territorial_id, r.program_year`,

  /** PUBLIC's table, for the scope kind 'PUBLIC_CELLS' only: payments per colonia and calendar year. */
  publicPaymentCells: `
    SELECT s.k, c.id AS colonia_id, c.territorial_id, extract(year FROM p.month)::int AS year, sum(p.amount)::float8 AS paid
      FROM scope s
      JOIN payment_monthly_colonia p ON s.kind = 'PUBLIC_CELLS'
      JOIN colonia c ON c.id = p.colonia_id
     GROUP BY s.k, c.id, c.territorial_id, extract(year FROM p.month)`,

  /** Payments to beneficiaries of the scope whose month overlaps the window. */
  payments: `
    SELECT sc.k, sum(p.amount)::float8 AS total
      FROM scope_colonia sc
      JOIN payment_monthly_colonia p ON p.colonia_id = sc.colonia_id
       AND (sc.d_from IS NULL OR p.month >= date_trunc('month', sc.d_from)::date)
       AND (sc.d_to IS NULL OR p.month <= sc.d_to)
     GROUP BY sc.k`,
} as const;

export type CoverageFigureGroup = keyof typeof COVERAGE_FIGURE_GROUPS;

/**
 * The program's figures start with its first program year: a period ending before it has no data (null, never
 * 0), as the indicators' HAS_DATA rule says (src/indicator/indicator.sql.ts).
 */
const hasProgramData = (to: string) =>
  `COALESCE(${to} IS NULL OR ${to} >= (SELECT make_date(min(year), 1, 1) FROM program_year), false)`;

/**
 * Coverage of every colonia or every territorial in one period, one row per unit (embed it as a CTE): the
 * columns of coveragePropertiesByColoniaSql / …ByTerritorialSql, each from the figure groups of the GraphQL
 * Coverage (the same rules and rollups), every unit a scope with the window [from, to] (SQL date expressions,
 * e.g. bind parameters; NULL: open). Beneficiaries count as PUBLIC's do (public-coverage.ts): enrolled in a
 * program year the window touches and not dropped before that year began, so two windows around a baja
 * answer alike. `has_data`: false for a period before the program's first year (every figure then null).
 */
export function coverageInPeriodSql(level: 'COLONIA' | 'TERRITORIAL', from: string, to: string): string {
  const table = level === 'COLONIA' ? 'colonia' : 'territorial';
  const g = COVERAGE_FIGURE_GROUPS;
  const perUnit =
    level === 'COLONIA'
      ? `COALESCE(at.attended, 0) > 0 AS attended`
      : `at.colonias, at.attended AS colonias_attended, (at.attended::float8 / NULLIF(at.colonias, 0))::float8 AS coverage_ratio`;
  return `WITH ${scopesSql(`SELECT '${level}'::text AS kind, u.id AS scope_id, ${from} AS d_from, ${to} AS d_to, u.id::bigint AS k FROM ${table} u`)},
  beneficiaries AS (
    SELECT sc.k, sum(r.total)::int AS total
      FROM scope_colonia sc JOIN beneficiary_colonia_year r ON r.colonia_id = sc.colonia_id
       AND ${yearInWindow('r.program_year')} AND r.baja_on >= make_date(r.program_year, 1, 1)
     GROUP BY sc.k),
  attendance AS (${g.attendance}),
  workshops AS (${g.workshops}),
  ecos AS (${g.ecos}),
  improvements AS (SELECT x.k, sum(x.n)::int AS n FROM (${g.improvements}) x GROUP BY x.k),
  activity AS (${g.activity}),
  population AS (${g.population})
SELECT s.k::int AS ${table}_id,
       COALESCE(b.total, 0) AS beneficiaries,
       COALESCE(w.count, 0) AS workshops,
       COALESCE(w.participants, 0) AS workshop_participants,
       COALESCE(e.schools, 0) AS ecos_schools,
       COALESCE(i.n, 0) AS improvements,
       COALESCE(a.activities, 0) AS activities,
       COALESCE(a.people_reached, 0) AS people_reached,
       p.poblacion,
       (COALESCE(a.people_reached, 0) * 1000.0 / NULLIF(p.poblacion, 0))::float8 AS people_reached_per_1000,
       ${perUnit},
       ${hasProgramData('s.d_to')} AS has_data,
       s.d_from AS period_from, s.d_to AS period_to
  FROM scope s
  LEFT JOIN beneficiaries b ON b.k = s.k
  LEFT JOIN attendance at ON at.k = s.k
  LEFT JOIN workshops w ON w.k = s.k
  LEFT JOIN ecos e ON e.k = s.k
  LEFT JOIN improvements i ON i.k = s.k
  LEFT JOIN activity a ON a.k = s.k
  LEFT JOIN population p ON p.k = s.k`;
}

/** The groups asked for, for every scope, as one statement returning (k, g, v json). */
export function coverageFiguresSql(groups: readonly CoverageFigureGroup[]): string {
  const parts = groups.map(
    (g) => `SELECT x.k, '${g}'::text AS g, to_json(x) AS v FROM (${COVERAGE_FIGURE_GROUPS[g]}) x`,
  );
  return `WITH ${scopesSql()}\n${parts.join('\nUNION ALL\n')}`;
}
