import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/errors';
import { requireColoniaId, requireTerritorialId } from '../placement/territory-filter';
import { findIndicator, INDICATOR_CODES, type IndicatorDefinition } from './indicator.catalogue';
import { seesExactCounts, suppressSmallCells } from '../auth/small-cells';
import type { SeriesInterval } from './indicator.enums';
import type { Measure } from './indicator.sql';
import type { CellFigures, IndicatorCell } from './indicator.loaders';
import { periodsOf, requireWindow, type Period } from './indicator.periods';
import { Indicator, IndicatorPeriodValue } from './indicator.types';

export interface IndicatorUnit {
  kind: IndicatorCell['kind'];
  id: number;
}

export interface WindowInput {
  from?: string | null;
  to?: string | null;
  year?: number | null;
}

const ALCALDIA: IndicatorUnit = { kind: 'ALCALDIA', id: 0 };

/** The value of a period by the indicator's rule; null without data. */
function valueOf(definition: IndicatorDefinition, figures: CellFigures, period: Period): IndicatorPeriodValue {
  const out = new IndicatorPeriodValue();
  Object.assign(out, { start: period.start, end: period.end, value: null, numerator: null, denominator: null });
  if (!figures.hasData) return out;
  if (definition.value === 'STORED') {
    // Four decimals, as the IDS fields of social-development give it.
    out.value = figures.stored === null ? null : Math.round(figures.stored * 10_000) / 10_000;
    return out;
  }
  const numerator = figures.numerator ?? 0;
  out.numerator = numerator;
  out.denominator = figures.denominator;
  if (definition.value === 'COUNT') out.value = numerator;
  else out.value = figures.denominator ? Math.round((numerator / figures.denominator) * 100_000 * 100) / 100 : null;
  return out;
}

/**
 * The indicator catalogue and its values. Validation happens here (unknown
 * code, window, interval); figures come from the request's indicator loader,
 * one statement for every indicator, unit and period of the request.
 */
export const IndicatorService = {
  list(): Indicator[] {
    return INDICATOR_CODES.map((code) => new Indicator(findIndicator(code)!));
  },

  /** An indicator by code; BAD_USER_INPUT naming `argument` (and the codes) when unknown. */
  require(code: string, argument = 'code'): Indicator {
    const definition = findIndicator(code);
    if (!definition)
      throw badInput(
        argument,
        `unknown indicator ${JSON.stringify(code.slice(0, 60))}; one of ${INDICATOR_CODES.join(', ')}`,
      );
    return new Indicator(definition);
  },

  /** The unit of territorialId / coloniaId (at most one), else the alcaldía. */
  async unit(ctx: RequestContext, territorialId?: string | null, coloniaId?: string | null): Promise<IndicatorUnit> {
    if (territorialId != null && coloniaId != null)
      throw badInput('territorialId or coloniaId', 'are exclusive (give at most one)');
    if (territorialId != null)
      return { kind: 'TERRITORIAL', id: await requireTerritorialId(ctx, 'territorialId', territorialId) };
    if (coloniaId != null) return { kind: 'COLONIA', id: await requireColoniaId(ctx, 'coloniaId', coloniaId) };
    return ALCALDIA;
  },

  /** The values of periods of one indicator on one unit (batched with every other of the request). */
  async values(
    ctx: RequestContext,
    definition: IndicatorDefinition,
    unit: IndicatorUnit,
    periods: Period[],
  ): Promise<IndicatorPeriodValue[]> {
    const load = async (measure: Measure) =>
      (
        await ctx.loaders.indicator.cells.loadMany(
          periods.map((p) => ({ measure, kind: unit.kind, id: unit.id, start: p.start, end: p.end })),
        )
      ).map((f) => {
        if (f instanceof Error) throw f;
        return f;
      });
    const suppress = definition.breakdown && !seesExactCounts(ctx.identity);
    const [own, ...breakdown] = await Promise.all(
      [definition.measure, ...(suppress ? definition.breakdown! : [])].map(load),
    );
    const values = own.map((f, i) => valueOf(definition, f, periods[i]));
    if (suppress)
      values.forEach((value, i) => {
        // The period's breakdown, this cell among its cells: a small cell hides it (and the cell that would give it away).
        const cells = definition.breakdown!.map((measure, m) => ({
          key: measure,
          count: breakdown[m][i].hasData ? (breakdown[m][i].numerator ?? 0) : null,
        }));
        suppressSmallCells(ctx.identity, { breakdowns: [cells] });
        if (cells.find((c) => c.key === definition.measure)!.count === null)
          Object.assign(value, { value: null, numerator: null });
      });
    return values;
  },

  /** The series of an indicator on a unit over a window, one value per calendar period of the interval. */
  series(
    ctx: RequestContext,
    definition: IndicatorDefinition,
    unit: IndicatorUnit,
    window: WindowInput,
    interval: SeriesInterval,
  ): Promise<IndicatorPeriodValue[]> {
    const periods = periodsOf(requireWindow(window.from, window.to, window.year), interval);
    return IndicatorService.values(ctx, definition, unit, periods);
  },

  /** The indicator on a unit over a whole window (one period). */
  async value(
    ctx: RequestContext,
    definition: IndicatorDefinition,
    unit: IndicatorUnit,
    window: WindowInput,
  ): Promise<IndicatorPeriodValue> {
    const [value] = await IndicatorService.values(ctx, definition, unit, [
      requireWindow(window.from, window.to, window.year),
    ]);
    return value;
  },
};
