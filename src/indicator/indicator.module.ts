import { defineModule } from '../module';
import { createIndicatorLoaders } from './indicator.loaders';
import { indicatorResolvers } from './indicator.resolver';

declare module '../common/request-context' {
  interface Loaders {
    indicator: ReturnType<typeof createIndicatorLoaders>;
  }
}

/** The report's indicator catalogue (section IV) with values and series per unit and period, from the program's data. */
export const indicatorModule = defineModule({
  name: 'indicator',
  resolvers: [...indicatorResolvers],
  loaders: (dataSource) => ({ indicator: createIndicatorLoaders(dataSource) }),
});
