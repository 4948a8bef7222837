import { defineModule } from '../module';
import { crimeLayer } from './crime.layers';
import { createCrimeLoaders } from './crime.loaders';
import { crimeResolvers } from './crime.resolver';

/** Crime incidents of the prosecutor's files: import, classification, rollups, CrimeStats, the crime point layer. */
export const crimeModule = defineModule({
  name: 'crime',
  resolvers: [...crimeResolvers],
  loaders: (dataSource) => ({ crime: createCrimeLoaders(dataSource) }),
  layers: [crimeLayer],
});
