import type { DataSource } from 'typeorm';
import { placedFeatureLoaders } from '../placement/placement.loaders';
import { MercomunaPoint } from './mercomuna-point.entity';

/** Per-request batch loaders of the Mercomuna module. */
export function createMercomunaLoaders(dataSource: DataSource) {
  return placedFeatureLoaders(
    dataSource,
    MercomunaPoint,
    { clave: 'ASC' },
    { table: 'mercomuna_point', column: 'location' },
  );
}

export type MercomunaLoaders = ReturnType<typeof createMercomunaLoaders>;
