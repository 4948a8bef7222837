import type { RequestContext } from '../common/request-context';
import { AppError, ErrorCode } from '../common/errors';
import { seesExactCounts } from '../auth/small-cells';
import { CoverageService } from '../coverage/coverage.service';
import { ProgramYear } from '../coverage/program-year.entity';
import {
  Coverage,
  CoverageScopeKind,
  type AgendaCoverage,
  type BeneficiaryCoverage,
  type Budget,
  type ImprovementCount,
  type WorkshopCoverage,
} from '../coverage/coverage.types';
import { IndicatorService } from '../indicator/indicator.service';
import type { Indicator, IndicatorPeriodValue } from '../indicator/indicator.types';
import type { Territorial } from '../placement/territorial.entity';
import { TerritoryService } from '../territory/territory.service';

/**
 * The figures of the printed report (/reporte/<year>), read through the same services, loaders and SQL as
 * the GraphQL API (CoverageService, IndicatorService, TerritoryService): the caller's role decides, as
 * there, whether people are counted exactly (ANALYST and above) or with small cells suppressed (PUBLIC).
 *
 * Statements, whatever the data: the program years (one), the territoriales (one), then every coverage
 * figure of the alcaldía, of the 13 territoriales and of the year's months in one batch (one; the loaders
 * GROUP BY scope), and every indicator value in one more (one).
 */

/** The figures of one scope (the alcaldía or a territorial) over the program year. */
export interface ScopeFigures {
  beneficiaries: BeneficiaryCoverage;
  colonias: number;
  coloniasAttended: number;
  poblacion: number | null;
  workshops: WorkshopCoverage;
  agendas: AgendaCoverage;
  ecos: { schools: number; participants: number; facilitators: number };
  improvements: ImprovementCount[];
  activities: number;
  peopleReached: number;
  /** null when suppressed for the caller (payments reveal the role split). */
  paymentsTotal: number | null;
}

export interface TerritorialFigures extends ScopeFigures {
  territorial: Territorial;
}

export interface ReportData {
  year: number;
  from: string;
  to: string;
  /** The caller sees exact counts (ANALYST and above); otherwise PUBLIC's suppressed figures. */
  exact: boolean;
  goalPeopleReached: number;
  budget: Budget;
  alcaldia: ScopeFigures;
  /** Payments per calendar month of the year; null for callers who see whole program years only. */
  monthlyPayments: { month: number; paid: number | null }[] | null;
  territoriales: TerritorialFigures[];
  indicators: { indicator: Indicator; value: IndicatorPeriodValue }[];
}

/** A refusal of the report: the API's code and English message (JSON), and the Spanish one for a page. */
export class ReportError extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly spanish: string,
    argument?: string,
  ) {
    super(code, message, argument);
  }
}

/** A year as written in the URL: four digits, no sign or leading zero. */
export function parseReportYear(text: string): number {
  if (!/^[1-9][0-9]{3}$/.test(text)) {
    const shown = JSON.stringify(text.slice(0, 40));
    throw new ReportError(
      ErrorCode.BAD_USER_INPUT,
      `year must be a year of four digits, e.g. /reporte/2020 (got ${shown})`,
      `${shown} no es un año: escriba cuatro cifras, por ejemplo /reporte/2020.`,
      'year',
    );
  }
  return Number(text);
}

/** The program years with data, oldest first (one statement). */
export async function programYears(ctx: RequestContext): Promise<ProgramYear[]> {
  return ctx.dataSource.getRepository(ProgramYear).find({ order: { year: 'ASC' } });
}

function scopeFigures(ctx: RequestContext, coverage: Coverage): Promise<ScopeFigures> {
  // Every call below only enqueues its loader keys before the first await: the whole report is one batch.
  return Promise.all([
    CoverageService.beneficiaries(ctx, coverage),
    CoverageService.attendance(ctx, coverage),
    CoverageService.population(ctx, coverage),
    CoverageService.workshops(ctx, coverage),
    CoverageService.agendas(ctx, coverage),
    CoverageService.ecos(ctx, coverage),
    CoverageService.improvements(ctx, coverage),
    CoverageService.activity(ctx, coverage),
    CoverageService.paymentsTotal(ctx, coverage),
  ]).then(
    ([beneficiaries, attendance, poblacion, workshops, agendas, ecos, improvements, activity, paymentsTotal]) => ({
      beneficiaries,
      colonias: attendance.colonias,
      coloniasAttended: attendance.attended,
      poblacion,
      workshops,
      agendas,
      ecos,
      improvements,
      activities: activity.activities,
      peopleReached: activity.peopleReached,
      paymentsTotal,
    }),
  );
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The report of a program year: NOT_FOUND naming the program years when the year has no program data.
 * `years` is what `programYears` answered (the caller may have used it already).
 */
export async function buildReport(ctx: RequestContext, year: number, years: ProgramYear[]): Promise<ReportData> {
  const programYear = years.find((y) => y.year === year);
  if (!programYear) {
    const list = years.map((y) => y.year).join(', ');
    throw new ReportError(
      ErrorCode.NOT_FOUND,
      `No program data for ${year}: the program years are ${list || 'none yet'}`,
      `No hay datos del programa para ${year}. ${list ? `Años con datos: ${list}.` : 'Aún no hay años con datos.'}`,
    );
  }
  // The services read the year through the request's loader: it is primed, not read again.
  ctx.loaders.coverage.programYear.prime(year, programYear);
  const [summary, territoriales] = await Promise.all([
    CoverageService.programSummary(ctx, year),
    TerritoryService.listTerritoriales(ctx),
  ]);
  const exact = seesExactCounts(ctx.identity);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const monthCoverage = months.map(
    (m) =>
      new Coverage({
        kind: CoverageScopeKind.ALCALDIA,
        id: 0,
        from: `${year}-${pad(m)}-01`,
        to: `${year}-${pad(m)}-${pad(lastDay(year, m))}`,
      }),
  );
  const indicators = IndicatorService.list();
  const [alcaldia, budget, perTerritorial, monthly, values] = await Promise.all([
    scopeFigures(ctx, summary),
    CoverageService.budget(ctx, summary),
    Promise.all(
      territoriales.map((t) => scopeFigures(ctx, CoverageService.ofTerritorial(t, summary.from, summary.to))),
    ),
    // Callers without a token count payments by whole program years: a month of theirs is the year again.
    exact ? Promise.all(monthCoverage.map((c) => CoverageService.paymentsTotal(ctx, c))) : null,
    Promise.all(
      indicators.map((i) => IndicatorService.value(ctx, i.definition, { kind: 'ALCALDIA', id: 0 }, { year })),
    ),
  ]);
  return {
    year,
    from: summary.from!,
    to: summary.to!,
    exact,
    goalPeopleReached: summary.peopleReachedGoal,
    budget,
    alcaldia,
    monthlyPayments: monthly && months.map((month, i) => ({ month, paid: monthly[i] })),
    territoriales: territoriales.map((territorial, i) => ({ territorial, ...perTerritorial[i] })),
    indicators: indicators.map((indicator, i) => ({ indicator, value: values[i] })),
  };
}
