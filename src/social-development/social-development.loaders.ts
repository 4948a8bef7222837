import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { IDS_COMPONENTS } from './social-development.sql';
import { IdsStratum, SocialDevelopment, type SocialDevelopmentBaseline } from './social-development.types';
import { BackgroundLoad } from '../common/background-load';

/** Year of the AGEB data (Evalúa's IDS 2020). */
export const IDS_YEAR = 2020;

export interface UnitKey {
  kind: 'ALCALDIA' | 'TERRITORIAL' | 'COLONIA';
  id: number;
}

interface Row {
  k: number;
  population: number;
  value: number | null;
  stratum: IdsStratum | null;
  components: Record<string, number | null>;
  population_by_stratum: Record<string, number>;
}

const STRATA = Object.values(IdsStratum);

function shape(row: Row | undefined): SocialDevelopment | null {
  if (!row) return null;
  const total = row.population;
  return Object.assign(new SocialDevelopment(), {
    year: IDS_YEAR,
    value: row.value === null ? null : Math.round(row.value * 10000) / 10000,
    stratum: row.stratum,
    population: Math.round(total),
    components: IDS_COMPONENTS.map(({ code, label }) => ({
      code,
      label,
      value: row.components[code] == null ? null : Math.round(row.components[code]! * 10000) / 10000,
    })),
    populationByStratum: STRATA.map((stratum) => {
      const population = row.population_by_stratum[stratum] ?? 0;
      return {
        stratum,
        population: Math.round(population),
        share: total > 0 ? Math.round((population / total) * 10000) / 10000 : 0,
      };
    }),
  });
}

/** Per-request loaders of the stored IDS of units (one statement for every unit of a request) and the baselines. */
export function createSocialDevelopmentLoaders(dataSource: DataSource) {
  return {
    unit: new DataLoader<UnitKey, SocialDevelopment | null, string>(
      async (keys) => {
        // The embedded demo's first start loads the AGEBs in the background: no IDS yet is not "no IDS".
        BackgroundLoad.requireLoaded('ids');
        const rows: Row[] = await dataSource.query(
          `SELECT s.k::int, u.population, u.value, u.stratum, u.components, u.population_by_stratum
             FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS s(kind, id, k)
             JOIN social_development_unit u ON u.kind = s.kind AND u.unit_id = s.id`,
          [keys.map((k) => k.kind), keys.map((k) => k.id)],
        );
        const byK = new Map(rows.map((r) => [r.k, r]));
        return keys.map((_, i) => shape(byK.get(i + 1)));
      },
      { cacheKeyFn: (k) => `${k.kind}:${k.id}` },
    ),
    baseline: new DataLoader<number, SocialDevelopmentBaseline | null>(async (years) => {
      const rows: SocialDevelopmentBaseline[] = await dataSource.query(
        `SELECT year, value, stratum, source FROM ids_baseline WHERE year = ANY($1::int[])`,
        [[...years]],
      );
      return years.map((y) => rows.find((r) => r.year === y) ?? null);
    }),
  };
}
