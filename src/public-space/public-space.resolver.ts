import type { ClassType } from '../module';
import { placedFeatureResolvers } from '../placement/placement.resolvers';
import { ImprovementFilterArgs } from './public-space.args';
import { PublicSpaceImprovement } from './public-space-improvement.entity';
import { PublicSpaceService } from './public-space.service';

export const publicSpaceResolvers: readonly ClassType[] = placedFeatureResolvers(
  PublicSpaceImprovement,
  ImprovementFilterArgs,
  PublicSpaceService.list,
  {
    name: 'improvements',
    description: 'Public-space improvements by id, a page at a time, with filters (dates built, inclusive).',
    loaders: (l) => l.publicSpace,
    geoJson: [
      'geometry',
      'GeoJSON LineString (caminos, ludicalles), Point or Polygon (utopías), Point (lavamanos, pipas).',
      'improvement',
    ],
    lists: [
      'Public-space improvements in this territorial, by clave.',
      'Public-space improvements in this colonia, by clave.',
    ],
  },
);
