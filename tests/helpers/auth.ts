import { signToken } from '../../src/auth/jwt';
import { Role } from '../../src/auth/role';

/** Authorization headers for a role (signed with the test run's JWT_SECRET); a FACILITATOR names its beneficiary's folio. */
export async function authHeaders(
  role: Role | 'FACILITATOR' | 'ANALYST' | 'OPERATOR' | 'ADMIN',
  territorial?: string,
  subject?: string,
  beneficiary?: string,
): Promise<Record<string, string>> {
  const token = await signToken(
    { sub: subject ?? `test:${role.toLowerCase()}`, role: role as Role, territorial, beneficiary },
    '10m',
  );
  return { authorization: `Bearer ${token}` };
}
