/**
 * Field activities at the report's rate: every beneficiary, one activity a day
 * Monday to Saturday (6 a week) from the first Monday of February, in their
 * colonia of assignment. Each week a beneficiary does each of the six kinds
 * once and reaches 3, 7, 4, 6, 5 and 5 people (rotated), i.e. exactly 5 per
 * activity on average: a full year (40 weeks) is 1,280 × 6 × 40 = 307,200
 * activities reaching 1,536,000 people.
 *
 * Generated set-based in PostgreSQL (generate_series), a few weeks per
 * statement; keyed (beneficiary, day, seq) so a rerun inserts nothing. The
 * rollups (`activity_daily_colonia` and the coarser ones) follow through the
 * table's triggers.
 *
 * `years` (default 1) repeats the volume's weeks in the following years, each
 * from its first Monday of February: the benchmark's "ten years of activity"
 * (3,072,000 activities with `year`). The same 2020 facilitators carry them: a
 * synthetic continuation for load, not a model of later program years.
 */
import type { SqlRunner, UpsertCounts } from './territorial-model.seed';
import type { PlannedBeneficiary, ProgramFigures } from './program.plan';
import { upsertCounted } from './program-upsert';
import { ActivityKind } from '../src/activity/activity.enums';

export const ACTIVITY_VOLUMES = ['sample', 'year', 'none'] as const;
export type ActivityVolume = (typeof ACTIVITY_VOLUMES)[number];

/** Weeks of activities per volume; `year` is the report's weeks of service. */
export function activityWeeks(volume: ActivityVolume, figures: ProgramFigures): number {
  return volume === 'year' ? figures.reach_projection.weeks_of_service : volume === 'sample' ? 2 : 0;
}

/** The first day of service: Monday 3 February 2020, when the first payment row is paid. */
export const FIRST_ACTIVITY_DAY = '2020-02-03';
const WEEKS_PER_STATEMENT = 4;
/** Every kind, in its declared order (PEOPLE_PER_WEEK follows it). */
const KINDS = Object.values(ActivityKind);
const PEOPLE_PER_WEEK = [3, 7, 4, 6, 5, 5];

export const MAX_ACTIVITY_YEARS = 20;

/** The first Monday on or after 1 February of a year (YYYY-MM-DD). */
export function firstActivityDay(year: number): string {
  const first = new Date(Date.UTC(year, 1, 1));
  first.setUTCDate(1 + ((8 - first.getUTCDay()) % 7));
  return first.toISOString().slice(0, 10);
}

export async function seedActivities(
  db: SqlRunner,
  beneficiaries: readonly PlannedBeneficiary[],
  volume: ActivityVolume,
  figures: ProgramFigures,
  years = 1,
): Promise<UpsertCounts & { volume: ActivityVolume; weeks: number; years: number }> {
  if (!Number.isInteger(years) || years < 1 || years > MAX_ACTIVITY_YEARS)
    throw new Error(`years must be an integer from 1 to ${MAX_ACTIVITY_YEARS}`);
  const weeks = activityWeeks(volume, figures);
  const perWeek = figures.reach_projection.activities_per_week_per_facilitator;
  if (
    perWeek !== KINDS.length ||
    PEOPLE_PER_WEEK.reduce((a, b) => a + b, 0) !== perWeek * figures.reach_projection.avg_people_per_activity
  ) {
    throw new Error('the activity generator no longer matches the report’s reach projection');
  }
  const total = { created: 0, updated: 0, unchanged: 0, volume, weeks, years };
  const folios = beneficiaries.map((b) => b.folio);
  const startYear = Number(FIRST_ACTIVITY_DAY.slice(0, 4));
  for (let year = startYear; year < startYear + years; year++) {
    for (let first = 0; first < weeks; first += WEEKS_PER_STATEMENT) {
      const last = Math.min(weeks, first + WEEKS_PER_STATEMENT) - 1;
      // d: day number from the first Monday; slot: 0–5 for Monday–Saturday; k: the folio's number.
      const counts = await upsertCounted(
        db,
        `INSERT INTO activity AS a (held_on, seq, beneficiary_id, colonia_id, territorial_id, kind, people_reached)
         SELECT $1::date + d, 1, b.id, b.colonia_id, b.territorial_id,
                ($5::text[])[1 + (d % 7 + k) % 6],
                ($6::int[])[1 + (d % 7 + k + d / 7) % 6]
           FROM (SELECT id, colonia_id, territorial_id, substr(folio, 10)::int AS k FROM beneficiary WHERE folio = ANY($4::text[])) b
          CROSS JOIN generate_series($2::int * 7, $3::int * 7 + 6) AS d
          WHERE d % 7 < 6
         ON CONFLICT (beneficiary_id, held_on, seq) DO UPDATE SET colonia_id = EXCLUDED.colonia_id, territorial_id = EXCLUDED.territorial_id,
           kind = EXCLUDED.kind, people_reached = EXCLUDED.people_reached
         WHERE (a.colonia_id, a.territorial_id, a.kind, a.people_reached)
           IS DISTINCT FROM (EXCLUDED.colonia_id, EXCLUDED.territorial_id, EXCLUDED.kind, EXCLUDED.people_reached)
         RETURNING (xmax = 0) AS created`,
        [firstActivityDay(year), first, last, folios, KINDS, PEOPLE_PER_WEEK],
        folios.length * 6 * (last - first + 1),
      );
      total.created += counts.created;
      total.updated += counts.updated;
      total.unchanged += counts.unchanged;
    }
  }
  return total;
}
