import { defineModule } from '../module';
import { coverageLayerExtensions } from './coverage.layers';
import { createCoverageLoaders } from './coverage.loaders';
import { coverageResolvers } from './coverage.resolver';
import { ProgramYear } from './program-year.entity';

declare module '../common/request-context' {
  interface Loaders {
    coverage: ReturnType<typeof createCoverageLoaders>;
  }
}

/** The program's coverage, summary and budget per territory and period. */
export const coverageModule = defineModule({
  name: 'coverage',
  resolvers: coverageResolvers,
  loaders: (dataSource) => ({ coverage: createCoverageLoaders(dataSource) }),
  entities: [ProgramYear],
  layerExtensions: coverageLayerExtensions,
});
