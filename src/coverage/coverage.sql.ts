/**
 * Coverage aggregates as SQL text.
 *
 * Two families live here:
 * - all-time coverage properties per colonia / per territorial, for the GIS
 *   outputs (GeoJSON FeatureCollections, vector tiles) to embed as CTEs;
 * - the batched, windowed statements behind the GraphQL `Coverage` type (see
 *   coverage.loaders.ts), one statement per breakdown for every scope of a request.
 *
 * Every scope (alcaldía, territorial, colonia) is a set of colonias; figures are
 * summed over the colonias of the scope, so the three kinds share one code path.
 * Activity figures come from the `activity_daily_colonia` rollup (kept by
 * triggers on `activity`), never from the raw table.
 */

import { ageGroupSql, beneficiaryInWindowSql } from '../beneficiary/beneficiary.sql';

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
         (COALESCE(b.n, 0) > 0 OR COALESCE(w.n, 0) > 0 OR COALESCE(a.activities, 0) > 0) AS attended
    FROM colonia c
    LEFT JOIN (SELECT colonia_id, count(*) AS n FROM beneficiary GROUP BY colonia_id) b ON b.colonia_id = c.id
    LEFT JOIN (SELECT colonia_id, count(*) AS n, sum(participants) AS participants FROM workshop GROUP BY colonia_id) w ON w.colonia_id = c.id
    LEFT JOIN (SELECT colonia_id, count(*) AS n FROM ecos_school GROUP BY colonia_id) e ON e.colonia_id = c.id
    LEFT JOIN (SELECT colonia_id, count(*) AS n FROM public_space_improvement GROUP BY colonia_id) i ON i.colonia_id = c.id
    LEFT JOIN (SELECT colonia_id, sum(activities) AS activities, sum(people_reached) AS people_reached
                 FROM activity_daily_colonia GROUP BY colonia_id) a ON a.colonia_id = c.id`;

/**
 * All-time coverage of every colonia, one row per colonia, as a SELECT without
 * bind parameters (embed it as a CTE). Columns: colonia_id int, beneficiaries
 * int, workshops int, workshop_participants int, ecos_schools int, improvements
 * int, activities bigint, people_reached bigint, attended boolean.
 */
export function coveragePropertiesByColoniaSql(): string {
  return `SELECT colonia_id, beneficiaries, workshops, workshop_participants, ecos_schools, improvements,
                 activities, people_reached, attended
            FROM (${ALL_TIME_BY_COLONIA}) per_colonia`;
}

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
                 count(*)::int AS colonias,
                 (count(*) FILTER (WHERE attended))::int AS colonias_attended,
                 ((count(*) FILTER (WHERE attended))::float8 / count(*))::float8 AS coverage_ratio
            FROM (${ALL_TIME_BY_COLONIA}) per_colonia
           GROUP BY territorial_id`;
}

/*
 * Windowed, batched statements for the GraphQL Coverage type. Parameters:
 * $1 text[] scope kinds ('ALCALDIA' | 'TERRITORIAL' | 'COLONIA'), $2 int[]
 * scope ids, $3 date[] window starts, $4 date[] window ends (NULL = open).
 * Rows carry `k`, the 1-based position of the scope in those arrays.
 */
const SCOPES = `
  scope AS (
    SELECT * FROM unnest($1::text[], $2::int[], $3::date[], $4::date[]) WITH ORDINALITY AS s(kind, scope_id, d_from, d_to, k)
  ),
  scope_colonia AS (
    SELECT s.k, s.d_from, s.d_to, c.id AS colonia_id
      FROM scope s JOIN colonia c
        ON s.kind = 'ALCALDIA'
        OR (s.kind = 'TERRITORIAL' AND c.territorial_id = s.scope_id)
        OR (s.kind = 'COLONIA' AND c.id = s.scope_id)
  )`;

/** `column` within the scope's window (inclusive, open ends). */
function inWindow(column: string): string {
  return `(sc.d_from IS NULL OR ${column} >= sc.d_from) AND (sc.d_to IS NULL OR ${column} <= sc.d_to)`;
}

/** A program year the scope's window touches. */
function yearInWindow(column: string): string {
  return `(sc.d_from IS NULL OR ${column} >= extract(year FROM sc.d_from)) AND (sc.d_to IS NULL OR ${column} <= extract(year FROM sc.d_to))`;
}

const beneficiaryInScope = (alias: string) => beneficiaryInWindowSql(alias, 'sc.d_from', 'sc.d_to');

/**
 * Beneficiaries per scope: the total and each breakdown, as GROUPING SETS rows
 * (k, role, sex, age_group, education, occupation, n): in each row at most one
 * dimension is set; none set is the total.
 */
