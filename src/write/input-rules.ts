import { Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PRINTABLE_NAME } from '../common/text-input';

/**
 * Patterns shared by the mutations' input types (class-validator): each
 * message names the field and says what is expected.
 */

/** Keys like TAL-2020-001, ECOS-2020-01, MER-AM-001, los-angeles-ii: letters, digits and inner hyphens. */
export const CLAVE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;
export const claveMessage = (field: string, max: number) =>
  `${field} must be 1 to ${max} letters or digits, words joined by single hyphens (e.g. TAL-2020-039)`;

/**
 * Printable text with something visible (names): no control characters at all, no bidi
 * overrides/isolates (the one rule of src/common/text-input.ts).
 */
export const PRINTABLE = PRINTABLE_NAME;
export const printableMessage = (field: string, min: number, max: number) =>
  `${field} must be ${min} to ${max} printable characters`;

export const VERSION_DESCRIPTION = 'The version read with the row; a stale one is refused (CONFLICT).';

/** A clave field: at most `max` characters of CLAVE, with the message naming it. */
export function IsClave(max = 24, field = 'clave'): PropertyDecorator {
  return (target, key) => {
    MaxLength(max, { message: claveMessage(field, max) })(target, key);
    Matches(CLAVE, { message: claveMessage(field, max) })(target, key);
  };
}

/** A name field: `min` to `max` printable characters, with the message naming it. */
export function IsPrintableName(min = 3, max = 160, field = 'nombre'): PropertyDecorator {
  return (target, key) => {
    Length(min, max, { message: printableMessage(field, min, max) })(target, key);
    Matches(PRINTABLE, { message: printableMessage(field, min, max) })(target, key);
  };
}

/**
 * Printable text of `min` to `max` characters (full names, addresses). Registered as
 * `@Length @Matches` stacked would be (bottom-up), so both messages keep their order.
 */
export function IsPrintableText(min: number, max: number, field: string): PropertyDecorator {
  return (target, key) => {
    Matches(PRINTABLE, { message: `${field} must be printable text` })(target, key);
    Length(min, max, { message: `${field} must be ${min} to ${max} characters` })(target, key);
  };
}

/** A whole number from `min` to `max`: one message for both bounds. */
export function IsIntBetween(min: number, max: number, field: string): PropertyDecorator {
  const message = `${field} must be between ${min} and ${max}`;
  return (target, key) => {
    Min(min, { message })(target, key);
    Max(max, { message })(target, key);
  };
}

/** A program year, 2000–2100 (as the tables' CHECK constraints). */
export const IsProgramYear = (field = 'programYear'): PropertyDecorator => IsIntBetween(2000, 2100, field);

/** A count: 0 or more, at most `max`. */
export function IsCount(max: number, field: string): PropertyDecorator {
  return (target, key) => {
    Min(0, { message: `${field} must be 0 or more` })(target, key);
    Max(max, { message: `${field} must be at most ${max}` })(target, key);
  };
}

/** An amount in MXN: at least `min`, at most `max`. */
export function IsAmount(min: number, max: number, field = 'amount'): PropertyDecorator {
  return (target, key) => {
    Min(min, { message: `${field} must be at least ${min}` })(target, key);
    Max(max, { message: `${field} must be at most ${max}` })(target, key);
  };
}
