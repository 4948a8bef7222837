import { badInput } from '../common/errors';
import { requireDate } from '../common/date';
import { parseId } from '../common/validate';
import type { WriteTx } from './write-transaction';

/** Lookups and checks shared by the modules' write services (inside their transaction). */

export interface ColoniaRef {
  id: number;
  clave: string;
  territorialId: number;
}

/** The colonia an id argument names, with its territorial; BAD_USER_INPUT when unknown. */
export async function requireColonia(tx: WriteTx, argument: string, value: string | number): Promise<ColoniaRef> {
  const id = parseId(argument, value);
  const rows: { id: number; clave: string; territorial_id: number }[] = await tx.query(
    'SELECT id, clave, territorial_id FROM colonia WHERE id = $1',
    [id],
  );
  if (rows.length === 0) throw badInput(argument, `${id} does not match any colonia`);
  return { id: rows[0].id, clave: rows[0].clave, territorialId: rows[0].territorial_id };
}

export interface BeneficiaryRef {
  id: number;
  coloniaId: number;
  territorialId: number;
}

export async function requireBeneficiary(
  tx: WriteTx,
  argument: string,
  value: string | number,
): Promise<BeneficiaryRef> {
  const id = parseId(argument, value);
  const rows: { id: number; colonia_id: number; territorial_id: number }[] = await tx.query(
    'SELECT id, colonia_id, territorial_id FROM beneficiary WHERE id = $1',
    [id],
  );
  if (rows.length === 0) throw badInput(argument, `${id} does not match any beneficiary`);
  return { id: rows[0].id, coloniaId: rows[0].colonia_id, territorialId: rows[0].territorial_id };
}

/** An optional date argument: undefined stays undefined (not given), null stays null (cleared). */
export function optionalDate(argument: string, value: string | null | undefined): string | null | undefined {
  return value == null ? value : requireDate(argument, value);
}

/** Only the given (not undefined) entries: the fields an update sets. */
export function given<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Non-null for a field that may not be cleared: `null` for a required field is refused. */
export function notNull(fields: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) if (fields[name] === null) throw badInput(name, 'cannot be null');
}

/**
 * The fields an update sets, each named once: the given (not undefined)
 * entries of `values`, refused when null unless listed in `clearable`.
 */
export function changesOf(values: Record<string, unknown>, clearable: readonly string[] = []): Record<string, unknown> {
  const changes = given(values);
  notNull(
    changes,
    Object.keys(values).filter((name) => !clearable.includes(name)),
  );
  return changes;
}
