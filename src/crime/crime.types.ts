import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date';
import { CrimeCategory } from './crime-category';

/** What crime figures are about: a scope, an inclusive window (null ends open) and optionally one category. */
export interface CrimeScope {
  kind: 'ALCALDIA' | 'TERRITORIAL' | 'COLONIA';
  /** Territorial or colonia id; 0 for the alcaldía. */
  id: number;
  from: string | null;
  to: string | null;
  category: CrimeCategory | null;
}

@ObjectType('CrimeCategoryCount', { description: 'Incidents of one category.' })
export class CrimeCategoryCount {
  @Field(() => CrimeCategory) key: CrimeCategory;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Incidents of one calendar month (within the window).' })
export class CrimeMonth {
  @Field({ description: 'YYYY-MM.' }) month: string;
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Incidents in one of the 14 high-impact categories.' }) highImpact: number;
}

@ObjectType({
  description:
    "Reported crime (the prosecutor's investigation files, FGJ-CDMX) in a scope over an inclusive date window. " +
    'The "measure" of the rate and changes is highImpact, or the count of the category asked for.',
})
export class CrimeStats {
  @Field(() => DateScalar, { nullable: true, description: 'Start of the window (inclusive); null: open.' })
  from: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'End of the window (inclusive); null: open.' })
  to: string | null;
  @Field(() => CrimeCategory, { nullable: true, description: 'The one category counted, if asked for.' })
  category: CrimeCategory | null;
  @Field(() => Int, { description: 'Incidents (of the category, if asked for).' }) total: number;
  @Field(() => Int, { description: 'Incidents in a high-impact category.' }) highImpact: number;
  @Field(() => [CrimeCategoryCount], { description: 'Every category, in the enum order (zero included).' })
  byCategory: CrimeCategoryCount[];
  @Field(() => [CrimeMonth], {
    description: 'Every month of the window (of the data, when open), zero months included.',
  })
  monthly: CrimeMonth[];
  @Field(() => Float, {
    nullable: true,
    description:
      'The measure per 100,000 inhabitants (poblacion of the scope) over the whole window; null without a population.',
  })
  ratePer100k: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Change of the measure from the window's first month to its last, in %, as the report computes it (661 → 548: −17.09): " +
      '(last − first) / first × 100, truncated to two decimals. Null with fewer than two months or a first month of zero.',
  })
  changeFirstToLastMonthPct: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Change of the measure against the window of the same length just before it, in % (two decimals, rounded). ' +
      'Null for an open window, when the previous window has none, or while its incidents are still loading (embedded demo, first start).',
  })
  changeVsPreviousPeriodPct: number | null;
}
