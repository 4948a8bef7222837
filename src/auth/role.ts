import { defineEnum, type EnumValue } from '../common/graphql-enum';

/**
 * Who may see what (LGPDPPSO: personal data of beneficiaries is protected).
 * - PUBLIC: territory, geometry, aggregates (small cells suppressed); no person-level rows.
 * - FACILITATOR: bound to one beneficiary (a field app's user): what PUBLIC reads, plus recording and
 *   reading its own activities (recordActivities, myActivities) in its territorial's colonias; nothing
 *   of anyone else. Above PUBLIC only so that it is authenticated: every ANALYST right is refused.
 * - ANALYST: person-level rows without personal data.
 * - OPERATOR: bound to one territorial: writes and personal data there only.
 * - ADMIN: everything, imports, audit log.
 */
export const Role = defineEnum('Role', ['PUBLIC', 'FACILITATOR', 'ANALYST', 'OPERATOR', 'ADMIN'], {
  description: 'Access role of the caller.',
});
export type Role = EnumValue<typeof Role>;

/** Each role includes the rights of the roles before it (OPERATOR's extra rights are scoped to its territorial). */
const RANK: Record<Role, number> = {
  [Role.PUBLIC]: 0,
  [Role.FACILITATOR]: 1,
  [Role.ANALYST]: 2,
  [Role.OPERATOR]: 3,
  [Role.ADMIN]: 4,
};

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export function parseRole(value: unknown): Role | undefined {
  return typeof value === 'string' && (Object.values(Role) as string[]).includes(value) ? (value as Role) : undefined;
}
