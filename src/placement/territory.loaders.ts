import type { DataSource } from 'typeorm';
import { byIdLoader, childrenLoader } from '../db/loaders';
import { Colonia } from './colonia.entity';
import { Territorial } from './territorial.entity';

/** Per-request batch loaders for the territorial model (`ctx.loaders.territory`, built by src/app/context.ts for every request). */
export function createTerritoryLoaders(dataSource: DataSource) {
  return {
    territorialById: byIdLoader(dataSource, Territorial),
    coloniaById: byIdLoader(dataSource, Colonia),
    coloniasByTerritorialId: childrenLoader(dataSource, Colonia, 'territorialId', { id: 'ASC' }),
    coloniasByContainedInId: childrenLoader(dataSource, Colonia, 'containedInId', { id: 'ASC' }),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;

declare module '../common/request-context' {
  interface Loaders {
    territory: TerritoryLoaders;
  }
}
