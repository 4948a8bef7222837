import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Colonia } from './colonia.entity';
import { Territorial } from './territorial.entity';

/** Per-request batch loaders for the territorial model. */
export function createTerritoryLoaders(dataSource: DataSource) {
  return {
    territorialById: new DataLoader<number, Territorial | null>(async (ids) => {
      const rows = await dataSource.getRepository(Territorial).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((t) => [t.id, t]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    coloniaById: new DataLoader<number, Colonia | null>(async (ids) => {
      const rows = await dataSource.getRepository(Colonia).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    coloniasByTerritorialId: new DataLoader<number, Colonia[]>(async (territorialIds) => {
      const rows = await dataSource
        .getRepository(Colonia)
        .find({ where: { territorialId: In([...territorialIds]) }, order: { id: 'ASC' } });
      return territorialIds.map((id) => rows.filter((c) => c.territorialId === id));
    }),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;
