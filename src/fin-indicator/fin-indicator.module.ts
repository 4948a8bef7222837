import { defineModule } from '../module';
import { finIndicatorLayerExtensions } from './fin-indicator.layers';
import { finIndicatorResolvers } from './fin-indicator.resolver';

/** finIndicator(year): the report's Fin indicator from the crime and social-development modules. */
export const finIndicatorModule = defineModule({
  name: 'fin-indicator',
  resolvers: [...finIndicatorResolvers],
  layerExtensions: finIndicatorLayerExtensions,
});
