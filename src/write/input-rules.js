import { Length, Matches, MaxLength } from 'class-validator';
/**
 * Patterns shared by the mutations' input types (class-validator): each
 * message names the field and says what is expected.
 */
/** Keys like TAL-2020-001, ECOS-2020-01, MER-AM-001, los-angeles-ii: letters, digits and inner hyphens. */
export const CLAVE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;
export const claveMessage = (field, max) => `${field} must be 1 to ${max} letters or digits, words joined by single hyphens (e.g. TAL-2020-039)`;
/** Printable text with something visible (names): no control characters. */
export const PRINTABLE = /^[^\p{Cc}]*\S[^\p{Cc}]*$/u;
export const printableMessage = (field, min, max) => `${field} must be ${min} to ${max} printable characters`;
export const VERSION_DESCRIPTION = 'The version read with the row; a stale one is refused (CONFLICT).';
/** A clave field: at most `max` characters of CLAVE, with the message naming it. */
export function IsClave(max = 24, field = 'clave') {
    return (target, key) => {
        MaxLength(max, { message: claveMessage(field, max) })(target, key);
        Matches(CLAVE, { message: claveMessage(field, max) })(target, key);
    };
}
/** A name field: `min` to `max` printable characters, with the message naming it. */
export function IsPrintableName(min = 3, max = 160, field = 'nombre') {
    return (target, key) => {
        Length(min, max, { message: printableMessage(field, min, max) })(target, key);
        Matches(PRINTABLE, { message: printableMessage(field, min, max) })(target, key);
    };
}
