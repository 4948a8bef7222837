import { defineModule } from '../module';
import { MercomunaPoint } from './mercomuna-point.entity';
import { mercomunaImport, mercomunaLayer } from './mercomuna.layers';
import { createMercomunaLoaders } from './mercomuna.loaders';
import { mercomunaMutations } from './mercomuna.mutations.resolver';
import { mercomunaResolvers } from './mercomuna.resolver';
import { MERCOMUNA_TABLE } from './mercomuna.write.service';

declare module '../common/request-context' {
  interface Loaders {
    mercomuna: ReturnType<typeof createMercomunaLoaders>;
  }
}

/** Mercomuna: local shops and Liconsa dairies delivering food support. */
export const mercomunaModule = defineModule({
  name: 'mercomuna',
  resolvers: [...mercomunaResolvers, ...mercomunaMutations],
  loaders: (dataSource) => ({ mercomuna: createMercomunaLoaders(dataSource) }),
  entities: [MercomunaPoint],
  layers: [mercomunaLayer],
  audited: [MERCOMUNA_TABLE.entity],
  importLayers: [mercomunaImport],
  placedTables: [MERCOMUNA_TABLE],
});
