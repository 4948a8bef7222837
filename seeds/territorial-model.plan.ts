/**
 * Pure planning logic of the demo territorial model (see
 * territorial-model.seed.ts): how the 13 territoriales grow over the
 * adjacency graph of the IECM units. No SQL here: PostGIS measures adjacency
 * and distances; these functions only decide, from integers and strings, so a
 * decision never depends on floating-point noise or on the database's
 * collation. The name helpers live in src/import/names.ts (re-exported here).
 */

import { compareCodePoints } from '../src/import/names';

export {
  compareCodePoints,
  preferredName,
  resolveDuplicates,
  slugify,
  type DuplicateGroup,
  type DroppedDuplicate,
} from '../src/import/names';

export interface GrowthColonia {
  clave: string;
  /** What the groups are balanced on (the demo: population), an integer. */
  weight: number;
}

export interface GrowthTerritorial {
  clave: string;
  /** Claves of the colonias the territorial starts from. */
  anchors: readonly string[];
  /** Whole metres from the territorial's anchor to each colonia. */
  distanceM: ReadonlyMap<string, number>;
}

export interface GrowthResult {
  /** colonia clave → territorial clave, for every colonia reachable from an anchor. */
  territorialOf: Map<string, string>;
  /** Colonias not connected to any anchor through the adjacency graph. */
  unreached: string[];
}

/**
 * Grows contiguous territoriales over the adjacency graph in balanced rounds:
 * each round, the territorial with the smallest weight so far (ties by clave)
 * among those with an unclaimed neighbour claims the unclaimed neighbour
 * closest to its anchor (ties by colonia clave). Growing the lightest first
 * keeps weights comparable; claiming by anchor distance keeps groups compact.
 */
export function growTerritoriales(
  colonias: readonly GrowthColonia[],
  edges: readonly (readonly [string, string])[],
  territoriales: readonly GrowthTerritorial[],
): GrowthResult {
  const weightOf = new Map(colonias.map((c) => [c.clave, c.weight]));
  const neighbours = new Map(colonias.map((c) => [c.clave, [] as string[]]));
  for (const [a, b] of edges) {
    if (!neighbours.has(a) || !neighbours.has(b)) throw new Error(`adjacency names an unknown colonia: ${a} / ${b}`);
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  const territorialOf = new Map<string, string>();
  const area = new Map<string, number>();
  const frontier = new Map<string, Set<string>>();
  const claim = (territorial: string, colonia: string): void => {
    territorialOf.set(colonia, territorial);
    area.set(territorial, area.get(territorial)! + weightOf.get(colonia)!);
    for (const f of frontier.values()) f.delete(colonia);
    for (const n of neighbours.get(colonia)!) if (!territorialOf.has(n)) frontier.get(territorial)!.add(n);
  };
  const ordered = [...territoriales].sort((a, b) => compareCodePoints(a.clave, b.clave));
  for (const t of ordered) {
    area.set(t.clave, 0);
    frontier.set(t.clave, new Set());
  }
  for (const t of ordered) {
    if (t.anchors.length === 0) throw new Error(`territorial ${t.clave} has no anchor colonia`);
    for (const anchor of t.anchors) {
      if (!weightOf.has(anchor)) throw new Error(`anchor ${anchor} of ${t.clave} is not a colonia`);
      const owner = territorialOf.get(anchor);
      if (owner) throw new Error(`anchor ${anchor} claimed by both ${owner} and ${t.clave}`);
      claim(t.clave, anchor);
    }
  }
  for (;;) {
    const growing = ordered.filter((t) => frontier.get(t.clave)!.size > 0);
    if (growing.length === 0) break;
    // `ordered` is by clave, so the first smallest weight wins ties.
    const smallest = growing.reduce((best, t) => (area.get(t.clave)! < area.get(best.clave)! ? t : best));
    const distance = (clave: string): number => {
      const metres = smallest.distanceM.get(clave);
      if (metres === undefined) throw new Error(`no distance from ${smallest.clave} to ${clave}`);
      return metres;
    };
    const next = [...frontier.get(smallest.clave)!].reduce((best, c) => {
      const order = distance(c) - distance(best) || compareCodePoints(c, best);
      return order < 0 ? c : best;
    });
    claim(smallest.clave, next);
  }
  const unreached = colonias
    .map((c) => c.clave)
    .filter((c) => !territorialOf.has(c))
    .sort(compareCodePoints);
  return { territorialOf, unreached };
}
