import type { DataSource } from 'typeorm';
import { logger } from '../common/logger';
import { runOutsideRequestScope } from '../common/request-context';
import type { VertexEstimates } from '../common/graphql-limits';
import { expectedSqlWork } from '../db/sql-statement-logger';

/**
 * Vertex counts for the query cost model (src/common/graphql-limits.ts), measured in
 * PostGIS in one statement: per GraphQL type with a `geometry` field the average vertices
 * of its rows (rounded up), per `Layer` the layer's total. Refreshed in the background at
 * most every REFRESH_MS (imports and edits change them); until the first measurement, and
 * if it fails, FALLBACK keeps pricing geometry well above a scalar.
 */
const REFRESH_MS = 5 * 60_000;
const FALLBACK: VertexEstimates = {
  perFeature: { Territorial: 500, Colonia: 100, PublicSpaceImprovement: 20 },
  perLayer: { '*': 50_000 },
};

const STATS_SQL = `
  SELECT 'Territorial' AS name, ceil(avg(ST_NPoints(geom)))::int AS avg, sum(ST_NPoints(geom))::int AS total FROM territorial
  UNION ALL SELECT 'Colonia', ceil(avg(ST_NPoints(geom)))::int, sum(ST_NPoints(geom))::int FROM colonia
  UNION ALL SELECT 'PublicSpaceImprovement', ceil(avg(ST_NPoints(geom)))::int, sum(ST_NPoints(geom))::int FROM public_space_improvement
  UNION ALL SELECT 'ECOS', 1, count(*)::int FROM ecos_school
  UNION ALL SELECT 'MERCOMUNA', 1, count(*)::int FROM mercomuna_point
  UNION ALL SELECT 'WORKSHOPS', 1, count(*)::int FROM workshop`;

/** GraphQL type (of a `geometry` field) → Layer enum value of the same table. */
const LAYER_OF: Record<string, string> = {
  Territorial: 'TERRITORIALES',
  Colonia: 'COLONIAS',
  PublicSpaceImprovement: 'IMPROVEMENTS',
};

export class GeometryCost {
  private estimates: VertexEstimates = FALLBACK;
  private measuredAt = 0;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly refreshMs = REFRESH_MS,
  ) {}

  /** The background refresh in flight, if any (settled: resolves). */
  async whenRefreshed(): Promise<void> {
    await this.refreshing;
  }

  /** Measures now (at start-up). */
  async load(): Promise<void> {
    try {
      const rows: { name: string; avg: number | null; total: number | null }[] = await expectedSqlWork(
        'vertex counts for the cost model',
        () => this.dataSource.query(STATS_SQL),
      );
      const perFeature: Record<string, number> = {};
      const perLayer: Record<string, number> = {};
      let largest = 1;
      for (const row of rows) {
        const total = Math.max(1, row.total ?? 0);
        if (LAYER_OF[row.name]) {
          perFeature[row.name] = Math.max(1, row.avg ?? 1);
          perLayer[LAYER_OF[row.name]] = total;
        } else {
          perLayer[row.name] = total;
        }
        largest = Math.max(largest, total);
      }
      perLayer['*'] = largest;
      this.estimates = { perFeature, perLayer };
      this.measuredAt = Date.now();
    } catch (error) {
      logger.warn({ err: String(error) }, 'geometry cost: vertex counts could not be measured; using fallbacks');
      this.measuredAt = Date.now();
    }
  }

  /**
   * The current estimates; starts a background refresh when they are old. The refresh runs outside
   * the request that noticed: it is not one of that request's statements (X-SQL-Statements, the
   * access log), and a stop of that request (timeout, byte cap) does not cancel it.
   */
  current(): VertexEstimates {
    if (Date.now() - this.measuredAt > this.refreshMs && !this.refreshing) {
      this.refreshing = runOutsideRequestScope(() => this.load()).finally(() => (this.refreshing = undefined));
    }
    return this.estimates;
  }
}
