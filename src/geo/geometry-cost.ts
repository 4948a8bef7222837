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

/** Rows assumed for a table not measured yet (or whose count failed): prices a filter as over a large layer. */
const FALLBACK_ROWS = 200_000;

/** A plain table name (the layers' own, never user input): spliced into the count statement. */
const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

export class GeometryCost {
  private estimates: VertexEstimates = FALLBACK;
  private rows = new Map<string, number>();
  private measuredAt = 0;
  private refreshing: Promise<void> | undefined;

  /** `tables`: the layers' main tables, whose rows are counted at each refresh (rowsOf). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly refreshMs = REFRESH_MS,
    private readonly tables: readonly string[] = [],
  ) {}

  /** Rows of a layer's table at the last refresh (FALLBACK_ROWS before the first, or unknown). */
  rowsOf(table: string | undefined): number {
    this.current();
    return (table !== undefined ? this.rows.get(table) : undefined) ?? FALLBACK_ROWS;
  }

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
      const tables = [...new Set(this.tables)].filter((t) => TABLE_NAME.test(t));
      if (tables.length) {
        const counts: { name: string; n: number }[] = await this.dataSource.query(
          tables.map((t) => `SELECT '${t}' AS name, count(*)::int AS n FROM "${t}"`).join(' UNION ALL '),
        );
        this.rows = new Map(counts.map((c) => [c.name, Math.max(1, c.n)]));
      }
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
