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
  /** For FACILITATOR: the beneficiary it is (looked up by folio each time the token is used). */
  beneficiary?: FacilitatorBeneficiary;
  via: 'anonymous' | 'jwt' | 'api-key';
}

/** The beneficiary a FACILITATOR token is bound to, as it stands when the token is used. */
export interface FacilitatorBeneficiary {
  id: number;
  folio: string;
  territorialId: number;
  /** False once the beneficiary is given BAJA: it may read its own records but not write. */
  active: boolean;
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

/** FORBIDDEN: the FACILITATOR's beneficiary was given BAJA (checked each time its token is used). */
export function facilitatorLeft(folio: string): AppError {
  return new AppError(
    ErrorCode.FORBIDDEN,
    `The FACILITATOR's beneficiary ${folio} has left the program (BAJA): it can no longer record activities`,
  );
}

/**
 * Who may record field activities (recordActivities): a FACILITATOR (its own, while ACTIVE), an
 * OPERATOR (in its territorial) or ADMIN. ANALYST reads only; PUBLIC is asked to authenticate.
 */
export function requireActivityRecorder(identity: Identity): void {
  if (identity.role === Role.FACILITATOR) {
    if (identity.beneficiary?.active) return;
    throw facilitatorLeft(identity.beneficiary?.folio ?? '');
  }
  if (identity.role === Role.ANALYST)
    throw new AppError(
      ErrorCode.FORBIDDEN,
      'This requires the FACILITATOR, OPERATOR or ADMIN role; the caller is ANALYST',
    );
  requireRole(identity, Role.FACILITATOR);
}

/** The beneficiary of a FACILITATOR caller (its own records); FORBIDDEN for every other role. */
export function requireFacilitator(identity: Identity): FacilitatorBeneficiary {
  requireRole(identity, Role.FACILITATOR);
  if (identity.role !== Role.FACILITATOR || !identity.beneficiary)
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `This is a FACILITATOR's own list; the caller is ${identity.role} (use activities)`,
    );
  return identity.beneficiary;
}

/** SQL scope for personal data: null = every territorial (ADMIN), a number = that territorial only, undefined = none. */
export function personalDataScope(identity: Identity): number | null | undefined {
  if (identity.role === Role.ADMIN) return null;
  if (identity.role === Role.OPERATOR) return identity.territorialId;
  return undefined;
}
