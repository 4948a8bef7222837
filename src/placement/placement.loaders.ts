import type { DataSource, EntityTarget, FindOptionsOrder } from 'typeorm';
import { childrenLoader } from '../db/loaders';
import { createGeoJsonLoader, type ProgramGeometry } from '../geo/geojson.loader';

/**
 * The request loaders of a placed program table with a geometry (./placement): its rows by colonia and by
 * territorial, each in `order`, and its GeoJSON by id.
 */
export function placedFeatureLoaders<T extends { coloniaId: number; territorialId: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  order: FindOptionsOrder<T>,
  geometry: ProgramGeometry,
) {
  return {
    byColoniaId: childrenLoader(dataSource, entity, 'coloniaId', order),
    byTerritorialId: childrenLoader(dataSource, entity, 'territorialId', order),
    geoJson: createGeoJsonLoader(dataSource, geometry),
  };
}
