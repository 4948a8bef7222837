import { Column, Index } from 'typeorm';

/**
 * A WGS84 (SRID 4326) geometry column of `featureType`, named as its property, with its GiST index
 * `<table>_<column>_gist`; not read with the row (`select: false`): geometry leaves the database as GeoJSON text
 * built by PostGIS.
 */
export function GeometryColumn(table: string, featureType: string, { nullable = false } = {}): PropertyDecorator {
  return (target, propertyKey) => {
    Column({ type: 'geometry', spatialFeatureType: featureType, srid: 4326, nullable, select: false })(
      target,
      propertyKey,
    );
    Index(`${table}_${String(propertyKey)}_gist`, { spatial: true })(target, propertyKey);
  };
}
