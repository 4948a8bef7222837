import type { PublicSpaceKind } from '../public-space/public-space.enums';

/**
 * Indicator values of many cells in ONE statement. A cell is (measure, scope,
 * period): parameters $1 text[] measures, $2 text[] scope kinds ('ALCALDIA' |
 * 'TERRITORIAL' | 'COLONIA'), $3 int[] scope ids (0: the alcaldía), $4 date[]
 * period starts, $5 date[] period ends (inclusive). Rows: k (1-based cell
 * position), numerator, denominator, stored (a value read as is, the IDS), and
 * has_data (false: the period lies outside the measure's data, "no data").
 *
 * Every scope is a set of colonias, as in coverage. Activities and crime read
 * whole months from their monthly rollups and only the days of partial edge
 * months from the daily ones; beneficiaries and payments read their rollups.
 * The statement's text depends only on which measures are asked for, never
 * on how many cells: 13 territoriales × 12 months is one statement.
 */

export type Measure =
  | 'crimeHighImpact'
  | 'ids'
  | 'peopleReached'
  | 'activities'
  | 'participants'
  | 'workshopParticipants'
  | 'workshopColonias'
  | 'agendasFinished'
  | 'agendasImplementing'
  | 'ecosSchools'
  | 'ecosFacilitators'
  | 'improvements'
  | `improvements:${PublicSpaceKind}`
  | 'beneficiaries'
  | 'beneficiariesServidores'
  | 'beneficiariesPromotores'
  | 'coloniasAttended'
  | 'payments';

/** The IDS stored in social_development_unit is Evalúa's 2020 measurement (the 2020 census). */
export const IDS_YEAR = 2020;

const CELLS = `
  cell_input AS (
    SELECT c.*,
           CASE WHEN extract(day FROM c.lo) = 1 THEN c.lo ELSE (date_trunc('month', c.lo) + interval '1 month')::date END AS first_month,
           date_trunc('month', c.hi + 1)::date AS after_months
      FROM unnest($1::text[], $2::text[], $3::int[], $4::date[], $5::date[]) WITH ORDINALITY AS c(measure, kind, scope_id, lo, hi, k)
  ),
  cell AS (
    -- Whole months inside the period: [m_lo, m_end); none: both after the period, so its days are [lo, m_lo).
    SELECT i.*, CASE WHEN i.first_month < i.after_months THEN i.first_month ELSE i.hi + 1 END AS m_lo,
                CASE WHEN i.first_month < i.after_months THEN i.after_months ELSE i.hi + 1 END AS m_end
      FROM cell_input i
  ),
  cell_colonia AS MATERIALIZED (
    SELECT s.k, s.measure, s.lo, s.hi, s.m_lo, s.m_end, c.id AS colonia_id FROM cell s JOIN colonia c ON s.kind = 'ALCALDIA'
    UNION ALL
    SELECT s.k, s.measure, s.lo, s.hi, s.m_lo, s.m_end, c.id FROM cell s JOIN colonia c ON s.kind = 'TERRITORIAL' AND c.territorial_id = s.scope_id
    UNION ALL
    SELECT s.k, s.measure, s.lo, s.hi, s.m_lo, s.m_end, c.id FROM cell s JOIN colonia c ON s.kind = 'COLONIA' AND c.id = s.scope_id
  )`;

/** A program year the cell's period touches. */
const yearTouched = (column: string) => `${column} BETWEEN extract(year FROM cc.lo) AND extract(year FROM cc.hi)`;

/** Whole months from a monthly rollup plus the edge days from a daily one (same columns). */
function monthsAndDays(monthly: string, daily: string, column: string): string {
  return `
    SELECT cc.k, sum(x.n)::float8 AS numerator, NULL::float8 AS denominator, NULL::float8 AS stored
      FROM cc CROSS JOIN LATERAL (
        SELECT m.${column} AS n FROM ${monthly} m WHERE m.colonia_id = cc.colonia_id AND m.month >= cc.m_lo AND m.month < cc.m_end
        UNION ALL
        SELECT d.${column} FROM ${daily} d WHERE d.colonia_id = cc.colonia_id AND d.day >= cc.lo AND d.day < LEAST(cc.m_lo, cc.hi + 1)
        UNION ALL
        SELECT d.${column} FROM ${daily} d WHERE d.colonia_id = cc.colonia_id AND d.day >= GREATEST(cc.m_end, cc.lo) AND d.day <= cc.hi
      ) x
     GROUP BY cc.k`;
}

