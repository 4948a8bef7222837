import { ArgsType, Field, Int } from 'type-graphql';
import { DateScalar, requireDateRange, type DateWindow } from './date';
import { badInput } from './errors';
import { requireIntInRange } from './validate';

export const WINDOW_YEAR_MIN = 1900;
export const WINDOW_YEAR_MAX = 2100;

/**
 * An inclusive date window given as `from`/`to` or as a calendar `year` (1 January to
 * 31 December): the arguments of `coverage` and `crime`, wherever they appear.
 */
@ArgsType()
export class DateWindowArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Start of the window, inclusive (YYYY-MM-DD); omit for no start.',
  })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'End of the window, inclusive (YYYY-MM-DD); omit for no end.',
  })
  to?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'A calendar year as the window (1 January to 31 December); not with from or to.',
  })
  year?: number | null;
}

/** The window of `from`/`to` or `year`, checked: BAD_USER_INPUT naming the argument. */
export function dateWindowOf({ from, to, year }: DateWindowArgs): DateWindow {
  if (year == null) return requireDateRange(from, to);
  if (from != null || to != null) throw badInput('year', 'cannot be combined with from or to');
  requireIntInRange('year', year, WINDOW_YEAR_MIN, WINDOW_YEAR_MAX);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
