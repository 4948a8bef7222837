import { Field, Float, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../common/graphql-enum';
import { DateScalar } from '../common/date';
import { AgeGroup, BeneficiaryRole, Education, Occupation, Sex } from '../beneficiary/beneficiary.enums';
import { PublicSpaceKind } from '../public-space/public-space.enums';

export const CoverageScopeKind = defineEnum('CoverageScopeKind', ['ALCALDIA', 'TERRITORIAL', 'COLONIA'], {
  description: 'What a coverage is about: the whole alcaldía, one territorial or one colonia.',
});
export type CoverageScopeKind = EnumValue<typeof CoverageScopeKind>;

/** What a coverage figure is about: a scope and an inclusive date window (null ends are open). */
export interface CoverageScope {
  kind: CoverageScopeKind;
  /** Territorial or colonia id; 0 for the alcaldía. */
  id: number;
  from: string | null;
  to: string | null;
}

/**
 * The program's coverage of a scope over a date window. Only the scope is held
 * here: each field is computed when asked for, by one SQL statement per field
 * for every scope of the request (see coverage.loaders.ts).
 */
@ObjectType({
  description:
    'The program in a scope (alcaldía, territorial or colonia) over an inclusive date window. Without from/to, all recorded data. ' +
    'Each figure is computed from the data when asked for.',
})
export class Coverage {
  scope: CoverageScope;

  @Field(() => CoverageScopeKind) get scopeKind(): CoverageScopeKind {
    return this.scope.kind;
  }
  @Field(() => DateScalar, { nullable: true, description: 'Start of the window (inclusive); null: open.' }) get from():
    string | null {
    return this.scope.from;
  }
  @Field(() => DateScalar, { nullable: true, description: 'End of the window (inclusive); null: open.' }) get to():
    string | null {
    return this.scope.to;
  }

  constructor(scope: CoverageScope) {
    this.scope = scope;
  }
}

const SUPPRESSED =
  'null when suppressed for privacy: callers without a token do not see breakdown cells of 1 to 4 people, nor the cells that would reveal one ' +
  '(from the total, from the same cell of the other colonias of a territorial or the alcaldía, or of other program years)';

function countType<T extends object>(name: string, keyType: T, description: string) {
  @ObjectType(name, { description })
  class KeyCount {
    @Field(() => keyType) key: T[keyof T];
    @Field(() => Int, { nullable: true, description: SUPPRESSED }) count: number | null;
  }
  return KeyCount;
}

export const RoleCount = countType('RoleCount', BeneficiaryRole, 'Beneficiaries with a role.');
export const AgeGroupCount = countType('AgeGroupCount', AgeGroup, 'Beneficiaries in an age group.');
export const SexCount = countType('SexCount', Sex, 'Beneficiaries of a sex.');
export const EducationCount = countType('EducationCount', Education, 'Beneficiaries with a level of schooling.');
export const OccupationCount = countType('OccupationCount', Occupation, 'Beneficiaries with an occupation.');

export interface KeyCount<K> {
  key: K;
  count: number | null;
}

@ObjectType({
  description:
    'Beneficiaries assigned to colonias of the scope, enrolled in a program year the window touches and not dropped (baja) before it starts. ' +
    'Callers without a token: whole program years (enrolled in a year the window touches, not dropped before that year began), ' +
    'so that windows touching the same years answer the same. ' +
    'Every breakdown lists every key, zeros included, and sums to total.',
})
export class BeneficiaryCoverage {
  @Field(() => Int) total: number;
  @Field(() => [RoleCount]) byRole: KeyCount<BeneficiaryRole>[];
  @Field(() => [AgeGroupCount]) byAgeGroup: KeyCount<AgeGroup>[];
  @Field(() => [SexCount]) bySex: KeyCount<Sex>[];
  @Field(() => [EducationCount]) byEducation: KeyCount<Education>[];
  @Field(() => [OccupationCount]) byOccupation: KeyCount<Occupation>[];
}

@ObjectType({ description: 'Participatory-planning workshops held in the window.' })
export class WorkshopCoverage {
  @Field(() => Int, { description: 'Workshops held (the name every coverage figure uses for its number of items).' })
  total: number;
  @Field(() => Int, { deprecationReason: 'Use total, as in BeneficiaryCoverage and CrimeStats.' }) count: number;
  @Field(() => Int, { description: 'Sum of participants.' }) participants: number;
  @Field(() => Int, { description: 'Colonias with at least one workshop in the window.' }) colonias: number;
}

@ObjectType({
  description:
    'Agendas de Desarrollo Local Comunitario of colonias of the scope, for program years the window touches. ' +
    'finished and inProgress are disjoint; implementing is a part of finished (the report: "20 ya cuentan con sus ' +
    'Agendas … terminadas y 10 ya están implementando proyectos" is 20 finished, 10 of them implementing).',
})
export class AgendaCoverage {
  @Field(() => Int, { description: 'Agendas still being drafted.' }) inProgress: number;
  @Field(() => Int, { description: 'Agendas finished (status COMPLETED or IMPLEMENTING).' }) finished: number;
  @Field(() => Int, { description: 'Finished agendas whose projects are being carried out: a part of finished.' })
  implementing: number;
}

const UNTRACKED = 'null when the kind is not tracked ("sin dato" in the report): unknown, not zero.';

@ObjectType({
  description:
    'Public-space improvements of a kind dated (built_on) in the window: count is the report\'s "mejorados y en uso" ' +
    '(finished works, status COMPLETED); planned and inProgress are the works not in use yet, reported apart.',
})
export class ImprovementCount {
  @Field(() => PublicSpaceKind) kind: PublicSpaceKind;

  @Field(() => Int, { nullable: true, description: `Finished works (COMPLETED), improved and in use; ${UNTRACKED}` })
  count: number | null;

  @Field(() => Int, { nullable: true, description: `Planned works (PLANNED), not counted in count; ${UNTRACKED}` })
  planned: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Works under way (IN_PROGRESS), not counted in count; ${UNTRACKED}`,
  })
  inProgress: number | null;
}

@ObjectType({ description: 'The budget of a program year (MXN).' })
export class Budget {
  @Field(() => Float, { description: 'Approved budget.' }) approved: number;
  @Field(() => Float, { description: 'Exercised budget, as reported.' }) exercised: number;
  @Field(() => Float, { description: 'Sum of the payment rows recorded for the year (from the data).' }) paid: number;
}

@ObjectType({
  description:
    'The whole program in a year: the coverage of the alcaldía from 1 January to 31 December, its goal and its budget.',
})
export class ProgramSummary extends Coverage {
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'People the program aims to reach in the year (the reference baseline).' })
  peopleReachedGoal: number;
  @Field(() => Budget) budget: Budget;
}
