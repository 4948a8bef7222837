import { createGeoJsonLoader } from '../geo/geojson.loader';
import { childrenLoader } from '../db/loaders';
import { PublicSpaceImprovement } from './public-space-improvement.entity';
/** Per-request batch loaders of the public-space module. */
export function createPublicSpaceLoaders(dataSource) {
    return {
        improvementsByColoniaId: childrenLoader(dataSource, PublicSpaceImprovement, 'coloniaId', { clave: 'ASC' }),
        improvementsByTerritorialId: childrenLoader(dataSource, PublicSpaceImprovement, 'territorialId', { clave: 'ASC' }),
        improvementGeometry: createGeoJsonLoader(dataSource, { table: 'public_space_improvement', column: 'geom' }),
    };
}
