import { badInput } from '../common/errors';
import { requireDate } from '../common/date';
import { parseId } from '../common/validate';
/** The colonia an id argument names, with its territorial; BAD_USER_INPUT when unknown. */
export async function requireColonia(tx, argument, value) {
    const id = parseId(argument, value);
    const rows = await tx.query('SELECT id, clave, territorial_id FROM colonia WHERE id = $1', [id]);
    if (rows.length === 0)
        throw badInput(argument, `${id} does not match any colonia`);
    return { id: rows[0].id, clave: rows[0].clave, territorialId: rows[0].territorial_id };
}
export async function requireBeneficiary(tx, argument, value) {
    const id = parseId(argument, value);
    const rows = await tx.query('SELECT id, colonia_id, territorial_id FROM beneficiary WHERE id = $1', [id]);
    if (rows.length === 0)
        throw badInput(argument, `${id} does not match any beneficiary`);
    return { id: rows[0].id, coloniaId: rows[0].colonia_id, territorialId: rows[0].territorial_id };
}
/** An optional date argument: undefined stays undefined (not given), null stays null (cleared). */
export function optionalDate(argument, value) {
    return value == null ? value : requireDate(argument, value);
}
/** Only the given (not undefined) entries: the fields an update sets. */
export function given(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
/** Non-null for a field that may not be cleared: `null` for a required field is refused. */
export function notNull(fields, names) {
    for (const name of names)
        if (fields[name] === null)
            throw badInput(name, 'cannot be null');
}
