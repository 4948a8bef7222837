/** Structural RFC 7946 checks, independent of the code under test. */

type Position = number[];

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length === 2 &&
    p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

function isLinearRing(ring: unknown): ring is Position[] {
  if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return false;
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first[0] === last[0] && first[1] === last[1];
}

export function isRfc7946Geometry(g: any): boolean {
  if (!g || typeof g !== 'object' || 'crs' in g) return false;
  switch (g.type) {
    case 'Point':
      return isPosition(g.coordinates);
    case 'LineString':
      return Array.isArray(g.coordinates) && g.coordinates.length >= 2 && g.coordinates.every(isPosition);
    case 'Polygon':
      return Array.isArray(g.coordinates) && g.coordinates.length >= 1 && g.coordinates.every(isLinearRing);
    case 'MultiPolygon':
      return (
        Array.isArray(g.coordinates) &&
        g.coordinates.length >= 1 &&
        g.coordinates.every((p: unknown) => Array.isArray(p) && p.length >= 1 && p.every(isLinearRing))
      );
    default:
      return false;
  }
}

/** Shoelace signed area > 0 ⇔ counter-clockwise in lon/lat. */
export function ringIsCounterClockwise(ring: Position[]): boolean {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum > 0;
}
