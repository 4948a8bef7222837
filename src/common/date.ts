import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors';

/**
 * Calendar dates (YYYY-MM-DD, no time, no zone) for date-range arguments and
 * date fields.
 *
 * The scalar only checks the value is a string: the field validates it with
 * `requireDate`/`requireDateRange`, so a bad date is a BAD_USER_INPUT whose
 * message names the argument (a scalar cannot know the argument's name, and
 * graphql-js reports literal scalar errors as validation failures).
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601, no time or zone), e.g. 2020-03-15.',
  serialize: (value) => {
    if (typeof value === 'string') return value.slice(0, 10);
    throw new TypeError('Date fields must be resolved as YYYY-MM-DD strings');
  },
  parseValue: (value) => {
    if (typeof value !== 'string') throw badInput('Date', 'must be a string YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Date', 'must be a string YYYY-MM-DD');
    return ast.value;
  },
});

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date between years 1900 and 2999, as given (YYYY-MM-DD). */
export function requireDate(argument: string, value: string): string {
  const match = DATE_PATTERN.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    match !== null &&
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day;
  if (!real) throw badInput(argument, `must be a calendar date YYYY-MM-DD (got ${JSON.stringify(value.slice(0, 40))})`);
  if (year < 1900 || year > 2999) throw badInput(argument, 'must be between 1900-01-01 and 2999-12-31');
  return value;
}

/** An inclusive date window; either end may be open (null). */
export interface DateWindow {
  from: string | null;
  to: string | null;
}

/** Validates `from`/`to` (both optional, inclusive); `from` after `to` is an error naming `from`. */
export function requireDateRange(from?: string | null, to?: string | null): DateWindow {
  const window: DateWindow = {
    from: from == null ? null : requireDate('from', from),
    to: to == null ? null : requireDate('to', to),
  };
  if (window.from !== null && window.to !== null && window.from > window.to) {
    throw badInput('from', `must not be after to (${window.from} > ${window.to})`);
  }
  return window;
}

/**
 * A closed window [from, to] (YYYY-MM-DD, valid) spans less than `years` years: `to` comes before the same day
 * `years` years after `from` (29 February: the last day of February). BAD_USER_INPUT naming `argument` otherwise.
 */
export function requireWindowWithin(argument: string, from: string, to: string, years: number): void {
  const start = new Date(`${from}T00:00:00Z`);
  const limit = new Date(Date.UTC(start.getUTCFullYear() + years, start.getUTCMonth(), start.getUTCDate()));
  if (limit.getUTCDate() !== start.getUTCDate()) limit.setUTCDate(0);
  if (new Date(`${to}T00:00:00Z`) >= limit)
    throw badInput(
      argument,
      `makes a period of ${years} years or more (${from} – ${to}): a period spans less than ${years} years`,
    );
}
