import type { DataSource } from 'typeorm';
import { createGeometryLoaders } from './geo/geometry.loaders';
import { createTerritoryLoaders } from './territory/territory.loaders';

/** Every per-request DataLoader, built by one typed factory. */
export function createLoaders(dataSource: DataSource) {
  return {
    territory: createTerritoryLoaders(dataSource),
    geometry: createGeometryLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The request context every resolver and service receives first. */
export interface RequestContext {
  requestId: string;
  dataSource: DataSource;
  loaders: Loaders;
}

export function createRequestContext(dataSource: DataSource, requestId: string): RequestContext {
  return { requestId, dataSource, loaders: createLoaders(dataSource) };
}
