import { defineEnum, type EnumValue, valuesCheck } from '../common/graphql-enum';

/**
 * The kind of a unidad territorial, as the IECM catalogue marks it with a
 * suffix of the official name: `(PBLO)`, `(BARR)`, `(U HAB)`, `(FRACC)`,
 * `(AMPL)`, `(CONJ HAB)`; a name without one of these is a COLONIA. The one
 * source of the values: the migration's CHECK constraint, the GraphQL enum and
 * the name parser all read them from here.
 */
export const ColoniaTipo = defineEnum(
  'ColoniaTipo',
  ['PUEBLO', 'BARRIO', 'UNIDAD_HABITACIONAL', 'FRACCIONAMIENTO', 'AMPLIACION', 'CONJUNTO_HABITACIONAL', 'COLONIA'],
  {
    description:
      'Kind of unit, from the suffix of its official IECM name: (PBLO) pueblo, (BARR) barrio, (U HAB) unidad habitacional, ' +
      '(FRACC) fraccionamiento, (AMPL) ampliación, (CONJ HAB) conjunto habitacional; COLONIA when the name has none of these.',
  },
);
export type ColoniaTipo = EnumValue<typeof ColoniaTipo>;

/** Catalogue suffix (inside the parentheses, spaces collapsed) → kind. */
export const TIPO_SUFFIXES: Readonly<Record<string, ColoniaTipo>> = {
  PBLO: ColoniaTipo.PUEBLO,
  BARR: ColoniaTipo.BARRIO,
  'U HAB': ColoniaTipo.UNIDAD_HABITACIONAL,
  FRACC: ColoniaTipo.FRACCIONAMIENTO,
  AMPL: ColoniaTipo.AMPLIACION,
  'CONJ HAB': ColoniaTipo.CONJUNTO_HABITACIONAL,
};

/** An IECM unit clave: alcaldía number, hyphen, three-digit unit number (Iztapalapa's are 07-001 … 07-321). */
export const IECM_CLAVE = /^[0-9]{2}-[0-9]{3}$/;
export const IECM_CLAVE_FORM = 'two digits, a hyphen and three digits, e.g. 07-163';

export interface ParsedUnitName {
  tipo: ColoniaTipo;
  /** The official name without the kind suffix, keeping a trailing section numeral (`SANTA BARBARA I`). */
  displayName: string;
}

/**
 * Splits an official name into its kind and a display name:
 * `SAN MIGUEL (BARR)` → BARRIO, `SAN MIGUEL`; `SANTA BARBARA (BARR) I` →
 * BARRIO, `SANTA BARBARA I`; `CARMEN SERDAN ( U HAB)` → UNIDAD_HABITACIONAL.
 * Other parenthesised remarks (`(PJE)` paraje, `(EJ)` ejido, `(U)`, a place
 * name) are not kinds of the catalogue's list: the name stays whole, COLONIA.
 * One name joins its suffix with an underscore (`ALVARO OBREGON_(FRACC)`).
 */
export function parseUnitName(nombre: string): ParsedUnitName {
  const match = /^(.*?)[\s_]*\(\s*([A-Z ]+?)\s*\)\s*((?:I|II|III|IV|V|VI|VII|VIII|IX|X))?\s*$/u.exec(nombre);
  const suffix = match?.[2].replace(/\s+/g, ' ');
  const tipo = suffix ? TIPO_SUFFIXES[suffix] : undefined;
  if (!match || !tipo || match[1].trim() === '') return { tipo: ColoniaTipo.COLONIA, displayName: nombre.trim() };
  return { tipo, displayName: [match[1].trim(), match[3]].filter(Boolean).join(' ') };
}

/** The CHECK constraint on colonia.tipo (migration and entity share it). */
export const TIPO_CHECK_SQL = valuesCheck('tipo', ColoniaTipo);
