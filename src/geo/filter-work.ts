import { badInput } from '../common/errors';
import { config } from '../config/config';

/**
 * What a spatial filter makes the database do, priced before any statement runs: every row of the layer may
 * be tested against every position (vertex) of the filter's geometries (`S_DWITHIN` with a long line measures
 * the distance from each row to each segment), so work = positions × rows of the layer. A 200-vertex
 * `S_DWITHIN` over the 191,311 crime incidents is 38 million units: it held the embedded database 21 s.
 */
export const FILTER_WORK_LIMITS = {
  /** Authenticated callers (OGC_FILTER_MAX_WORK). */
  get max(): number {
    return config().OGC_FILTER_MAX_WORK;
  },
  /** Anonymous callers (OGC_FILTER_MAX_WORK_ANONYMOUS). */
  get maxAnonymous(): number {
    return config().OGC_FILTER_MAX_WORK_ANONYMOUS;
  },
};

/** The filter's work; BAD_USER_INPUT naming `filter` (HTTP 400) and the limit when it is over the caller's. */
export function requireFilterWork(positions: number, rows: number, anonymous: boolean): number {
  const work = positions * rows;
  const limit = anonymous ? FILTER_WORK_LIMITS.maxAnonymous : FILTER_WORK_LIMITS.max;
  if (work > limit)
    throw badInput(
      'filter',
      `geometries have ${positions} positions over a layer of ${rows} rows: work ${work} (positions × rows) is over the limit of ${limit}` +
        `${anonymous ? ' for anonymous callers (OGC_FILTER_MAX_WORK_ANONYMOUS)' : ' (OGC_FILTER_MAX_WORK)'}; use fewer vertices (simplify the geometry) or a bbox`,
    );
  return work;
}
