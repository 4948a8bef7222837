import DataLoader from 'dataloader';
import { geoJsonSql } from './spatial-sql';
/** Coordinates of program features: 6 decimals (≈ 0.1 m). */
export const FEATURE_PRECISION = 6;
/**
 * GeoJSON (built by PostGIS, RFC 7946) of one table's features by id, one
 * statement per request; null for a row without geometry (a virtual workshop).
 */
export function createGeoJsonLoader(dataSource, { table, column }) {
    return new DataLoader(async (ids) => {
        const rows = await dataSource.query(`SELECT id, ${geoJsonSql(`"${column}"`, String(FEATURE_PRECISION))}::json AS geojson FROM "${table}" WHERE id = ANY($1::int[])`, [ids]);
        const byId = new Map(rows.map((r) => [r.id, r.geojson]));
        return ids.map((id) => byId.get(id) ?? null);
    });
}
