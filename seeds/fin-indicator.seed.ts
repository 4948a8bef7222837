import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { logger } from '../src/common/logger';
import { projectRoot } from './program-upsert';
import { importCrime, type CrimeImportReport } from '../src/crime/crime-import.service';
import { IDS_COMPONENTS, INSERT_AGEBS, REBUILD_UNITS } from '../src/social-development/social-development.sql';

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
type CrimeSlice = '2019-2020' | 'other-years' | 'all';
const IN_2019_2020 = (date: string) => date >= '2019-01-01' && date <= '2020-12-31';
const SLICES: Record<CrimeSlice, ((date: string) => boolean) | undefined> = {
  '2019-2020': IN_2019_2020,
  'other-years': (date) => !IN_2019_2020(date),
  all: undefined,
};
export const CRIME_VOLUMES: CrimeVolume[] = ['all', '2019-2020', 'none'];

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

/** Loads the incidents of one slice of years from the copy in seeds/data. */
export async function seedCrime(dataSource: DataSource, slice: CrimeSlice): Promise<CrimeImportReport> {
  const report = await importCrime(dataSource, createReadStream(CRIME_FILE), {
    source: `${path.relative(process.cwd(), CRIME_FILE)} (${slice})`,
    dates: SLICES[slice],
  });
  logger.info(
    {
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
 * the interpolated IDS, then 2019–2020 (the report's year and the one before),
 * then, with `all`, the other years. Idempotent.
 */
export async function seedFinIndicator(dataSource: DataSource, volume: CrimeVolume): Promise<FinIndicatorSeedReport> {
  const ids = await seedSocialDevelopment(dataSource);
  const crime: CrimeImportReport[] = [];
  if (volume !== 'none') {
    crime.push(await seedCrime(dataSource, '2019-2020'));
    if (volume === 'all') crime.push(await seedCrime(dataSource, 'other-years'));
  }
  return { ...ids, crime };
}

/** True once every step of seedFinIndicator(volume) has completed (each step commits on its own). */
export async function hasFinIndicatorData(dataSource: DataSource, volume: CrimeVolume): Promise<boolean> {
  const [row] = await dataSource.query(`
    SELECT EXISTS (SELECT 1 FROM social_development_unit) AS ids,
           EXISTS (SELECT 1 FROM crime_incident WHERE occurred_on BETWEEN '2019-01-01' AND '2020-12-31') AS first,
           EXISTS (SELECT 1 FROM crime_incident WHERE occurred_on >= '2021-01-01') AS rest`);
  return row.ids && (volume === 'none' || (row.first && (volume !== 'all' || row.rest)));
}
