import type { Identity } from './identity';
import { Role, roleAtLeast } from './role';

/** Whether a caller sees exact counts of people: ANALYST and above (PUBLIC and FACILITATOR see them suppressed). */
export function seesExactCounts(identity: Identity): boolean {
  return roleAtLeast(identity.role, Role.ANALYST);
}

/** Counts of people below this are suppressed for PUBLIC callers (statistical disclosure control). */
export const SMALL_CELL_THRESHOLD = 5;

export interface CountCell {
  key: unknown;
  count: number | null;
}

export interface PeopleCounts {
  breakdowns: CountCell[][];
}

const isSmall = (count: number | null) => count !== null && count > 0 && count < SMALL_CELL_THRESHOLD;

/**
 * Suppresses, for PUBLIC and FACILITATOR, every breakdown cell (colonia × sex, × age group, …)
 * counting 1 to 4 people (primary suppression) and, where a breakdown would
 * have exactly one suppressed cell, also its smallest other cell (a zero if
 * there is one), so the hidden one cannot be derived as total minus the rest
 * (secondary suppression). Totals stay: how many facilitators a
 * territory has is the program's deployment, not a person's attribute; it is
 * the crossing with sex, age, schooling or occupation that can single someone
 * out. Mutates and returns `counts`.
 */
export function suppressSmallCells<T extends PeopleCounts>(identity: Identity, counts: T): T {
  if (seesExactCounts(identity)) return counts;
  for (const cells of counts.breakdowns) {
    const small = cells.filter((c) => isSmall(c.count));
    for (const cell of small) cell.count = null;
    if (small.length === 1) {
      const next = cells.filter((c) => c.count !== null).sort((a, b) => (a.count as number) - (b.count as number))[0];
      if (next) next.count = null;
    }
  }
  return counts;
}