export const BENEFICIARIES_SQL = `
  WITH ${SCOPES},
  b AS (
    SELECT sc.k, b.role, b.sex, ${ageGroupSql('b')} AS age_group, b.education, b.occupation
      FROM scope_colonia sc JOIN beneficiary b ON b.colonia_id = sc.colonia_id AND ${beneficiaryInScope('b')}
  )
  SELECT k, role, sex, age_group, education, occupation, count(*)::int AS n
    FROM b
   GROUP BY GROUPING SETS ((k), (k, role), (k, sex), (k, age_group), (k, education), (k, occupation))`;

/** Colonias per scope, and those attended in the window: a beneficiary, a workshop or an activity. */
export const ATTENDANCE_SQL = `
  WITH ${SCOPES}
  SELECT sc.k, count(*)::int AS colonias,
         (count(*) FILTER (WHERE
            EXISTS (SELECT 1 FROM beneficiary b WHERE b.colonia_id = sc.colonia_id AND ${beneficiaryInScope('b')})
         OR EXISTS (SELECT 1 FROM workshop w WHERE w.colonia_id = sc.colonia_id AND ${inWindow('w.held_on')})
         OR EXISTS (SELECT 1 FROM activity_daily_colonia r WHERE r.colonia_id = sc.colonia_id AND ${inWindow('r.day')})))::int AS attended
    FROM scope_colonia sc
   GROUP BY sc.k`;

/** Workshops held in the window and their participants. */
export const WORKSHOPS_SQL = `
  WITH ${SCOPES}
  SELECT sc.k, count(*)::int AS count, sum(w.participants)::int AS participants, count(DISTINCT w.colonia_id)::int AS colonias
    FROM scope_colonia sc JOIN workshop w ON w.colonia_id = sc.colonia_id AND ${inWindow('w.held_on')}
   GROUP BY sc.k`;

/** Agendas of program years the window touches, by status. */
export const AGENDAS_SQL = `
  WITH ${SCOPES}
  SELECT sc.k,
         (count(*) FILTER (WHERE a.status = 'IN_PROGRESS'))::int AS in_progress,
         (count(*) FILTER (WHERE a.status = 'COMPLETED'))::int AS completed,
         (count(*) FILTER (WHERE a.status = 'IMPLEMENTING'))::int AS implementing
    FROM scope_colonia sc JOIN agenda a ON a.colonia_id = sc.colonia_id AND ${yearInWindow('a.program_year')}
   GROUP BY sc.k`;

/** ECOS schools of program years the window touches, and their distinct facilitators. */
export const ECOS_SCHOOLS_SQL = `
  WITH ${SCOPES}
  SELECT sc.k, count(DISTINCT e.id)::int AS schools, count(DISTINCT f.beneficiary_id)::int AS facilitators
    FROM scope_colonia sc
    JOIN ecos_school e ON e.colonia_id = sc.colonia_id AND ${yearInWindow('e.program_year')}
    LEFT JOIN ecos_school_facilitator f ON f.ecos_school_id = e.id
   GROUP BY sc.k`;

/** Improvements built in the window, per scope and kind; NULL for untracked kinds ("sin dato"). */
export const IMPROVEMENTS_SQL = `
  WITH ${SCOPES},
  counts AS (
    SELECT sc.k, i.kind, count(*)::int AS n
      FROM scope_colonia sc JOIN public_space_improvement i ON i.colonia_id = sc.colonia_id AND ${inWindow('i.built_on')}
     GROUP BY sc.k, i.kind
  )
  SELECT s.k, pk.kind, CASE WHEN pk.tracked THEN COALESCE(c.n, 0) END AS n
    FROM scope s CROSS JOIN public_space_kind pk LEFT JOIN counts c ON c.k = s.k AND c.kind = pk.kind`;

/** Activities and people reached in the window, from the daily rollup. */
export const ACTIVITY_SQL = `
  WITH ${SCOPES}
  SELECT sc.k, sum(r.activities)::int AS activities, sum(r.people_reached)::int AS people_reached
    FROM scope_colonia sc JOIN activity_daily_colonia r ON r.colonia_id = sc.colonia_id AND ${inWindow('r.day')}
   GROUP BY sc.k`;

/** Payments to beneficiaries of the scope whose month overlaps the window. */
export const PAYMENTS_SQL = `
  WITH ${SCOPES}
  SELECT sc.k, sum(p.amount)::float8 AS total
    FROM scope_colonia sc
    JOIN beneficiary b ON b.colonia_id = sc.colonia_id
    JOIN payment p ON p.beneficiary_id = b.id
     AND (sc.d_from IS NULL OR p.month >= date_trunc('month', sc.d_from)::date)
     AND (sc.d_to IS NULL OR p.month <= sc.d_to)
   GROUP BY sc.k`;
