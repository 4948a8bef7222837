import { defineModule } from '../module';
import { EcosSchoolFacilitator } from './ecos-school-facilitator.entity';
import { EcosSchool } from './ecos-school.entity';
import { ecosImport, ecosLayer } from './ecos.layers';
import { createEcosLoaders } from './ecos.loaders';
import { ecosMutations } from './ecos.mutations.resolver';
import { ecosResolvers } from './ecos.resolver';
import { ECOS_SCHOOL_TABLE } from './ecos.write.service';

declare module '../common/request-context' {
  interface Loaders {
    ecos: ReturnType<typeof createEcosLoaders>;
  }
}

/** ECOS: community citizenship schools and their facilitators. */
export const ecosModule = defineModule({
  name: 'ecos',
  resolvers: [...ecosResolvers, ...ecosMutations],
  loaders: (dataSource) => ({ ecos: createEcosLoaders(dataSource) }),
  entities: [EcosSchool, EcosSchoolFacilitator],
  layers: [ecosLayer],
  audited: [ECOS_SCHOOL_TABLE.entity],
  importLayers: [ecosImport],
  placedTables: [ECOS_SCHOOL_TABLE],
});
