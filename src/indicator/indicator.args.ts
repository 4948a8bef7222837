import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DateScalar } from '../common/date';
import { SeriesInterval } from './indicator.enums';

/** A window: from/to (inclusive) or a calendar year. */
@ArgsType()
export class IndicatorWindowArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Start of the window, inclusive (YYYY-MM-DD); or give year.',
  })
  from?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'End of the window, inclusive (YYYY-MM-DD); at most 10 years after from.',
  })
  to?: string;

  @Field(() => Int, { nullable: true, description: 'A calendar year: 1 January – 31 December (instead of from/to).' })
  year?: number;
}

/** The unit: a territorial or a colonia (at most one), else the alcaldía. */
@ArgsType()
export class IndicatorScopeArgs extends IndicatorWindowArgs {
  @Field(() => ID, { nullable: true, description: 'A territorial (exclusive with coloniaId); neither: the alcaldía.' })
  territorialId?: string;

  @Field(() => ID, { nullable: true, description: 'A colonia (exclusive with territorialId); neither: the alcaldía.' })
  coloniaId?: string;
}

@ArgsType()
export class IndicatorSeriesArgs extends IndicatorScopeArgs {
  @Field(() => SeriesInterval, { description: 'Length of each period (calendar-aligned, cut to the window).' })
  interval: SeriesInterval;
}

/** A series of one indicator on a unit the parent gives (a territorial, a colonia, a coverage). */
@ArgsType()
export class UnitSeriesArgs extends IndicatorWindowArgs {
  @Field({ description: 'The indicator’s code (indicators { code }).' }) code: string;

  @Field(() => SeriesInterval, { description: 'Length of each period (calendar-aligned, cut to the window).' })
  interval: SeriesInterval;
}
