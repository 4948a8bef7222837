import { defineModule } from '../module';
import { Colonia } from '../placement/colonia.entity';
import { Territorial } from '../placement/territorial.entity';
import { LocateResolver } from './locate.resolver';
import { locateRouter } from './locate.router';
import { coloniasImport, coloniasLayer, territorialesImport, territorialesLayer } from './territory.layers';
import { territoryMutations } from './territory.mutations.resolver';
import { ColoniaResolver, TerritorialResolver, TerritoryQueryResolver } from './territory.resolver';
import { COLONIA_TABLE, TERRITORIAL_TABLE } from './territory.write.service';
import { territorialAssignmentCommand } from './territorial-assignment.cli';
import { territorialAssignmentRouter } from './territorial-assignment.router';
import { coloniasImportHook } from './territory.import';

/**
 * The 13 direcciones territoriales and 293 colonias every other module is placed in: their queries,
 * mutations, layers and imports. The entities, their row loaders (`ctx.loaders.territory`) and the
 * placement kit other modules use live in src/placement (infrastructure).
 */
export const territoryModule = defineModule({
  name: 'territory',
  resolvers: [TerritoryQueryResolver, LocateResolver, TerritorialResolver, ColoniaResolver, ...territoryMutations],
  entities: [Territorial, Colonia],
  layers: [territorialesLayer, coloniasLayer],
  audited: [TERRITORIAL_TABLE.entity, COLONIA_TABLE.entity],
  importLayers: [territorialesImport, coloniasImport],
  importHooks: [coloniasImportHook], // colonias: territorial field, IECM catalogue, territoriales rebuilt
  routers: [
    ({ dataSource, importer }) => territorialAssignmentRouter(dataSource, importer), // POST /import/territorial-assignment
    ({ dataSource }) => locateRouter(dataSource), // POST /locate: a CSV of points in, their colonias out
  ],
  cliCommands: [territorialAssignmentCommand], // npm run import -- territorial-assignment <file.csv>
});
