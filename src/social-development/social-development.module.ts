import { defineModule } from '../module';
import { idsAgebsLayer } from './social-development.layers';
import { createSocialDevelopmentLoaders } from './social-development.loaders';
import { socialDevelopmentResolvers } from './social-development.resolver';

declare module '../common/request-context' {
  interface Loaders {
    socialDevelopment: ReturnType<typeof createSocialDevelopmentLoaders>;
  }
}

/** Evalúa's social development index per AGEB and its interpolation to colonias, territoriales and the alcaldía. */
export const socialDevelopmentModule = defineModule({
  name: 'social-development',
  resolvers: [...socialDevelopmentResolvers],
  loaders: (dataSource) => ({ socialDevelopment: createSocialDevelopmentLoaders(dataSource) }),
  layers: [idsAgebsLayer],
});
