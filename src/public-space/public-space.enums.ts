import { registerEnumType } from 'type-graphql';

export enum PublicSpaceKind {
  CAMINO_MUJERES_LIBRES_SEGURAS = 'CAMINO_MUJERES_LIBRES_SEGURAS',
  LUDICALLE = 'LUDICALLE',
  UTOPIA = 'UTOPIA',
  LAVAMANOS = 'LAVAMANOS',
  PIPA_AGUA = 'PIPA_AGUA',
}

export enum ImprovementStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}

registerEnumType(PublicSpaceKind, {
  name: 'PublicSpaceKind',
  description:
    'CAMINO_MUJERES_LIBRES_SEGURAS (route, LineString), LUDICALLE (street, LineString), UTOPIA (Point or Polygon), LAVAMANOS (Point), PIPA_AGUA (water-truck stop, Point).',
});
registerEnumType(ImprovementStatus, { name: 'ImprovementStatus' });
