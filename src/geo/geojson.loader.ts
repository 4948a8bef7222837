import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Geometry } from 'geojson';
import { geoJsonSql } from './spatial-sql';

/** Tables and geometry columns of the program's point, line and polygon features. */
export type ProgramGeometry =
  | { table: 'workshop'; column: 'location' }
  | { table: 'ecos_school'; column: 'location' }
  | { table: 'mercomuna_point'; column: 'location' }
  | { table: 'public_space_improvement'; column: 'geom' };

/** Coordinates of program features: 6 decimals (≈ 0.1 m). */
export const FEATURE_PRECISION = 6;

/**
 * GeoJSON (built by PostGIS, RFC 7946) of one table's features by id, one
 * statement per request; null for a row without geometry (a virtual workshop).
 */
export function createGeoJsonLoader(dataSource: DataSource, { table, column }: ProgramGeometry) {
  return new DataLoader<number, Geometry | null>(async (ids) => {
    const rows: { id: number; geojson: Geometry | null }[] = await dataSource.query(
      `SELECT id, ${geoJsonSql(`"${column}"`, String(FEATURE_PRECISION))}::json AS geojson FROM "${table}" WHERE id = ANY($1::int[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r.geojson]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
