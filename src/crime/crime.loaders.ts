import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CRIME_FIGURES_SQL, CRIME_MONTH_CATEGORY_SQL } from './crime.sql';
import type { CrimeScope } from './crime.types';

export interface CrimeFigureRows {
  monthly: { month: string; total: number; high_impact: number | null }[];
  byCategory: { category: string; total: number }[];
  /** Inhabitants of the scope (the rate's denominator); null when unknown. */
  population: number | null;
}

/** Incidents of one month (YYYY-MM) and category. */
export interface CrimeMonthCategoryRow {
  month: string;
  category: string;
  total: number;
}

const scopeParams = (scopes: readonly CrimeScope[]) => [
  scopes.map((s) => s.kind),
  scopes.map((s) => s.id),
  scopes.map((s) => s.from),
  scopes.map((s) => s.to),
  scopes.map((s) => s.category),
];

const key = (s: CrimeScope) => `${s.kind}:${s.id}:${s.from ?? ''}:${s.to ?? ''}:${s.category ?? ''}`;

/** Per-request loaders: every crime figure of a request (all scopes, windows and previous windows) in one statement. */
export function createCrimeLoaders(dataSource: DataSource) {
  return {
    figures: new DataLoader<CrimeScope, CrimeFigureRows, string>(
      async (scopes) => {
        const rows: {
          k: number;
          month: string | null;
          category: string | null;
          total: number;
          high_impact: number | null;
          poblacion: number | null;
        }[] = await dataSource.query(CRIME_FIGURES_SQL, scopeParams(scopes));
        const out = scopes.map((): CrimeFigureRows => ({ monthly: [], byCategory: [], population: null }));
        for (const row of rows) {
          const bucket = out[row.k - 1];
          if (row.poblacion !== null) bucket.population = Number(row.poblacion);
          else if (row.month !== null)
            bucket.monthly.push({ month: row.month, total: row.total, high_impact: row.high_impact });
          else if (row.category !== null) bucket.byCategory.push({ category: row.category, total: row.total });
        }
        return out;
      },
      { cacheKeyFn: key },
    ),
    /** Incidents per month and category of every scope asked for in a tick, in one statement (months and categories with none left out). */
    byMonthAndCategory: new DataLoader<CrimeScope, CrimeMonthCategoryRow[], string>(
      async (scopes) => {
        const rows: { k: number; month: string | null; category: string | null; total: number }[] =
          await dataSource.query(CRIME_MONTH_CATEGORY_SQL, scopeParams(scopes));
        const out = scopes.map((): CrimeMonthCategoryRow[] => []);
        for (const row of rows)
          if (row.month !== null && row.category !== null)
            out[row.k - 1].push({ month: row.month, category: row.category, total: row.total });
        return out;
      },
      { cacheKeyFn: key },
    ),
  };
}

export type CrimeLoaders = ReturnType<typeof createCrimeLoaders>;
