import { requireDateRange } from '../common/date';
import { badInput } from '../common/errors';
import { requireIntInRange } from '../common/validate';
import type { SeriesInterval } from './indicator.enums';

/** Longest window a series or a value may span. */
export const MAX_WINDOW_YEARS = 10;

const MONTHS: Record<SeriesInterval, number> = { MONTH: 1, QUARTER: 3, SEMESTER: 6, YEAR: 12 };

export interface Period {
  start: string;
  end: string;
}

const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The first day of the month `months` after the month of `date`. */
function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

function addMonthsKeepDay(date: Date, months: number): Date {
  const moved = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
  // 31 January + 1 month: the last day of February, not 2 March.
  if (moved.getUTCDate() !== date.getUTCDate()) moved.setUTCDate(0);
  return moved;
}

/**
 * A closed window from `from`/`to` or from `year` (1 January – 31 December):
 * one of the two forms, both ends, at most MAX_WINDOW_YEARS long.
 */
export function requireWindow(from?: string | null, to?: string | null, year?: number | null): Period {
  if (year != null) {
    if (from != null || to != null) throw badInput('year', 'is exclusive with from/to (give one or the other)');
    requireIntInRange('year', year, 1900, 2999);
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  if (from == null) throw badInput('from', 'is required (or give year)');
  if (to == null) throw badInput('to', 'is required (or give year)');
  const window = requireDateRange(from, to);
  const limit = addMonthsKeepDay(toDate(window.from!), 12 * MAX_WINDOW_YEARS);
  if (toDate(window.to!) >= limit) throw badInput('to', `must be less than ${MAX_WINDOW_YEARS} years after from`);
  return { start: window.from!, end: window.to! };
}

/**
 * The calendar periods of an interval over a window: months, quarters
 * (January, April, July, October), semesters (January, July) or years, the
 * first and last cut to the window. An interval longer than the window is an
 * error naming `interval`.
 */
export function periodsOf(window: Period, interval: SeriesInterval): Period[] {
  const months = MONTHS[interval];
  const start = toDate(window.start);
  const end = toDate(window.end);
  const oneInterval = addMonthsKeepDay(start, months);
  oneInterval.setUTCDate(oneInterval.getUTCDate() - 1);
  if (end < oneInterval)
    throw badInput(
      'interval',
      `${interval} is longer than the window ${window.start} – ${window.end}: choose a shorter interval or a longer window`,
    );
  const periods: Period[] = [];
  // The calendar period holding the start: months counted from January.
  let boundary = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - (start.getUTCMonth() % months), 1));
  let periodStart = start;
  while (periodStart <= end) {
    boundary = addMonths(boundary, months);
    const periodEnd = new Date(Math.min(boundary.getTime() - 86_400_000, end.getTime()));
    periods.push({ start: iso(periodStart), end: iso(periodEnd) });
    periodStart = boundary;
  }
  return periods;
}
