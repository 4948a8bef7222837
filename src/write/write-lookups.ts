import type { RequestContext } from '../common/request-context';
import { requireTerritorialScope } from '../auth/identity';
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

/** The row an id argument names, as `sql` reads it (`$1`: the id); BAD_USER_INPUT naming `what` when unknown. */
async function requireRow<R>(tx: WriteTx, argument: string, value: string | number, what: string, sql: string) {
  const id = parseId(argument, value);
  const rows: R[] = await tx.query(sql, [id]);
  if (rows.length === 0) throw badInput(argument, `${id} does not match any ${what}`);
  return rows[0];
}

/** The colonia an id argument names, with its territorial; BAD_USER_INPUT when unknown. */
export function requireColonia(tx: WriteTx, argument: string, value: string | number): Promise<ColoniaRef> {
  return requireRow<ColoniaRef>(
    tx,
    argument,
    value,
    'colonia',
    'SELECT id, clave, territorial_id AS "territorialId" FROM colonia WHERE id = $1',
  );
}

export interface BeneficiaryRef {
  id: number;
  coloniaId: number;
  territorialId: number;
}

export function requireBeneficiary(tx: WriteTx, argument: string, value: string | number): Promise<BeneficiaryRef> {
  return requireRow<BeneficiaryRef>(
    tx,
    argument,
    value,
    'beneficiary',
    'SELECT id, colonia_id AS "coloniaId", territorial_id AS "territorialId" FROM beneficiary WHERE id = $1',
  );
}

/** `row` when its territorial is in the caller's scope; FORBIDDEN otherwise (naming `argument`, when given). */
async function inCallerScope<T extends { territorialId: number }>(
  ctx: RequestContext,
  row: Promise<T>,
  argument?: string,
): Promise<T> {
  const found = await row;
  requireTerritorialScope(ctx.identity, found.territorialId, argument);
  return found;
}

/** `requireColonia`, and the colonia must be in the caller's territorial scope (`scopeArgument`: see requireTerritorialScope). */
export function scopedColonia(
  ctx: RequestContext,
  tx: WriteTx,
  argument: string,
  value: string | number,
  scopeArgument?: string,
): Promise<ColoniaRef> {
  return inCallerScope(ctx, requireColonia(tx, argument, value), scopeArgument);
}

/** `requireBeneficiary`, and the beneficiary must be in the caller's territorial scope. */
export function scopedBeneficiary(
  ctx: RequestContext,
  tx: WriteTx,
  argument: string,
  value: string | number,
  scopeArgument?: string,
): Promise<BeneficiaryRef> {
  return inCallerScope(ctx, requireBeneficiary(tx, argument, value), scopeArgument);
}

/** An update's `coloniaId`: undefined when not given, else its colonia (in the caller's scope); null is refused. */
export async function movedColonia(
  ctx: RequestContext,
  tx: WriteTx,
  coloniaId: string | null | undefined,
): Promise<ColoniaRef | undefined> {
  if (coloniaId === null) throw badInput('coloniaId', 'cannot be null');
  if (coloniaId === undefined) return undefined;
  return scopedColonia(ctx, tx, 'coloniaId', coloniaId);
}

/** An optional date argument: undefined stays undefined (not given), null stays null (cleared). */
export function optionalDate(argument: string, value: string | null | undefined): string | null | undefined {
  return value == null ? value : requireDate(argument, value);
}

/** Only the given (not undefined) entries: the fields an update sets. */
export function given<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The named fields of an input, each as given (undefined when omitted): the plain fields of an update's `changesOf`. */
export function inputFields<I extends object, K extends keyof I & string>(input: I, names: readonly K[]): Pick<I, K> {
  return Object.fromEntries(names.map((name) => [name, input[name]])) as Pick<I, K>;
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
