import { registerEnumType } from 'type-graphql';
/**
 * Who may see what (LGPDPPSO: personal data of beneficiaries is protected).
 * - PUBLIC: territory, geometry, aggregates (small cells suppressed); no person-level rows.
 * - ANALYST: person-level rows without personal data.
 * - OPERATOR: bound to one territorial: writes and personal data there only.
 * - ADMIN: everything, imports, audit log.
 */
export var Role;
(function (Role) {
    Role["PUBLIC"] = "PUBLIC";
    Role["ANALYST"] = "ANALYST";
    Role["OPERATOR"] = "OPERATOR";
    Role["ADMIN"] = "ADMIN";
})(Role || (Role = {}));
registerEnumType(Role, { name: 'Role', description: 'Access role of the caller.' });
/** Each role includes the rights of the roles before it (OPERATOR's extra rights are scoped to its territorial). */
const RANK = { [Role.PUBLIC]: 0, [Role.ANALYST]: 1, [Role.OPERATOR]: 2, [Role.ADMIN]: 3 };
export function roleAtLeast(role, minimum) {
    return RANK[role] >= RANK[minimum];
}
export function parseRole(value) {
    return typeof value === 'string' && Object.values(Role).includes(value) ? value : undefined;
}
