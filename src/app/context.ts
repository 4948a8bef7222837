import type { DataSource } from 'typeorm';
import { ANONYMOUS, type Identity } from '../auth/identity';
import type { Loaders, RequestContext } from '../common/request-context';
import { createGeometryLoaders } from '../geo/geometry.loaders';
import { createTerritoryLoaders } from '../placement/territory.loaders';
import { createModuleLoaders } from './registry';

/**
 * Every per-request DataLoader: the geometry loaders of src/geo, the territory row loaders of src/placement
 * and every module's (src/app/registry.ts).
 * Typed `Loaders` (src/common/request-context.ts): a module whose loaders and augmentation disagree fails here.
 */
export function createLoaders(dataSource: DataSource, identity: Identity = ANONYMOUS): Loaders {
  return {
    geometry: createGeometryLoaders(dataSource),
    territory: createTerritoryLoaders(dataSource),
    ...createModuleLoaders(dataSource, identity),
  };
}

export function createRequestContext(
  dataSource: DataSource,
  requestId: string,
  identity: Identity = ANONYMOUS,
): RequestContext {
  return { requestId, identity, dataSource, loaders: createLoaders(dataSource, identity) };
}
