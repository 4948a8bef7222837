import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { bboxArraySql, centroidGeoJsonSql, geoJsonSql } from './spatial-sql';

/** Tables whose `geom` column can be read through these loaders. */
export type GeometryTable = 'territorial' | 'colonia';

export interface GeometryKey {
  table: GeometryTable;
  id: number;
  precision: number;
}

function groupBy<K, V>(items: readonly V[], keyOf: (v: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * One statement per (table, precision) group for a whole request's worth of
 * geometry fields. GeoJSON is built by PostGIS and stays text: the GeoJSON
 * scalar passes it through as RawJson and the response splices it in
 * (src/geo/raw-json.ts), so a list of 500 geometries is never parsed into
 * objects and serialized again.
 */
function geoJsonLoader(dataSource: DataSource, expression: (geom: string, precision: string) => string) {
  return new DataLoader<GeometryKey, string | null, string>(
    async (keys) => {
      const found = new Map<string, string>();
      for (const [group, groupKeys] of groupBy(keys, (k) => `${k.table}:${k.precision}`)) {
        const { table, precision } = groupKeys[0];
        const rows: { id: number; geojson: string }[] = await dataSource.query(
          `SELECT id, ${expression('geom', '$2::int')} AS geojson FROM "${table}" WHERE id = ANY($1::int[])`,
          [groupKeys.map((k) => k.id), precision],
        );
        for (const row of rows) found.set(`${group}:${row.id}`, row.geojson);
      }
      return keys.map((k) => found.get(`${k.table}:${k.precision}:${k.id}`) ?? null);
    },
    { cacheKeyFn: (k) => `${k.table}:${k.precision}:${k.id}` },
  );
}

function bboxLoader(dataSource: DataSource) {
  return new DataLoader<{ table: GeometryTable; id: number }, number[] | null, string>(
    async (keys) => {
      const found = new Map<string, number[]>();
      for (const [table, groupKeys] of groupBy(keys, (k) => k.table)) {
        const rows: { id: number; bbox: number[] }[] = await dataSource.query(
          `SELECT id, ${bboxArraySql('geom')} AS bbox FROM "${table}" WHERE id = ANY($1::int[])`,
          [groupKeys.map((k) => k.id)],
        );
        for (const row of rows) found.set(`${table}:${row.id}`, row.bbox.map(Number));
      }
      return keys.map((k) => found.get(`${k.table}:${k.id}`) ?? null);
    },
    { cacheKeyFn: (k) => `${k.table}:${k.id}` },
  );
}

export function createGeometryLoaders(dataSource: DataSource) {
  return {
    geometry: geoJsonLoader(dataSource, geoJsonSql),
    centroid: geoJsonLoader(dataSource, centroidGeoJsonSql),
    bbox: bboxLoader(dataSource),
  };
}

export type GeometryLoaders = ReturnType<typeof createGeometryLoaders>;

declare module '../common/request-context' {
  interface Loaders {
    geometry: ReturnType<typeof createGeometryLoaders>;
  }
}
