import { registerEnumType } from 'type-graphql';

/** The values of an enum made by `defineEnum`: `EnumValue<typeof Sex>` is `'MUJER' | 'HOMBRE'`. */
export type EnumValue<E> = E[keyof E];

export interface EnumOptions<V extends string> {
  description?: string;
  valuesConfig?: Partial<Record<V, { description?: string; deprecationReason?: string }>>;
}

/**
 * A GraphQL enum whose values are their own names, as the database stores them
 * (varchar + CHECK): returns the frozen object `{ A: 'A', … }` (in the order
 * given) and registers it with type-graphql under `name`. Declared once with
 * its type, the enum reads like a TypeScript string enum:
 *
 *   export const Sex = defineEnum('Sex', ['MUJER', 'HOMBRE']);
 *   export type Sex = EnumValue<typeof Sex>;   // Sex.MUJER, Object.values(Sex), `sex: Sex`
 */
export function defineEnum<const V extends string>(
  name: string,
  values: readonly V[],
  options: EnumOptions<V> = {},
): { readonly [K in V]: K } {
  const enumObject = Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as { [K in V]: K };
  registerEnumType(enumObject, { name, ...options });
  return enumObject;
}

/** An enum's values as prose for descriptions: `A, B or C`. */
export function valueList(enumObject: Readonly<Record<string, string>>): string {
  const values = Object.values(enumObject);
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : values.join('');
}

/** The CHECK constraint of a column holding an enum's values, `"kind" IN ('A', 'B')` (entities and migrations). */
export function valuesCheck(column: string, enumObject: Readonly<Record<string, string>>): string {
  return `"${column}" IN (${Object.values(enumObject)
    .map((value) => `'${value}'`)
    .join(', ')})`;
}
