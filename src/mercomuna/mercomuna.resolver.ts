import type { ClassType } from '../module';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { geoJsonFieldResolver } from '../geo/geojson-field.resolver';
import { placedListResolvers, placementResolvers } from '../territory/placement.resolvers';
import { MercomunaFilterArgs } from './mercomuna.args';
import { MercomunaPoint } from './mercomuna-point.entity';
import { MercomunaService } from './mercomuna.service';

export const MercomunaPointConnection = connectionTypes('MercomunaPoint', MercomunaPoint);

export const mercomunaResolvers: readonly ClassType[] = [
  listQuery(MercomunaPointConnection, MercomunaFilterArgs, MercomunaService.list, {
    name: 'mercomunaPoints',
    description: 'Mercomuna delivery points by id, a page at a time, with filters.',
  }),
  geoJsonFieldResolver(MercomunaPoint, 'location', {
    description: 'Location as a GeoJSON Point.',
    loader: (l) => l.mercomuna.geoJson,
    label: 'Mercomuna point',
  }),
  ...placementResolvers(MercomunaPoint),
  ...placedListResolvers<MercomunaPoint>(MercomunaPoint, 'mercomunaPoints', {
    territorial: ['Mercomuna delivery points in this territorial, by clave.', (l) => l.mercomuna.byTerritorialId],
    colonia: ['Mercomuna delivery points in this colonia, by clave.', (l) => l.mercomuna.byColoniaId],
  }),
];
