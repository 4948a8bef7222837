import DataLoader from 'dataloader';
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
    /** Colonias per territorial: one GROUP BY for every territorial of the request. */
    coloniaCountByTerritorialId: new DataLoader<number, number>(async (ids) => {
      const rows: { territorial_id: number; count: number }[] = await dataSource.query(
        'SELECT territorial_id, count(*)::int AS count FROM colonia WHERE territorial_id = ANY($1) GROUP BY territorial_id',
        [ids],
      );
      const counts = new Map(rows.map((r) => [r.territorial_id, r.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;

declare module '../common/request-context' {
  interface Loaders {
    territory: TerritoryLoaders;
  }
}
