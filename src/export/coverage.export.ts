import type { RequestContext } from '../common/request-context';
import { CoverageService } from '../coverage/coverage.service';
import { Coverage } from '../coverage/coverage.types';
import { PublicSpaceKind } from '../public-space/public-space.enums';
import { PUBLIC_SPACE_KIND_NAMES } from './export-labels';
import { LEVEL_IN_TITLE } from './export-units';
import { PROGRAM_SOURCE, suppressionNote } from './export-notes';
import { defineExportTable, type CellValue, type ColumnType, type ExportColumn, type ExportUnit } from './export.types';

type Figures = Record<string, CellValue>;

interface CoverageColumn extends ExportColumn {
  /** The column's figure of one scope, through CoverageService (batched: every scope's figure is one statement). */
  read(ctx: RequestContext, coverage: Coverage): Promise<CellValue>;
}

const column = (
  key: string,
  header: string,
  unit: string,
  type: ColumnType,
  description: string,
  read: CoverageColumn['read'],
): CoverageColumn => ({ key, header, unit, type, description, read });

const improvements = (ctx: RequestContext, coverage: Coverage) => CoverageService.improvements(ctx, coverage);

/** The Coverage type's figures, one column each, keyed by their GraphQL field. */
const COLUMNS: CoverageColumn[] = [
  column(
    'poblacion',
    'Población (habitantes)',
    'habitantes',
    'integer',
    'Habitantes de sus colonias (IECM); vacía si no se conoce.',
    (ctx, c) => CoverageService.population(ctx, c),
  ),
  column(
    'colonias',
    'Colonias',
    'colonias',
    'integer',
    'Colonias del ámbito.',
    async (ctx, c) => (await CoverageService.attendance(ctx, c)).colonias,
  ),
  column(
    'coloniasAttended',
    'Colonias atendidas',
    'colonias',
    'integer',
    'Colonias con, en el periodo, un beneficiario asignado, un taller o una actividad.',
    async (ctx, c) => (await CoverageService.attendance(ctx, c)).attended,
  ),
  column(
    'coverageRatio',
    'Cobertura (proporción de colonias atendidas, 0 a 1)',
    'proporción (0 a 1)',
    'decimal',
    'Colonias atendidas / colonias; vacía si el ámbito no tiene colonias.',
    (ctx, c) => CoverageService.coverageRatio(ctx, c),
  ),
  column(
    'beneficiaries',
    'Beneficiarios (personas)',
    'personas',
    'integer',
    'Beneficiarios asignados a colonias del ámbito, inscritos en un año del programa que el periodo toca y sin baja antes de él.',
    async (ctx, c) => (await CoverageService.beneficiaries(ctx, c)).total,
  ),
  column(
    'workshops',
    'Talleres',
    'talleres',
    'integer',
    'Talleres de planeación participativa realizados en el periodo.',
    async (ctx, c) => (await CoverageService.workshops(ctx, c)).total,
  ),
  column(
    'workshopParticipants',
    'Participantes en talleres (personas)',
    'personas',
    'integer',
    'Suma de participantes de esos talleres.',
    async (ctx, c) => (await CoverageService.workshops(ctx, c)).participants,
  ),
  column(
    'workshopColonias',
    'Colonias con taller',
    'colonias',
    'integer',
    'Colonias con al menos un taller en el periodo.',
    async (ctx, c) => (await CoverageService.workshops(ctx, c)).colonias,
  ),
  column(
    'agendasInProgress',
    'Agendas en elaboración',
    'agendas',
    'integer',
    'Agendas de Desarrollo Local Comunitario en elaboración.',
    async (ctx, c) => (await CoverageService.agendas(ctx, c)).inProgress,
  ),
  column(
    'agendasFinished',
    'Agendas terminadas',
    'agendas',
    'integer',
    'Agendas terminadas (incluye las que están en implementación).',
    async (ctx, c) => (await CoverageService.agendas(ctx, c)).finished,
  ),
  column(
    'agendasImplementing',
    'Agendas en implementación',
    'agendas',
    'integer',
    'Agendas terminadas cuyos proyectos se están realizando (parte de las terminadas).',
    async (ctx, c) => (await CoverageService.agendas(ctx, c)).implementing,
  ),
  column(
    'ecosSchools',
    'Escuelas ECOS',
    'escuelas',
    'integer',
    'Escuelas ECOS de años del programa que el periodo toca.',
    async (ctx, c) => (await CoverageService.ecos(ctx, c)).schools,
  ),
  column(
    'ecosParticipants',
    'Participantes en ECOS (personas)',
    'personas',
    'integer',
    'Participantes de esas escuelas.',
    async (ctx, c) => (await CoverageService.ecos(ctx, c)).participants,
  ),
  column(
    'ecosFacilitators',
    'Facilitadores ECOS (personas)',
    'personas',
    'integer',
    'Beneficiarios que facilitan esas escuelas.',
    async (ctx, c) => (await CoverageService.ecos(ctx, c)).facilitators,
  ),
  ...Object.values(PublicSpaceKind).map((kind) =>
    column(
      `improvements.${kind}`,
      `Espacios públicos mejorados: ${PUBLIC_SPACE_KIND_NAMES[kind]} (obras)`,
      'obras',
      'integer',
      'Obras terminadas (mejoradas y en uso) fechadas en el periodo; vacía si el tipo no se registra ("sin dato").',
      async (ctx, c) => (await improvements(ctx, c)).find((i) => i.kind === kind)?.count ?? null,
    ),
  ),
  column(
    'activities',
    'Actividades de campo',
    'actividades',
    'integer',
    'Actividades de campo realizadas en el periodo.',
    async (ctx, c) => (await CoverageService.activity(ctx, c)).activities,
  ),
  column(
    'peopleReached',
    'Personas alcanzadas',
    'personas',
    'integer',
    'Personas alcanzadas por esas actividades.',
    async (ctx, c) => (await CoverageService.activity(ctx, c)).peopleReached,
  ),
  column(
    'peopleReachedPer1000',
    'Personas alcanzadas por cada 1,000 habitantes',
    'personas por 1,000 habitantes',
    'decimal',
    'Personas alcanzadas × 1000 / población; vacía si no se conoce la población.',
    (ctx, c) => CoverageService.peopleReachedPer1000(ctx, c),
  ),
  column(
    'paymentsTotal',
    'Apoyos económicos pagados (MXN)',
    'pesos (MXN)',
    'money',
    'Pagos a los beneficiarios del ámbito en meses que el periodo toca.',
    (ctx, c) => CoverageService.paymentsTotal(ctx, c),
  ),
];

