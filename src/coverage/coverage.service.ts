import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/errors';
import { requireDateRange } from '../common/date';
import { requireIntInRange } from '../common/validate';
import { requireColoniaId, requireTerritorialId } from '../placement/territory-filter';
import { TerritoryService } from '../territory/territory.service';
import type { Colonia } from '../placement/colonia.entity';
import type { Territorial } from '../placement/territorial.entity';
import {
  Budget,
  Coverage,
  CoverageScopeKind,
  ProgramSummary,
  type BeneficiaryCoverage,
  type ImprovementCount,
} from './coverage.types';
import { seesExactCounts } from '../auth/small-cells';
import type { CoverageAt } from './coverage-at.type';

/**
 * Coverage of the program by scope. Building a Coverage only validates its
 * arguments; its figures are read by the field resolvers through the request's
 * coverage loaders, one statement per figure for all scopes of the request.
 */

export class CoverageService {
  /** A territorial, a colonia (at most one of the two) or, with neither, the whole alcaldía. */
  static async coverage(
    ctx: RequestContext,
    territorialId?: string | null,
    coloniaId?: string | null,
    from?: string | null,
    to?: string | null,
  ): Promise<Coverage> {
    if (territorialId != null && coloniaId != null)
      throw badInput('territorialId or coloniaId', 'are exclusive (give at most one)');
    const window = requireDateRange(from, to);
    if (territorialId != null)
      return new Coverage({
        kind: CoverageScopeKind.TERRITORIAL,
        id: await requireTerritorialId(ctx, 'territorialId', territorialId),
        ...window,
      });
    if (coloniaId != null)
      return new Coverage({
        kind: CoverageScopeKind.COLONIA,
        id: await requireColoniaId(ctx, 'coloniaId', coloniaId),
        ...window,
      });
    return new Coverage({ kind: CoverageScopeKind.ALCALDIA, id: 0, ...window });
  }

  static ofTerritorial(territorial: Territorial, from?: string | null, to?: string | null): Coverage {
    return new Coverage({ kind: CoverageScopeKind.TERRITORIAL, id: territorial.id, ...requireDateRange(from, to) });
  }

  static ofColonia(colonia: Colonia, from?: string | null, to?: string | null): Coverage {
    return new Coverage({ kind: CoverageScopeKind.COLONIA, id: colonia.id, ...requireDateRange(from, to) });
  }

  /** The alcaldía over a program year (1 January – 31 December) with the year's goal and budget. */
  static async programSummary(ctx: RequestContext, year: number): Promise<ProgramSummary> {
    requireIntInRange('year', year, 2000, 2100);
    const programYear = await ctx.loaders.coverage.programYear.load(year);
    if (!programYear) throw badInput('year', `${year} is not a program year`);
    const summary = new ProgramSummary({
      kind: CoverageScopeKind.ALCALDIA,
      id: 0,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    summary.year = year;
    summary.peopleReachedGoal = programYear.goalPeopleReached;
    return summary;
  }

  static async budget(ctx: RequestContext, summary: ProgramSummary): Promise<Budget> {
    const [programYear, paid] = await Promise.all([
      ctx.loaders.coverage.programYear.load(summary.year),
      ctx.loaders.coverage.payments.load(summary.scope),
    ]);
    if (!programYear) throw new Error(`program year ${summary.year} disappeared`);
    return { approved: programYear.budgetApproved, exercised: programYear.budgetExercised, paid };
  }

  /** The colonia and territorial at a point (as `locate`), with their coverage; null outside the alcaldía. */
  static async coverageAt(
    ctx: RequestContext,
    lon: number,
    lat: number,
    from?: string | null,
    to?: string | null,
  ): Promise<CoverageAt | null> {
    const window = requireDateRange(from, to);
    const location = await TerritoryService.locate(ctx, lon, lat);
    if (!location) return null;
    return {
      ...location,
      coloniaCoverage: new Coverage({ kind: CoverageScopeKind.COLONIA, id: location.colonia.id, ...window }),
      territorialCoverage: new Coverage({
        kind: CoverageScopeKind.TERRITORIAL,
        id: location.territorial.id,
        ...window,
      }),
    };
  }

  /**
   * Exact for ANALYST and above. PUBLIC reads the alcaldía-wide suppressed table (public-coverage.ts): whole
   * program years, small cells and every cell that would reveal one hidden.
   */
  static async beneficiaries(ctx: RequestContext, coverage: Coverage): Promise<BeneficiaryCoverage> {
    if (seesExactCounts(ctx.identity)) return ctx.loaders.coverage.beneficiaries.load(coverage.scope);
    return (await ctx.loaders.coverage.publicCoverage()).beneficiaries(coverage.scope);
  }

  static attendance(ctx: RequestContext, coverage: Coverage) {
    return ctx.loaders.coverage.attendance.load(coverage.scope);
  }

  static async coverageRatio(ctx: RequestContext, coverage: Coverage): Promise<number | null> {
    const { colonias, attended } = await ctx.loaders.coverage.attendance.load(coverage.scope);
    return colonias === 0 ? null : attended / colonias;
  }

  static workshops(ctx: RequestContext, coverage: Coverage) {
    return ctx.loaders.coverage.workshops.load(coverage.scope);
  }

  static agendas(ctx: RequestContext, coverage: Coverage) {
    return ctx.loaders.coverage.agendas.load(coverage.scope);
  }

  static ecos(ctx: RequestContext, coverage: Coverage) {
    return ctx.loaders.coverage.ecos.load(coverage.scope);
  }

  static improvements(ctx: RequestContext, coverage: Coverage): Promise<ImprovementCount[]> {
    return ctx.loaders.coverage.improvements.load(coverage.scope);
  }

  static activity(ctx: RequestContext, coverage: Coverage) {
    return ctx.loaders.coverage.activity.load(coverage.scope);
  }

  static population(ctx: RequestContext, coverage: Coverage): Promise<number | null> {
    return ctx.loaders.coverage.population.load(coverage.scope);
  }

  /** People reached per 1,000 inhabitants of the scope; null when its population is unknown. */
  static async peopleReachedPer1000(ctx: RequestContext, coverage: Coverage): Promise<number | null> {
    const [population, activity] = await Promise.all([
      CoverageService.population(ctx, coverage),
      CoverageService.activity(ctx, coverage),
    ]);
    return population ? (activity.peopleReached * 1000) / population : null;
  }

  /** The year's goal of people reached per 1,000 inhabitants of the alcaldía. */
  static async goalPer1000(ctx: RequestContext, summary: ProgramSummary): Promise<number | null> {
    const population = await CoverageService.population(ctx, summary);
    return population ? (summary.peopleReachedGoal * 1000) / population : null;
  }

  /** Exact for ANALYST and above; PUBLIC: whole program years, null where it would reveal a hidden role count. */
  static async paymentsTotal(ctx: RequestContext, coverage: Coverage): Promise<number | null> {
    if (seesExactCounts(ctx.identity)) return ctx.loaders.coverage.payments.load(coverage.scope);
    return (await ctx.loaders.coverage.publicCoverage()).paymentsTotal(coverage.scope);
  }
}
