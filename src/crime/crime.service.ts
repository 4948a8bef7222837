import type { RequestContext } from '../common/request-context';
import { BackgroundLoad } from '../common/background-load';
import { badInput } from '../common/errors';
import { requireDateRange } from '../common/date';
import { CRIME_CATEGORIES, CrimeCategory } from './crime-category';
import type { CrimeFigureRows } from './crime.loaders';
import { CrimeStats, type CrimeScope } from './crime.types';

/** Longest window a crime figure may span. */
export const MAX_WINDOW_YEARS = 10;

const DAY_MS = 86_400_000;
const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The report's method: (last − first) / first × 100, truncated (not rounded) to two decimals — 661 → 548 is −17.09. */
export function changeFirstToLastPct(first: number, last: number): number | null {
  if (first === 0) return null;
  const pct = ((last - first) / first) * 100;
  return Math.trunc(Math.round(pct * 1e6) / 1e4) / 100;
}

function changePct(previous: number, current: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 10000) / 100;
}

/** Every YYYY-MM from the first to the last, inclusive. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      y += 1;
      m = 1;
    }
  }
  return months;
}

/** Incidents per category (every one, in the enum order) and month: `counts.get(category)[i]` is of `months[i]`. */
export interface CrimeMonthsByCategory {
  months: string[];
  counts: Map<CrimeCategory, number[]>;
}

export const CrimeService = {
  /** Validates the window and the category; BAD_USER_INPUT naming the argument. */
  scope(
    kind: CrimeScope['kind'],
    id: number,
    from?: string | null,
    to?: string | null,
    category?: string | null,
  ): CrimeScope {
    const window = requireDateRange(from, to);
    if (window.from !== null && window.to !== null) {
      const limit = toDate(window.from);
      limit.setUTCFullYear(limit.getUTCFullYear() + MAX_WINDOW_YEARS);
      if (toDate(window.to) >= limit) throw badInput('to', `must be less than ${MAX_WINDOW_YEARS} years after from`);
    }
    if (category != null && !CRIME_CATEGORIES.includes(category as CrimeCategory))
      throw badInput('category', `must be one of ${CRIME_CATEGORIES.join(', ')}`);
    return { kind, id, from: window.from, to: window.to, category: (category as CrimeCategory | null) ?? null };
  },

  /** The window of the same length just before a closed window. */
  previousScope(scope: CrimeScope): CrimeScope | null {
    if (scope.from === null || scope.to === null) return null;
    const from = toDate(scope.from);
    const to = toDate(scope.to);
    const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
    const previousTo = new Date(from.getTime() - DAY_MS);
    const previousFrom = new Date(from.getTime() - days * DAY_MS);
    return { ...scope, from: iso(previousFrom), to: iso(previousTo) };
  },

  /** The figures of a scope; the rate's population (of the colonia, the territorial or the alcaldía) comes with them. */
  async stats(ctx: RequestContext, scope: CrimeScope): Promise<CrimeStats> {
    // The embedded demo's first start loads the incidents in the background: refuse a window not loaded yet; a
    // previous window still loading gives no changeVsPreviousPeriodPct (null) rather than a change against a part.
    BackgroundLoad.requireLoaded('crime', scope.from, scope.to);
    let previous = CrimeService.previousScope(scope);
    if (previous && BackgroundLoad.pendingIn('crime', previous.from, previous.to)) previous = null;
    const [rows, previousRows] = await Promise.all([
      ctx.loaders.crime.figures.load(scope),
      previous ? ctx.loaders.crime.figures.load(previous) : Promise.resolve(null),
    ]);
    return CrimeService.shape(scope, rows, previousRows, rows.population);
  },

  /**
   * Incidents of a closed window per month (every month of the window, YYYY-MM, zero months included) and
   * category (every category, in the enum order): a table of many scopes (the spreadsheet exports) in one statement.
   */
  async monthsByCategory(ctx: RequestContext, scope: CrimeScope): Promise<CrimeMonthsByCategory> {
    BackgroundLoad.requireLoaded('crime', scope.from, scope.to);
    if (scope.from === null || scope.to === null) throw new Error('monthsByCategory needs a closed window');
    const rows = await ctx.loaders.crime.byMonthAndCategory.load(scope);
    const months = monthsBetween(scope.from.slice(0, 7), scope.to.slice(0, 7));
    const index = new Map(months.map((m, i) => [m, i]));
    const counts = new Map(CRIME_CATEGORIES.map((c) => [c, months.map(() => 0)]));
    for (const row of rows) counts.get(row.category as CrimeCategory)![index.get(row.month)!] += row.total;
    return { months, counts };
  },

  shape(
    scope: CrimeScope,
    rows: CrimeFigureRows,
    previous: CrimeFigureRows | null,
    population: number | null,
  ): CrimeStats {
    const counts = new Map(rows.byCategory.map((r) => [r.category, r.total]));
    const byCategory = CRIME_CATEGORIES.map((key) => ({ key, count: counts.get(key) ?? 0 }));
    const total = byCategory.reduce((sum, c) => sum + c.count, 0);
    const highImpact = byCategory.filter((c) => c.key !== CrimeCategory.OTROS).reduce((sum, c) => sum + c.count, 0);
    const found = new Map(rows.monthly.map((r) => [r.month, r]));
    const present = [...found.keys()].sort();
    const first = scope.from?.slice(0, 7) ?? present[0];
    const last = scope.to?.slice(0, 7) ?? present[present.length - 1];
    const monthly =
      first && last
        ? monthsBetween(first, last).map((month) => ({
            month,
            total: found.get(month)?.total ?? 0,
            highImpact: found.get(month)?.high_impact ?? 0,
          }))
        : [];
    // The measure: high-impact incidents, or the category asked for.
    const measureOf = (m: { total: number; highImpact: number }) => (scope.category ? m.total : m.highImpact);
    const measure = scope.category ? total : highImpact;
    const previousMeasure = previous
      ? previous.byCategory
          .filter((r) => (scope.category ? true : r.category !== CrimeCategory.OTROS))
          .reduce((sum, r) => sum + r.total, 0)
      : null;
    const stats = new CrimeStats();
    Object.assign(stats, {
      from: scope.from,
      to: scope.to,
      category: scope.category,
      total,
      highImpact,
      byCategory,
      monthly,
      ratePer100k: population ? Math.round((measure / population) * 100_000 * 100) / 100 : null,
      changeFirstToLastMonthPct:
        monthly.length >= 2
          ? changeFirstToLastPct(measureOf(monthly[0]), measureOf(monthly[monthly.length - 1]))
          : null,
      changeVsPreviousPeriodPct: previousMeasure === null ? null : changePct(previousMeasure, measure),
    });
    return stats;
  },
};
