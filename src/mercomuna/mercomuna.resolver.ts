import type { ClassType } from '../module';
import { placedFeatureResolvers } from '../placement/placement.resolvers';
import { MercomunaFilterArgs } from './mercomuna.args';
import { MercomunaPoint } from './mercomuna-point.entity';
import { MercomunaService } from './mercomuna.service';

export const mercomunaResolvers: readonly ClassType[] = placedFeatureResolvers(
  MercomunaPoint,
  MercomunaFilterArgs,
  MercomunaService.list,
  {
    name: 'mercomunaPoints',
    description: 'Mercomuna delivery points by id, a page at a time, with filters.',
    loaders: (l) => l.mercomuna,
    geoJson: ['location', 'Location as a GeoJSON Point.', 'Mercomuna point'],
    lists: [
      'Mercomuna delivery points in this territorial, by clave.',
      'Mercomuna delivery points in this colonia, by clave.',
    ],
  },
);
