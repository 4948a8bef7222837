import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { CoverageService } from './coverage.service';
import { AgendaCoverage, BeneficiaryCoverage, Coverage, ImprovementCount, WorkshopCoverage } from './coverage.types';

/**
 * The figures of a Coverage (and of types extending it), each one field
 * resolver calling one batched loader: asking for a figure of many scopes
 * costs one statement.
 */
export function CoverageFieldsResolver<T extends Coverage>(objectType: ClassType<T>) {
  @Resolver(() => objectType)
  abstract class CoverageFields {
    @FieldResolver(() => BeneficiaryCoverage)
    beneficiaries(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<BeneficiaryCoverage> {
      return CoverageService.beneficiaries(ctx, coverage);
    }

    @FieldResolver(() => Int, { description: 'Colonias in the scope.' })
    async colonias(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number> {
      return (await CoverageService.attendance(ctx, coverage)).colonias;
    }

    @FieldResolver(() => Int, {
      description: 'Colonias of the scope with, in the window, an assigned beneficiary, a workshop or an activity.',
    })
    async coloniasAttended(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number> {
      return (await CoverageService.attendance(ctx, coverage)).attended;
    }

    @FieldResolver(() => Float, {
      nullable: true,
      description: 'coloniasAttended / colonias (0–1); null when the scope has no colonias.',
    })
    coverageRatio(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number | null> {
      return CoverageService.coverageRatio(ctx, coverage);
    }

    @FieldResolver(() => WorkshopCoverage)
    workshops(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<WorkshopCoverage> {
      return CoverageService.workshops(ctx, coverage);
    }

    @FieldResolver(() => AgendaCoverage)
    agendas(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<AgendaCoverage> {
      return CoverageService.agendas(ctx, coverage);
    }

    @FieldResolver(() => Int, {
      description: 'ECOS schools in colonias of the scope, of program years the window touches.',
    })
    async ecosSchools(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number> {
      return (await CoverageService.ecos(ctx, coverage)).schools;
    }

    @FieldResolver(() => Int, {
      description: 'People who took part in those ECOS schools (their participants, summed).',
    })
    async ecosParticipants(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number> {
      return (await CoverageService.ecos(ctx, coverage)).participants;
    }

    @FieldResolver(() => Int, {
      description: 'Beneficiaries trained in popular education who facilitate those ECOS schools.',
    })
    async ecosFacilitators(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number> {
      return (await CoverageService.ecos(ctx, coverage)).facilitators;
    }

    @FieldResolver(() => [ImprovementCount], {
      description:
        'Public-space improvements dated in the window, every kind: count is finished works (improved and in use), ' +
        'planned and inProgress apart; null when the kind is untracked.',
    })
    improvements(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<ImprovementCount[]> {
      return CoverageService.improvements(ctx, coverage);
    }

    @FieldResolver(() => Int, { description: 'Field activities held in the window.' })
    async activities(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number> {
      return (await CoverageService.activity(ctx, coverage)).activities;
    }

    @FieldResolver(() => Int, { description: 'People reached by the activities held in the window.' })
    async peopleReached(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number> {
      return (await CoverageService.activity(ctx, coverage)).peopleReached;
    }

    @FieldResolver(() => Int, {
      nullable: true,
      description:
        'Inhabitants of the scope: the IECM population of its colonias, each unit counted once; null when unknown.',
    })
    poblacion(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number | null> {
      return CoverageService.population(ctx, coverage);
    }

    @FieldResolver(() => Float, {
      nullable: true,
      description:
        'peopleReached per 1,000 inhabitants of the scope (peopleReached × 1000 / poblacion); null when the population is unknown.',
    })
    peopleReachedPer1000(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number | null> {
      return CoverageService.peopleReachedPer1000(ctx, coverage);
    }

    @FieldResolver(() => Float, {
      nullable: true,
      description:
        "Payments (MXN) to the scope's beneficiaries in payment rows whose month overlaps the window. " +
        'Callers without a token: payments of the whole program years the window touches, null when suppressed ' +
        '(payments differ by role, so they are hidden wherever the role breakdown has a hidden cell).',
    })
    paymentsTotal(@Root() coverage: T, @Ctx() ctx: RequestContext): Promise<number | null> {
      return CoverageService.paymentsTotal(ctx, coverage);
    }
  }
  return CoverageFields;
}
