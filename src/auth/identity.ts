import { AppError, ErrorCode } from '../common/errors';
import { Role, roleAtLeast } from './role';

/** The authenticated caller of a request (PUBLIC when no credentials were given). */
export interface Identity {
  role: Role;
  /** JWT `sub`, `api-key:<name>`, or `anonymous`: the actor recorded in the audit trail. */
  subject: string;
  /** For OPERATOR: the territorial it is bound to. */
  territorialId?: number;
  territorialClave?: string;
  via: 'anonymous' | 'jwt' | 'api-key';
}

export const ANONYMOUS: Identity = Object.freeze({ role: Role.PUBLIC, subject: 'anonymous', via: 'anonymous' });

/** Throws UNAUTHENTICATED (no credentials) or FORBIDDEN (credentials, too little role). */
export function requireRole(identity: Identity, minimum: Role): void {
  if (roleAtLeast(identity.role, minimum)) return;
  if (identity.role === Role.PUBLIC)
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      `This requires the ${minimum} role: send a bearer token or an API key`,
    );
  throw new AppError(ErrorCode.FORBIDDEN, `This requires the ${minimum} role; the caller is ${identity.role}`);
}

/**
 * Writes and personal data are scoped: ADMIN everywhere, OPERATOR only in its
 * own territorial. Throws FORBIDDEN otherwise.
 */
export function requireTerritorialScope(identity: Identity, territorialId: number, argument?: string): void {
  if (identity.role === Role.ADMIN) return;
  requireRole(identity, Role.OPERATOR);
  if (identity.territorialId !== territorialId) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `An OPERATOR of ${identity.territorialClave ?? 'another territorial'} cannot act on another territorial` +
        (argument ? ` (${argument} belongs to another territorial)` : ''),
      argument,
    );
  }
}

/** SQL scope for personal data: null = every territorial (ADMIN), a number = that territorial only, undefined = none. */
export function personalDataScope(identity: Identity): number | null | undefined {
  if (identity.role === Role.ADMIN) return null;
  if (identity.role === Role.OPERATOR) return identity.territorialId;
  return undefined;
}