const count = (select: string) =>
  `SELECT cc.k, (${select})::float8 AS numerator, NULL::float8 AS denominator, NULL::float8 AS stored`;

function improvementsSql(kind: string | null): string {
  const kindCondition = kind === null ? '' : ` AND i.kind = '${kind}'`;
  return `${count('count(i.id)')}
      FROM cc JOIN public_space_improvement i ON i.colonia_id = cc.colonia_id AND i.status = 'COMPLETED'
       AND i.built_on BETWEEN cc.lo AND cc.hi${kindCondition}
      JOIN public_space_kind pk ON pk.kind = i.kind AND pk.tracked
     GROUP BY cc.k`;
}

function beneficiariesSql(column: string): string {
  return `${count(`sum(r.${column})`)}
      FROM cc JOIN beneficiary_colonia_year r ON r.colonia_id = cc.colonia_id AND ${yearTouched('r.program_year')} AND r.baja_on >= cc.lo
     GROUP BY cc.k`;
}

/** Per measure: rows (k, numerator, denominator, stored) over `cc`, its cells' colonias; rows of a k are summed. */
const MEASURE_SQL: Record<Measure, string> = {
  crimeHighImpact: `
    SELECT cc.k, sum(x.n)::float8 AS numerator, NULL::float8 AS denominator, NULL::float8 AS stored
      FROM cc CROSS JOIN LATERAL (
        SELECT r.incidents AS n FROM crime_month_colonia r
         WHERE r.colonia_id = cc.colonia_id AND r.category <> 'OTROS' AND r.month >= cc.m_lo AND r.month < cc.m_end
        UNION ALL
        SELECT 1 FROM crime_incident i
         WHERE i.colonia_id = cc.colonia_id AND i.category <> 'OTROS' AND i.occurred_on >= cc.lo AND i.occurred_on < LEAST(cc.m_lo, cc.hi + 1)
        UNION ALL
        SELECT 1 FROM crime_incident i
         WHERE i.colonia_id = cc.colonia_id AND i.category <> 'OTROS' AND i.occurred_on >= GREATEST(cc.m_end, cc.lo) AND i.occurred_on <= cc.hi
      ) x
     GROUP BY cc.k
    UNION ALL
    -- Incidents outside every colonia count for the alcaldía only (as crime.highImpact does).
    SELECT s.k, (SELECT count(*) FROM crime_incident i WHERE i.colonia_id IS NULL AND i.category <> 'OTROS'
                    AND i.occurred_on BETWEEN s.lo AND s.hi)::float8, NULL, NULL
      FROM cell s WHERE s.kind = 'ALCALDIA' AND s.measure = 'crimeHighImpact'
    UNION ALL
    SELECT cc.k, NULL, sum(c.poblacion)::float8, NULL FROM cc JOIN colonia c ON c.id = cc.colonia_id GROUP BY cc.k`,

  ids: `
    SELECT s.k, NULL::float8, NULL::float8, u.value
      FROM cell s JOIN social_development_unit u ON u.kind = s.kind AND u.unit_id = s.scope_id
     WHERE s.measure = 'ids' AND ${IDS_YEAR} BETWEEN extract(year FROM s.lo) AND extract(year FROM s.hi)`,

  peopleReached: monthsAndDays('activity_monthly_colonia', 'activity_daily_colonia', 'people_reached'),
  activities: monthsAndDays('activity_monthly_colonia', 'activity_daily_colonia', 'activities'),

  participants: `
    ${count('sum(w.participants)')}
      FROM cc JOIN workshop w ON w.colonia_id = cc.colonia_id AND w.held_on BETWEEN cc.lo AND cc.hi GROUP BY cc.k
    UNION ALL
    ${count('sum(e.participants)')}
      FROM cc JOIN ecos_school e ON e.colonia_id = cc.colonia_id AND ${yearTouched('e.program_year')} GROUP BY cc.k`,
  workshopParticipants: `${count('sum(w.participants)')}
      FROM cc JOIN workshop w ON w.colonia_id = cc.colonia_id AND w.held_on BETWEEN cc.lo AND cc.hi GROUP BY cc.k`,
  workshopColonias: `${count('count(DISTINCT w.colonia_id)')}
      FROM cc JOIN workshop w ON w.colonia_id = cc.colonia_id AND w.held_on BETWEEN cc.lo AND cc.hi GROUP BY cc.k`,

  agendasFinished: `${count('count(*)')}
      FROM cc JOIN agenda a ON a.colonia_id = cc.colonia_id AND ${yearTouched('a.program_year')}
       AND a.status IN ('COMPLETED', 'IMPLEMENTING') GROUP BY cc.k`,
  agendasImplementing: `${count('count(*)')}
      FROM cc JOIN agenda a ON a.colonia_id = cc.colonia_id AND ${yearTouched('a.program_year')}
       AND a.status = 'IMPLEMENTING' GROUP BY cc.k`,

  ecosSchools: `${count('count(*)')}
      FROM cc JOIN ecos_school e ON e.colonia_id = cc.colonia_id AND ${yearTouched('e.program_year')} GROUP BY cc.k`,
  ecosFacilitators: `${count('count(DISTINCT f.beneficiary_id)')}
      FROM cc JOIN ecos_school e ON e.colonia_id = cc.colonia_id AND ${yearTouched('e.program_year')}
      JOIN ecos_school_facilitator f ON f.ecos_school_id = e.id GROUP BY cc.k`,

  improvements: improvementsSql(null),
  'improvements:CAMINO_MUJERES_LIBRES_SEGURAS': improvementsSql('CAMINO_MUJERES_LIBRES_SEGURAS'),
  'improvements:LUDICALLE': improvementsSql('LUDICALLE'),
  'improvements:UTOPIA': improvementsSql('UTOPIA'),
  'improvements:LAVAMANOS': improvementsSql('LAVAMANOS'),
  'improvements:PIPA_AGUA': improvementsSql('PIPA_AGUA'),

  beneficiaries: beneficiariesSql('total'),
  beneficiariesServidores: beneficiariesSql('servidor_del_pueblo'),
  beneficiariesPromotores: beneficiariesSql('promotor_comunitario'),

  coloniasAttended: `
    SELECT cc.k,
           (count(*) FILTER (WHERE
              EXISTS (SELECT 1 FROM beneficiary_colonia_year r WHERE r.colonia_id = cc.colonia_id AND ${yearTouched('r.program_year')} AND r.baja_on >= cc.lo)
           OR EXISTS (SELECT 1 FROM workshop w WHERE w.colonia_id = cc.colonia_id AND w.held_on BETWEEN cc.lo AND cc.hi)
           OR EXISTS (SELECT 1 FROM activity_daily_colonia d WHERE d.colonia_id = cc.colonia_id AND d.day BETWEEN cc.lo AND cc.hi)))::float8,
           count(*)::float8, NULL::float8
      FROM cc GROUP BY cc.k`,

  payments: `${count('sum(p.amount)')}
      FROM cc JOIN payment_monthly_colonia p ON p.colonia_id = cc.colonia_id
       AND p.month >= date_trunc('month', cc.lo)::date AND p.month <= cc.hi GROUP BY cc.k`,
};

