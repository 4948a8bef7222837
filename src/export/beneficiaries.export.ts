import { CoverageService } from '../coverage/coverage.service';
import { BENEFICIARY_BREAKDOWN_COLUMNS } from '../coverage/coverage.sql';
import { Coverage, type BeneficiaryCoverage, type KeyCount } from '../coverage/coverage.types';
import { BREAKDOWN_NAMES } from './export-labels';
import { LEVEL_IN_TITLE } from './export-units';
import { PROGRAM_SOURCE, suppressionNote } from './export-notes';
import { defineExportTable, type CellValue, type ExportColumn, type ExportTable } from './export.types';

type Dimension = keyof typeof BENEFICIARY_BREAKDOWN_COLUMNS;

const PEOPLE = 'personas';

/**
 * GET /export/beneficiaries-by-<dimension>: one table per breakdown of BeneficiaryCoverage (role, sex, age group,
 * schooling, occupation), one row per unit, the total and one column per key, as the GraphQL
 * `coverage { beneficiaries { total by… } }` gives them to the same role (CoverageService: exact for ANALYST and
 * above, the suppressed whole-program-year table for PUBLIC).
 */
function breakdownExport(dimension: Dimension): ExportTable<Record<string, never>> {
  const names = BREAKDOWN_NAMES[dimension];
  const keys = Object.keys(BENEFICIARY_BREAKDOWN_COLUMNS[dimension]) as (keyof typeof names.keys)[];
  const columns: ExportColumn[] = [
    {
      key: 'total',
      header: `Beneficiarios (${PEOPLE})`,
      unit: PEOPLE,
      type: 'integer',
      description:
        'Beneficiarios asignados a colonias del ámbito, inscritos en un año del programa que el periodo toca y sin baja antes de él.',
    },
    ...keys.map((key): ExportColumn => ({
      key,
      header: `${names.keys[key]} (${PEOPLE})`,
      unit: PEOPLE,
      type: 'integer',
      description: `Beneficiarios del ámbito con ${names.title} ${names.keys[key]} (${dimension} ${key} en la API).`,
    })),
  ];
  return defineExportTable<Record<string, never>>({
    name: names.table,
    example: 'level=territorial&year=2020&format=xlsx',
    description: `Beneficiaries per unit of a level over a period, by ${dimension.slice(2)} (the GraphQL BeneficiaryCoverage.${dimension}).`,
    parameters: [],
    parse: () => ({}),
    title: ({ level }) => `Beneficiarios por ${names.title}, ${LEVEL_IN_TITLE[level]}`,
    source: () => PROGRAM_SOURCE,
    notes: (ctx) => [suppressionNote(ctx.identity)],
    columns: () => columns,
    rowsPerUnit: () => 1,
    async rows(ctx, { period }, units) {
      return Promise.all(
        units.map(async (unit) => {
          const coverage = new Coverage({ kind: unit.kind, id: unit.id, from: period.start, to: period.end });
          const figures: BeneficiaryCoverage = await CoverageService.beneficiaries(ctx, coverage);
          const cells = figures[dimension] as KeyCount<string>[];
          const values: Record<string, CellValue> = { total: figures.total };
          for (const cell of cells) values[cell.key] = cell.count;
          return { unit, values };
        }),
      );
    },
  });
}

export const beneficiaryExports = (Object.keys(BENEFICIARY_BREAKDOWN_COLUMNS) as Dimension[]).map(breakdownExport);
