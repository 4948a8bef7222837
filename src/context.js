import { ANONYMOUS } from './auth/identity';
import { createGeometryLoaders } from './geo/geometry.loaders';
import { createModuleLoaders } from './registry';
/** Every per-request DataLoader: the geometry loaders of src/geo and every module's (src/registry.ts). */
export function createLoaders(dataSource, identity = ANONYMOUS) {
    return { geometry: createGeometryLoaders(dataSource), ...createModuleLoaders(dataSource, identity) };
}
export function createRequestContext(dataSource, requestId, identity = ANONYMOUS) {
    return { requestId, identity, dataSource, loaders: createLoaders(dataSource, identity) };
}
