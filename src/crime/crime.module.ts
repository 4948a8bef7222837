import { defineModule } from '../module';
import { crimeImportCommand } from './crime-import.cli';
import { crimeImportRouter } from './crime-import.router';
import { crimeLayer } from './crime.layers';
import { createCrimeLoaders } from './crime.loaders';
import { crimeResolvers } from './crime.resolver';

declare module '../common/request-context' {
  interface Loaders {
    crime: ReturnType<typeof createCrimeLoaders>;
  }
}

/** Crime incidents of the prosecutor's files: import, classification, rollups, CrimeStats, the crime point layer. */
export const crimeModule = defineModule({
  name: 'crime',
  resolvers: [...crimeResolvers],
  loaders: (dataSource) => ({ crime: createCrimeLoaders(dataSource) }),
  layers: [crimeLayer],
  routers: [({ dataSource }) => crimeImportRouter(dataSource)], // POST /import/crime: the prosecutor's CSV, streamed
  cliCommands: [crimeImportCommand], // npm run import -- crime <file>
});
