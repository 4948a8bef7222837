import { createGeoJsonLoader } from '../geo/geojson.loader';
import { childrenLoader } from '../db/loaders';
import { MercomunaPoint } from './mercomuna-point.entity';
/** Per-request batch loaders of the Mercomuna module. */
export function createMercomunaLoaders(dataSource) {
    return {
        pointsByColoniaId: childrenLoader(dataSource, MercomunaPoint, 'coloniaId', { clave: 'ASC' }),
        pointsByTerritorialId: childrenLoader(dataSource, MercomunaPoint, 'territorialId', { clave: 'ASC' }),
        pointLocation: createGeoJsonLoader(dataSource, { table: 'mercomuna_point', column: 'location' }),
    };
}
