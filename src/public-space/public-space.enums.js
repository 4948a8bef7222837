import { registerEnumType } from 'type-graphql';
export var PublicSpaceKind;
(function (PublicSpaceKind) {
    PublicSpaceKind["CAMINO_MUJERES_LIBRES_SEGURAS"] = "CAMINO_MUJERES_LIBRES_SEGURAS";
    PublicSpaceKind["LUDICALLE"] = "LUDICALLE";
    PublicSpaceKind["UTOPIA"] = "UTOPIA";
    PublicSpaceKind["LAVAMANOS"] = "LAVAMANOS";
    PublicSpaceKind["PIPA_AGUA"] = "PIPA_AGUA";
})(PublicSpaceKind || (PublicSpaceKind = {}));
export var ImprovementStatus;
(function (ImprovementStatus) {
    ImprovementStatus["PLANNED"] = "PLANNED";
    ImprovementStatus["IN_PROGRESS"] = "IN_PROGRESS";
    ImprovementStatus["COMPLETED"] = "COMPLETED";
})(ImprovementStatus || (ImprovementStatus = {}));
registerEnumType(PublicSpaceKind, {
    name: 'PublicSpaceKind',
    description: 'CAMINO_MUJERES_LIBRES_SEGURAS (route, LineString), LUDICALLE (street, LineString), UTOPIA (Point or Polygon), LAVAMANOS (Point), PIPA_AGUA (water-truck stop, Point).',
});
registerEnumType(ImprovementStatus, { name: 'ImprovementStatus' });
