import type { RequestContext } from '../common/request-context';
import { COLONIAS_SQL, TERRITORIALES_SQL } from './export.sql';
import type { ExportColumn, ExportLevel, ExportUnit } from './export.types';

export const LEVELS: readonly ExportLevel[] = ['alcaldia', 'territorial', 'colonia'];

/** How the file names each level (Spanish). */
export const LEVEL_NAMES: Record<ExportLevel, string> = {
  alcaldia: 'Alcaldía Iztapalapa',
  territorial: 'Dirección territorial',
  colonia: 'Colonia (unidad territorial IECM)',
};

/** How a title says the level ("Cobertura del programa por colonia"). */
export const LEVEL_IN_TITLE: Record<ExportLevel, string> = {
  alcaldia: 'en la alcaldía',
  territorial: 'por dirección territorial',
  colonia: 'por colonia',
};

const text = (key: string, header: string, description: string): ExportColumn => ({
  key,
  header,
  unit: '',
  type: 'text',
  description,
  fixed: true,
});

const TERRITORIAL_COLUMNS = [
  text('territorialClave', 'Clave territorial', 'Clave de la dirección territorial (TER-01 … TER-13).'),
  text('territorial', 'Dirección territorial', 'Nombre de la dirección territorial.'),
];

/** The columns that name a row's unit, by level. */
export const UNIT_COLUMNS: Record<ExportLevel, ExportColumn[]> = {
  alcaldia: [text('ambito', 'Ámbito', 'Toda la alcaldía.')],
  territorial: TERRITORIAL_COLUMNS,
  colonia: [
    ...TERRITORIAL_COLUMNS,
    text('coloniaClave', 'Clave de la colonia', 'Clave IECM de la unidad territorial (07-001 … 07-321).'),
    text('colonia', 'Colonia', 'Nombre oficial de la unidad territorial (IECM).'),
  ],
};

/** The units of a level: the alcaldía (no statement), every territorial or every colonia (one statement). */
export async function unitsOf(ctx: RequestContext, level: ExportLevel): Promise<ExportUnit[]> {
  if (level === 'alcaldia') return [{ kind: 'ALCALDIA', id: 0, names: { ambito: LEVEL_NAMES.alcaldia } }];
  if (level === 'territorial') {
    const rows: { id: number; clave: string; nombre: string }[] = await ctx.dataSource.query(TERRITORIALES_SQL);
    return rows.map((r) => ({
      kind: 'TERRITORIAL',
      id: r.id,
      names: { territorialClave: r.clave, territorial: r.nombre },
    }));
  }
  const rows: { id: number; clave: string; nombre: string; territorial_clave: string; territorial_nombre: string }[] =
    await ctx.dataSource.query(COLONIAS_SQL);
  return rows.map((r) => ({
    kind: 'COLONIA',
    id: r.id,
    names: {
      territorialClave: r.territorial_clave,
      territorial: r.territorial_nombre,
      coloniaClave: r.clave,
      colonia: r.nombre,
    },
  }));
}
