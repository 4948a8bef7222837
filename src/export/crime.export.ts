import { CRIME_CATEGORIES, CrimeCategory } from '../crime/crime-category';
import { CrimeService } from '../crime/crime.service';
import type { Period } from '../indicator/indicator.periods';
import { CRIME_CATEGORY_NAMES } from './export-labels';
import { LEVEL_IN_TITLE } from './export-units';
import { CRIME_SOURCE } from './export-notes';
import { defineExportTable, type CellValue, type ExportColumn } from './export.types';

const FILES = 'carpetas de investigación';

/** Every month a period touches, as its first day (YYYY-MM-01). */
function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.start.split('-').map(Number);
  const [ly, lm] = period.end.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m === 13) [y, m] = [y + 1, 1];
  }
  return months;
}

const COLUMNS: ExportColumn[] = [
  {
    key: 'month',
    header: 'Mes',
    unit: 'fecha',
    type: 'month',
    description: 'El mes (su primer día); el primero y el último se cortan al periodo pedido.',
    fixed: true,
  },
  {
    key: 'total',
    header: `Delitos, total (${FILES})`,
    unit: FILES,
    type: 'integer',
    description: 'Carpetas de investigación de todas las categorías en el mes (CrimeMonth.total).',
  },
  {
    key: 'highImpact',
    header: `Delitos de alto impacto (${FILES})`,
    unit: FILES,
    type: 'integer',
    description: 'Carpetas de las 14 categorías de alto impacto (CrimeMonth.highImpact).',
  },
  ...CRIME_CATEGORIES.map((category): ExportColumn => ({
    key: category,
    header: `${CRIME_CATEGORY_NAMES[category]} (${FILES})`,
    unit: FILES,
    type: 'integer',
    description:
      category === CrimeCategory.OTROS
        ? 'Carpetas de cualquier otro delito.'
        : `Carpetas de la categoría ${category} (renglón "${CRIME_CATEGORY_NAMES[category]}" del informe 2020).`,
  })),
];

/**
 * GET /export/crime-by-category-month: reported crime per unit, month and category: one row per unit and month,
 * the total, the high-impact count and one column per category. Figures come from CrimeService.monthsByCategory
 * (the same statement as the GraphQL `crime` figures, grouped by month and category), every unit in one statement.
 */
export const crimeExport = defineExportTable<{ months: string[] }>({
  name: 'crime-by-category-month',
  example: 'level=territorial&from=2020-01-01&to=2020-06-30&format=csv',
  description:
    'Reported crime (FGJ-CDMX investigation files) per unit of a level, month and category: one row per unit and month.',
  parameters: [],
  parse: (_params, period) => ({ months: monthsOf(period) }),
  title: ({ level }) => `Delitos denunciados por categoría y mes, ${LEVEL_IN_TITLE[level]}`,
  source: () => CRIME_SOURCE,
  notes: () => [
    'Un mes sin carpetas vale 0. Las carpetas son hechos denunciados, no personas: la API no suprime estas cifras.',
  ],
  columns: () => COLUMNS,
  rowsPerUnit: ({ params }) => params.months.length,
  async rows(ctx, { period }, units) {
    const tables = await Promise.all(
      units.map((unit) =>
        CrimeService.monthsByCategory(ctx, CrimeService.scope(unit.kind, unit.id, period.start, period.end)),
      ),
    );
    return units.flatMap((unit, u) => {
      const { months, counts } = tables[u];
      return months.map((month, m) => {
        const values: Record<string, CellValue> = { month: new Date(`${month}-01T00:00:00Z`) };
        let total = 0;
        let highImpact = 0;
        for (const category of CRIME_CATEGORIES) {
          const count = counts.get(category)![m];
          values[category] = count;
          total += count;
          if (category !== CrimeCategory.OTROS) highImpact += count;
        }
        return { unit, values: { ...values, total, highImpact } };
      });
    });
  },
});
