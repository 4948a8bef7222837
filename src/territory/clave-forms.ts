import { badInput } from '../common/errors';
import { CLAVE } from '../write/input-rules';
import { IECM_CLAVE, IECM_CLAVE_FORM } from '../placement/colonia-tipo';

/**
 * Claves as people type them: `territorial(clave:)` reads the loose forms of TER-NN, and a
 * clave that cannot be one is BAD_USER_INPUT with the valid form (never a silent null), as
 * `colonia(clave:)` does.
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

/**
 * A colonia clave stays strict (two digits, a hyphen, three digits): `7-196` and `07_196` are
 * BAD_USER_INPUT naming the form, as before; the IECM's own keys are always written in full.
 */
export function coloniaClave(clave: string): string {
  if (IECM_CLAVE.test(clave)) return clave;
  throw badInput('clave', `must be an IECM unit clave: ${IECM_CLAVE_FORM}`);
}