const coverageOf = (unit: ExportUnit, from: string, to: string) =>
  new Coverage({ kind: unit.kind, id: unit.id, from, to });

/**
 * GET /export/coverage: the Coverage of every unit of a level over the period, one row per unit, one column per
 * figure: the same CoverageService calls as the GraphQL `coverage` fields (so the same suppression for the role).
 */
export const coverageExport = defineExportTable<Record<string, never>>({
  name: 'coverage',
  example: 'level=colonia&year=2020&format=xlsx',
  description:
    'The program’s coverage (the GraphQL Coverage figures) per unit of a level over a period: one row per unit.',
  parameters: [],
  parse: () => ({}),
  title: ({ level }) => `Cobertura del programa ${LEVEL_IN_TITLE[level]}`,
  source: () => PROGRAM_SOURCE,
  notes: (ctx) => [suppressionNote(ctx.identity)],
  columns: () => COLUMNS,
  rowsPerUnit: () => 1,
  async rows(ctx, { period }, units) {
    return Promise.all(
      units.map(async (unit) => {
        const coverage = coverageOf(unit, period.start, period.end);
        const values = await Promise.all(COLUMNS.map((c) => c.read(ctx, coverage)));
        const figures: Figures = {};
        COLUMNS.forEach((c, i) => (figures[c.key] = values[i]));
        return { unit, values: figures };
      }),
    );
  },
});
