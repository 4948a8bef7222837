import type { ClassType } from '../module';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { geoJsonFieldResolver } from '../geo/geojson-field.resolver';
import { placedListResolvers, placementResolvers } from '../territory/placement.resolvers';
import { ImprovementFilterArgs } from './public-space.args';
import { PublicSpaceImprovement } from './public-space-improvement.entity';
import { PublicSpaceService } from './public-space.service';

export const PublicSpaceImprovementConnection = connectionTypes('PublicSpaceImprovement', PublicSpaceImprovement);

export const publicSpaceResolvers: readonly ClassType[] = [
  listQuery(PublicSpaceImprovementConnection, ImprovementFilterArgs, PublicSpaceService.list, {
    name: 'improvements',
    description: 'Public-space improvements by id, a page at a time, with filters (dates built, inclusive).',
  }),
  geoJsonFieldResolver(PublicSpaceImprovement, 'geometry', {
    description: 'GeoJSON LineString (caminos, ludicalles), Point or Polygon (utopías), Point (lavamanos, pipas).',
    loader: (l) => l.publicSpace.geoJson,
    label: 'improvement',
  }),
  ...placementResolvers(PublicSpaceImprovement),
  ...placedListResolvers<PublicSpaceImprovement>(PublicSpaceImprovement, 'improvements', {
    territorial: ['Public-space improvements in this territorial, by clave.', (l) => l.publicSpace.byTerritorialId],
    colonia: ['Public-space improvements in this colonia, by clave.', (l) => l.publicSpace.byColoniaId],
  }),
];
