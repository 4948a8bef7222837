import { defineEnum, type EnumValue } from '../common/graphql-enum';

export const PublicSpaceKind = defineEnum(
  'PublicSpaceKind',
  ['CAMINO_MUJERES_LIBRES_SEGURAS', 'LUDICALLE', 'UTOPIA', 'LAVAMANOS', 'PIPA_AGUA'],
  {
    description:
      'CAMINO_MUJERES_LIBRES_SEGURAS (route, LineString), LUDICALLE (street, LineString), UTOPIA (Point or Polygon), LAVAMANOS (Point), PIPA_AGUA (water-truck stop, Point).',
  },
);
export type PublicSpaceKind = EnumValue<typeof PublicSpaceKind>;

export const ImprovementStatus = defineEnum('ImprovementStatus', ['PLANNED', 'IN_PROGRESS', 'COMPLETED']);
export type ImprovementStatus = EnumValue<typeof ImprovementStatus>;
