import { badInput } from './errors';

/**
 * The one validation of text that crosses the edge — GraphQL arguments and variables,
 * HTTP query and path parameters, imported features' properties, JWT claims — before
 * any of it reaches PostgreSQL (which refuses NUL with an internal error) or a log.
 *
 * - Any text: no control characters (Unicode Cc: U+0000–U+001F, U+007F–U+009F) except
 *   tab, line feed and carriage return.
 * - Names (`nameProblem`): no control characters at all, no bidirectional embedding,
 *   override or isolate controls (U+202A–U+202E, U+2066–U+2069: "Trojan Source"
 *   spoofing), and at least one visible character.
 */

/** Control characters other than \t, \n, \r. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Bidi embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
const ANY_CC = /\p{Cc}/u;
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}]/u;

/** Printable name: what `nameProblem` accepts, as one regular expression (for class-validator's @Matches). */
export const PRINTABLE_NAME = /^(?!.*[\p{Cc}\u202A-\u202E\u2066-\u2069])(?=.*[^\p{White_Space}\p{Cc}\p{Cf}]).*$/su;

function describe(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `value` is not acceptable text, or null. */
export function controlCharacterProblem(value: string): string | null {
  const found = CONTROL.exec(value);
  return found ? `contains a control character (${describe(found[0])})` : null;
}

/** Why `value` is not an acceptable name, or null. */
export function nameProblem(value: string): string | null {
  const control = ANY_CC.exec(value);
  if (control) return `contains a control character (${describe(control[0])})`;
  const bidi = BIDI.exec(value);
  if (bidi) return `contains a bidirectional-text control (${describe(bidi[0])})`;
  if (!VISIBLE.test(value)) return 'has no visible character';
  return null;
}

/** Throws BAD_USER_INPUT naming `argument` when `value` holds a control character. */
export function requireCleanText(argument: string, value: string): string {
  const problem = controlCharacterProblem(value);
  if (problem) throw badInput(argument, problem);
  return value;
}

/**
 * The first string in `value` (walking arrays and objects; keys too) with a control
 * character, as `[path, problem]`, or null.
 */
export function findControlCharacter(value: unknown, path: string, depth = 0): [string, string] | null {
  if (typeof value === 'string') {
    const problem = controlCharacterProblem(value);
    return problem ? [path, problem] : null;
  }
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findControlCharacter(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = controlCharacterProblem(key);
    if (keyProblem) return [path, `has a key that ${keyProblem}`];
    const found = findControlCharacter(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}
