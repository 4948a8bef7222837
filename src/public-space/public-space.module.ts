import { defineModule } from '../module';
import { PublicSpaceImprovement } from './public-space-improvement.entity';
import { PublicSpaceKindRow } from './public-space-kind.entity';
import { improvementsImport, improvementsLayer } from './public-space.layers';
import { createPublicSpaceLoaders } from './public-space.loaders';
import { publicSpaceMutations } from './public-space.mutations.resolver';
import { publicSpaceResolvers } from './public-space.resolver';
import { IMPROVEMENT_TABLE } from './public-space.write.service';

declare module '../common/request-context' {
  interface Loaders {
    publicSpace: ReturnType<typeof createPublicSpaceLoaders>;
  }
}

/** Public-space works: caminos de mujeres libres y seguras, ludicalles, parks and others. */
export const publicSpaceModule = defineModule({
  name: 'public-space',
  resolvers: [...publicSpaceResolvers, ...publicSpaceMutations],
  loaders: (dataSource) => ({ publicSpace: createPublicSpaceLoaders(dataSource) }),
  entities: [PublicSpaceKindRow, PublicSpaceImprovement],
  layers: [improvementsLayer],
  audited: [IMPROVEMENT_TABLE.entity],
  importLayers: [improvementsImport],
  placedTables: [IMPROVEMENT_TABLE],
});
