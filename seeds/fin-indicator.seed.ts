import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { BackgroundLoad } from '../src/common/background-load';
import { logger } from '../src/common/logger';
import { projectRoot } from './program-upsert';
import { importCrime, type CrimeImportReport } from '../src/crime/crime-import.service';
import { IDS_COMPONENTS, INSERT_AGEBS, REBUILD_UNITS } from '../src/social-development/social-development.sql';
import { expectedSqlWork } from '../src/db/sql-statement-logger';

/**
 * The Fin indicator's real data (seeds/data/SOURCE.md): Evalúa's IDS 2020 per
 * AGEB, interpolated to every unit, and the prosecutor's investigation files
 * through the same import as `npm run import -- crime`. Idempotent: a second
 * run changes nothing (the AGEBs upsert only what differs; the import adds
 * only incidents not yet loaded).
 */

export const AGEB_FILE = path.join(projectRoot(), 'seeds', 'data', 'iztapalapa-ageb-ids-2020.geojson');
export const CRIME_FILE = path.join(projectRoot(), 'seeds', 'data', 'iztapalapa-carpetas-2019-2024.csv.gz');

/** Which incidents a seed loads: every year, the report's years with the one before (2019–2020), or none. */
export type CrimeVolume = 'all' | '2019-2020' | 'none';
export const CRIME_VOLUMES: CrimeVolume[] = ['all', '2019-2020', 'none'];

/**
 * One step of the crime load: the incidents of some days, imported in one
 * transaction. A year per step keeps each transaction short: on the embedded
 * database (one connection) requests wait for the step under way, not the
 * whole load.
 */
export interface CrimeStep {
  label: string;
  /** Inclusive day ranges (null: open end). */
  windows: [string | null, string | null][];
}

const year = (y: number): CrimeStep => ({
  label: `crime incidents of ${y}`,
  windows: [[`${y}-01-01`, `${y}-12-31`]],
});

/** The steps of a volume, in load order: the report's year and the one before first. */
export function crimeSteps(volume: CrimeVolume): CrimeStep[] {
  if (volume === 'none') return [];
  if (volume === '2019-2020') return [year(2020), year(2019)];
  return [
    year(2020),
    year(2019),
    ...[2021, 2022, 2023, 2024].map(year),
    {
      label: 'crime incidents before 2019 or after 2024',
      windows: [
        [null, '2018-12-31'],
        ['2025-01-01', null],
      ],
    },
  ];
}

const inStep =
  (step: CrimeStep) =>
  (date: string): boolean =>
    step.windows.some(([from, to]) => (from === null || date >= from) && (to === null || date <= to));

interface AgebFeature {
  properties: Record<string, string | number | null>;
  geometry: unknown;
}

/** Loads the AGEBs (upsert) and recomputes the interpolated IDS of every unit. */
export async function seedSocialDevelopment(dataSource: DataSource): Promise<{ agebs: number; units: number }> {
  const features = (JSON.parse(readFileSync(AGEB_FILE, 'utf8')) as { features: AgebFeature[] }).features;
  const column = (f: (p: AgebFeature) => unknown) => features.map(f);
  await dataSource.transaction(async (manager) => {
    await manager.query(INSERT_AGEBS, [
      column((f) => f.properties.cvegeo),
      column((f) => f.properties.pob ?? 0),
      column((f) => f.properties.pob_nbi),
      column((f) => f.properties.idsm),
      column((f) => f.properties.e_idsm),
      column((f) =>
        JSON.stringify(Object.fromEntries(IDS_COMPONENTS.map(({ code }) => [code, f.properties[code] ?? null]))),
      ),
      column((f) => JSON.stringify(f.geometry)),
    ]);
    await rebuildSocialDevelopmentUnits(manager);
  });
  const [{ units }] = await dataSource.query(`SELECT count(*)::int AS units FROM social_development_unit`);
  return { agebs: features.length, units };
}

/** Recomputes the stored IDS of every colonia, territorial and the alcaldía (after the AGEBs or the units change). */
export async function rebuildSocialDevelopmentUnits(db: Pick<DataSource, 'query'>): Promise<void> {
  for (const sql of REBUILD_UNITS) await db.query(sql);
}

