import { defineModule } from '../module';
import { Colonia } from './colonia.entity';
import { Territorial } from './territorial.entity';
import { LocateResolver } from './locate.resolver';
import { coloniasImport, coloniasLayer, territorialesImport, territorialesLayer } from './territory.layers';
import { createTerritoryLoaders } from './territory.loaders';
import { territoryMutations } from './territory.mutations.resolver';
import { ColoniaResolver, TerritorialResolver, TerritoryQueryResolver } from './territory.resolver';
import { COLONIA_TABLE, TERRITORIAL_TABLE } from './territory.write.service';

/** The 13 direcciones territoriales and 293 colonias every other module is placed in. */
export const territoryModule = defineModule({
  name: 'territory',
  resolvers: [TerritoryQueryResolver, LocateResolver, TerritorialResolver, ColoniaResolver, ...territoryMutations],
  loaders: (dataSource) => ({ territory: createTerritoryLoaders(dataSource) }),
  entities: [Territorial, Colonia],
  layers: [territorialesLayer, coloniasLayer],
  audited: [TERRITORIAL_TABLE.entity, COLONIA_TABLE.entity],
  importLayers: [territorialesImport, coloniasImport],
});
