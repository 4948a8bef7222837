import type { DataSource } from 'typeorm';
import { ANONYMOUS, type Identity } from './auth/identity';
import { createPersonalDataLoader } from './beneficiary/beneficiary-personal-data.loader';
import { createGeometryLoaders } from './geo/geometry.loaders';
import { createTerritoryLoaders } from './territory/territory.loaders';
import { createCoverageLoaders } from './coverage/coverage.loaders';
import { createBeneficiaryLoaders } from './beneficiary/beneficiary.loaders';
import { createWorkshopLoaders } from './workshop/workshop.loaders';
import { createEcosLoaders } from './ecos/ecos.loaders';
import { createPublicSpaceLoaders } from './public-space/public-space.loaders';
import { createMercomunaLoaders } from './mercomuna/mercomuna.loaders';

/** Every per-request DataLoader, built by one typed factory. */
export function createLoaders(dataSource: DataSource, identity: Identity = ANONYMOUS) {
  return {
    personalData: createPersonalDataLoader(dataSource, identity),
    territory: createTerritoryLoaders(dataSource),
    geometry: createGeometryLoaders(dataSource),
    coverage: createCoverageLoaders(dataSource),
    beneficiary: createBeneficiaryLoaders(dataSource),
    workshop: createWorkshopLoaders(dataSource),
    ecos: createEcosLoaders(dataSource),
    publicSpace: createPublicSpaceLoaders(dataSource),
    mercomuna: createMercomunaLoaders(dataSource),
  };
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