/** Loads the incidents of one step from the copy in seeds/data. */
export async function seedCrime(dataSource: DataSource, step: CrimeStep): Promise<CrimeImportReport> {
  const report = await importCrime(dataSource, createReadStream(CRIME_FILE), {
    source: `${path.relative(process.cwd(), CRIME_FILE)} (${step.label})`,
    dates: inStep(step),
  });
  logger.info(
    {
      step: step.label,
      read: report.read,
      loaded: report.loaded,
      rejected: report.rejected,
      unassigned: report.unassigned,
      ms: report.ms,
    },
    'crime incidents loaded',
  );
  return report;
}

export interface FinIndicatorSeedReport {
  agebs: number;
  units: number;
  crime: CrimeImportReport[];
}

/**
 * The Fin indicator's data in steps, each its own transaction: the AGEBs and
 * the interpolated IDS, then the incidents a year at a time (crimeSteps).
 * Idempotent: every step is safe to run again.
 */
export async function seedFinIndicator(dataSource: DataSource, volume: CrimeVolume): Promise<FinIndicatorSeedReport> {
  const ids = await seedSocialDevelopment(dataSource);
  const crime: CrimeImportReport[] = [];
  for (const step of crimeSteps(volume)) crime.push(await seedCrime(dataSource, step));
  return { ...ids, crime };
}

/**
 * The embedded demo's first start: the Fin indicator's data loads after the
 * server answers. `begin` marks every step as loading (BackgroundLoad) at once,
 * before the server listens, so no request sees a part as if it were the whole;
 * `run` then loads the steps not already committed (a start after an
 * interrupted load resumes), marking each done as it commits. A failed step and
 * the ones after it stay refused, as failed (the next start retries).
 */
export function beginFinIndicatorBackgroundLoad(volume: CrimeVolume): {
  run(dataSource: DataSource): Promise<{ ms: number; steps: number; incidents: number } | null>;
} {
  const idsDone = BackgroundLoad.begin('ids', { label: "Evalúa's IDS per AGEB and its interpolation to the units" });
  const steps = crimeSteps(volume).map((step) => ({
    step,
    done: step.windows.map(([from, to]) => BackgroundLoad.begin('crime', { label: step.label, from, to })),
  }));
  const markDone = (done: (() => void)[]) => done.forEach((d) => d());
  const load = async (dataSource: DataSource) => {
    const started = Date.now();
    try {
      const [{ ids }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM social_development_unit) AS ids`);
      const closed: (boolean | null)[] = [];
      for (const { step } of steps) closed.push(await crimeStepPresent(dataSource, step));
      // The open-ended step leaves no mark (it may hold nothing): it runs again whenever a year is missing.
      const allYears = closed.every((p) => p !== false);
      const present = closed.map((p) => p ?? allYears);
      if (!ids) await seedSocialDevelopment(dataSource);
      idsDone();
      let incidents = 0;
      let ran = 0;
      for (const [i, { step, done }] of steps.entries()) {
        if (!present[i]) {
          incidents += (await seedCrime(dataSource, step)).loaded;
          ran++;
        }
        markDone(done);
      }
      return ran === 0 && ids ? null : { ms: Date.now() - started, steps: ran, incidents };
    } catch (error) {
      BackgroundLoad.failPending();
      throw error;
    }
  };
  return {
    run(dataSource) {
      // Its set-based steps over 191k rows are slow by nature: logged as expected, not as warnings.
      return expectedSqlWork('the Fin indicator background load', () => load(dataSource));
    },
  };
}

/** True when the step's days hold an incident (its transaction committed); null for an open-ended step. */
async function crimeStepPresent(dataSource: DataSource, step: CrimeStep): Promise<boolean | null> {
  if (step.windows.some(([from, to]) => from === null || to === null)) return null;
  const [{ present }] = await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM crime_incident WHERE occurred_on BETWEEN $1::date AND $2::date) AS present`,
    [step.windows[0][0], step.windows[0][1]],
  );
  return present;
}
