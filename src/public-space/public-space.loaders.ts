import type { DataSource } from 'typeorm';
import { placedFeatureLoaders } from '../placement/placement.loaders';
import { PublicSpaceImprovement } from './public-space-improvement.entity';

/** Per-request batch loaders of the public-space module. */
export function createPublicSpaceLoaders(dataSource: DataSource) {
  return placedFeatureLoaders(
    dataSource,
    PublicSpaceImprovement,
    { clave: 'ASC' },
    {
      table: 'public_space_improvement',
      column: 'geom',
    },
  );
}

export type PublicSpaceLoaders = ReturnType<typeof createPublicSpaceLoaders>;
