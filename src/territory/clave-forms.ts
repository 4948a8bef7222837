import { badInput } from '../common/errors';
import { CLAVE } from '../write/input-rules';
import { IECM_CLAVE, IECM_CLAVE_FORM } from './colonia-tipo';

/**
 * Claves as people type them, read as stored where that is unambiguous: the lookups
 * `territorial(clave:)` and `colonia(clave:)` normalize, and a clave that cannot be one is
 * BAD_USER_INPUT with the valid form (never a silent null).
 */

/** ter-3, TER 03, ter03, TER-003 → TER-03 (the demo's and the program's form). */
const LOOSE_TERRITORIAL = /^ter[\s_-]*0*([1-9][0-9]?)$/i;
export const TERRITORIAL_CLAVE_FORM = 'TER- and a number, e.g. TER-03';
const TERRITORIAL_CLAVE_MAX = 16;

export function territorialClave(clave: string): string {
  const text = clave.trim();
  const loose = LOOSE_TERRITORIAL.exec(text);
  if (loose) return `TER-${loose[1].padStart(2, '0')}`;
  // Another clave a territorial may hold (an official assignment's own keys): exact, as stored.
  if (text.length <= TERRITORIAL_CLAVE_MAX && CLAVE.test(text) && !/^ter\b/i.test(text)) return text;
  throw badInput('clave', `must be a territorial clave: ${TERRITORIAL_CLAVE_FORM}`);
}

/** 07-5, 7-005, 07 005, 07005 → 07-005: two digits of alcaldía, three of unit. */
const LOOSE_IECM = /^0*([0-9]{1,2})(?:[\s_-]+0*([0-9]{1,3})|([0-9]{3}))$/;

export function coloniaClave(clave: string): string {
  const text = clave.trim();
  if (IECM_CLAVE.test(text)) return text;
  const loose = LOOSE_IECM.exec(text);
  if (loose) return `${loose[1].padStart(2, '0')}-${(loose[2] ?? loose[3]).padStart(3, '0')}`;
  throw badInput('clave', `must be an IECM unit clave: ${IECM_CLAVE_FORM}`);
}
