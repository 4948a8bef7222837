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
 * (secondary suppression). One table on its own: figures published for
 * several scopes, windows or measures that add up are suppressed together
 * with `suppressAdditiveCells`. Mutates and returns `counts`.
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

/**
 * Published identities between cells, each `parent = Σ children`, stored flat (a table of the whole alcaldía
 * over several years has hundreds of thousands). Parent -1: a published sum never suppressed (a scope's total
 * of people is the program's deployment, not a person's attribute).
 */
export class Identities {
  readonly parents: number[] = [];
  /** Identity n's children are `children[starts[n]] … children[starts[n + 1] - 1]`. */
  readonly starts: number[] = [0];
  readonly children: number[] = [];

  add(parent: number, children: ArrayLike<number>): void {
    this.parents.push(parent);
    for (let i = 0; i < children.length; i++) this.children.push(children[i]);
    this.starts.push(this.children.length);
  }

  get length(): number {
    return this.parents.length;
  }
}

/**
 * Which of `values` to hide so that no hidden cell is the difference of
 * published ones. Primary: the cells counting people (`people[i]`) that are
 * 1 to 4. Then, until nothing changes: every identity with exactly one hidden
 * member hides one more (its smallest published child, a positive one first
 * so the pair is not pinned by a zero row; for a published total, a zero
 * first, as `suppressSmallCells`; the parent when no child is left), and a
 * cell revealing a hidden one (`reveals[i]`: the cell that i being hidden
 * hides too, -1 none; e.g. money paid by role) is hidden. This is the classic
 * "no identity with a single hidden cell" rule across every table the
 * identities link (rows, scopes nested in scopes, windows made of windows);
 * it is not a full linear-programming audit (docs/THREAT-MODEL.md says what
 * that leaves). Deterministic: the same values give the same hidden cells
 * whatever was asked.
 */
export function suppressAdditiveCells(
  values: ArrayLike<number>,
  people: ArrayLike<number | boolean>,
  identities: Identities,
  reveals?: ArrayLike<number>,
): Uint8Array {
  const cells = values.length;
  const { parents, starts, children } = identities;
  const hidden = new Uint8Array(cells);
  // Which identities each cell is in (compressed: cell i's are memberships[offsets[i]] … [offsets[i + 1] - 1]).
  const offsets = new Int32Array(cells + 1);
  for (const p of parents) if (p >= 0) offsets[p + 1]++;
  for (const c of children) offsets[c + 1]++;
  for (let i = 0; i < cells; i++) offsets[i + 1] += offsets[i];
  const memberships = new Int32Array(offsets[cells]);
  const fill = offsets.slice(0, cells);
  for (let n = 0; n < parents.length; n++) {
    if (parents[n] >= 0) memberships[fill[parents[n]]++] = n;
    for (let k = starts[n]; k < starts[n + 1]; k++) memberships[fill[children[k]]++] = n;
  }
  const hiddenCount = new Int32Array(parents.length);
  const queue: number[] = [];
  const hide = (i: number) => {
    while (i >= 0 && !hidden[i]) {
      hidden[i] = 1;
      for (let m = offsets[i]; m < offsets[i + 1]; m++)
        if (++hiddenCount[memberships[m]] === 1) queue.push(memberships[m]);
      i = reveals ? reveals[i] : -1;
    }
  };
  for (let i = 0; i < cells; i++) if (people[i] && values[i] > 0 && values[i] < SMALL_CELL_THRESHOLD) hide(i);
  while (queue.length) {
    const n = queue.pop()!;
    if (hiddenCount[n] !== 1) continue;
    const parent = parents[n];
    // Preferred: a zero under a published total, a positive cell under a parent cell; else the other kind.
    const zeroFirst = parent < 0;
    let pick = -1;
    let fallback = -1;
    for (let k = starts[n]; k < starts[n + 1]; k++) {
      const i = children[k];
      if (hidden[i]) continue;
      if ((values[i] === 0) === zeroFirst) {
        if (pick < 0 || values[i] < values[pick]) pick = i;
      } else if (fallback < 0 || values[i] < values[fallback]) fallback = i;
    }
    if (pick < 0) pick = fallback;
    if (pick < 0 && parent >= 0 && !hidden[parent]) pick = parent;
    if (pick >= 0) hide(pick);
  }
  return hidden;
}
