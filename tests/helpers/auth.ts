import { signToken } from '../../src/auth/jwt';
import { Role } from '../../src/auth/role';

/** Authorization headers for a role (signed with the test run's JWT_SECRET). */
export async function authHeaders(
  role: Role | 'ANALYST' | 'OPERATOR' | 'ADMIN',
  territorial?: string,
  subject?: string,
): Promise<Record<string, string>> {
  const token = await signToken(
    { sub: subject ?? `test:${role.toLowerCase()}`, role: role as Role, territorial },
    '10m',
  );
  return { authorization: `Bearer ${token}` };
}
