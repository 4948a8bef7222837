import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { requireRole } from './identity';
import { Role } from './role';

/**
 * `@Authorized(Role.X)`: the caller needs at least role X. Throws our own
 * UNAUTHENTICATED / FORBIDDEN errors so messages say what is missing.
 */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  requireRole(context.identity, roles[0] ?? Role.ANALYST);
  return true;
};
