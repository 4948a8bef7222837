import type { DataSource } from 'typeorm';
import { ANONYMOUS, type Identity } from './auth/identity';
import { createGeometryLoaders } from './geo/geometry.loaders';
import { createModuleLoaders } from './registry';

/** Every per-request DataLoader: the geometry loaders of src/geo and every module's (src/registry.ts). */
export function createLoaders(dataSource: DataSource, identity: Identity = ANONYMOUS) {
  return { geometry: createGeometryLoaders(dataSource), ...createModuleLoaders(dataSource, identity) };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The request context every resolver and service receives first. */
export interface RequestContext {
  requestId: string;
  /** Who is asking (PUBLIC when anonymous); see src/auth. */
  identity: Identity;
  dataSource: DataSource;
  loaders: Loaders;
}

export function createRequestContext(
  dataSource: DataSource,
  requestId: string,
  identity: Identity = ANONYMOUS,
): RequestContext {
  return { requestId, identity, dataSource, loaders: createLoaders(dataSource, identity) };
}