export const MEASURES = Object.keys(MEASURE_SQL) as Measure[];

/**
 * Whether a cell's period has data for its measure: crime between the first and
 * the last month imported; the IDS only for periods touching its year (the
 * stored row says); an improvement kind only once tracked ("sin dato"); the
 * program's figures from its first program year on.
 */
const HAS_DATA = `
  CASE
    WHEN s.measure = 'crimeHighImpact' THEN
      s.hi >= (SELECT min(month) FROM crime_month_colonia)
      AND s.lo < (SELECT max(month) + interval '1 month' FROM crime_month_colonia)
    WHEN s.measure = 'ids' THEN r.stored IS NOT NULL
    WHEN s.measure LIKE 'improvements:%' THEN
      COALESCE((SELECT pk.tracked FROM public_space_kind pk WHERE pk.kind = split_part(s.measure, ':', 2)), false)
      AND s.hi >= (SELECT make_date(min(year), 1, 1) FROM program_year)
    ELSE s.hi >= (SELECT make_date(min(year), 1, 1) FROM program_year)
  END`;

/** The statement for the measures asked for. */
export function indicatorCellsSql(measures: readonly Measure[]): string {
  const parts = measures.map(
    (m) => `SELECT * FROM (WITH cc AS (SELECT * FROM cell_colonia WHERE measure = '${m}') ${MEASURE_SQL[m]}) AS "${m}"`,
  );
  return `WITH ${CELLS},
  figures AS (
    SELECT k, sum(numerator) AS numerator, sum(denominator) AS denominator, max(stored) AS stored
      FROM (${parts.join('\n      UNION ALL\n')}) p
     GROUP BY k
  )
  SELECT s.k::int, r.numerator, r.denominator, r.stored, (${HAS_DATA}) AS has_data
    FROM cell s LEFT JOIN figures r ON r.k = s.k`;
}
