import { defineEnum, type EnumValue } from '../common/graphql-enum';

/**
 * Who may see what (LGPDPPSO: personal data of beneficiaries is protected).
 * - PUBLIC: territory, geometry, aggregates (small cells suppressed); no person-level rows.
 * - ANALYST: person-level rows without personal data.
 * - OPERATOR: bound to one territorial: writes and personal data there only.
 * - ADMIN: everything, imports, audit log.
 */
export const Role = defineEnum('Role', ['PUBLIC', 'ANALYST', 'OPERATOR', 'ADMIN'], {
  description: 'Access role of the caller.',
});
export type Role = EnumValue<typeof Role>;

/** Each role includes the rights of the roles before it (OPERATOR's extra rights are scoped to its territorial). */
const RANK: Record<Role, number> = { [Role.PUBLIC]: 0, [Role.ANALYST]: 1, [Role.OPERATOR]: 2, [Role.ADMIN]: 3 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export function parseRole(value: unknown): Role | undefined {
  return typeof value === 'string' && (Object.values(Role) as string[]).includes(value) ? (value as Role) : undefined;
}
