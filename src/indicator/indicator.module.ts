import { defineModule } from '../module';
import { createIndicatorLoaders } from './indicator.loaders';
import { indicatorResolvers } from './indicator.resolver';

/** The report's indicator catalogue (section IV) with values and series per unit and period, from the program's data. */
export const indicatorModule = defineModule({
  name: 'indicator',
  resolvers: [...indicatorResolvers],
  loaders: (dataSource) => ({ indicator: createIndicatorLoaders(dataSource) }),
});
