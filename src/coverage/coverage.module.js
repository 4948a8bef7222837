import { defineModule } from '../module';
import { createCoverageLoaders } from './coverage.loaders';
import { coverageResolvers } from './coverage.resolver';
import { ProgramYear } from './program-year.entity';
/** The program's coverage, summary and budget per territory and period. */
export const coverageModule = defineModule({
    name: 'coverage',
    resolvers: coverageResolvers,
    loaders: (dataSource) => ({ coverage: createCoverageLoaders(dataSource) }),
    entities: [ProgramYear],
});
