import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../auth/role';
import { VERSION_DESCRIPTION } from '../write/input-rules';
import { EcosSchool } from './ecos-school.entity';
import { CreateEcosSchoolInput, UpdateEcosSchoolInput } from './ecos.inputs';
import { EcosWriteService } from './ecos.write.service';

@Resolver()
export class EcosMutationResolver {
  @Authorized(Role.OPERATOR)
  @Mutation(() => EcosSchool, { description: 'Records an ECOS school (OPERATOR: in its own territorial).' })
  createEcosSchool(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateEcosSchoolInput) input: CreateEcosSchoolInput,
  ): Promise<EcosSchool> {
    return EcosWriteService.createEcosSchool(ctx, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => EcosSchool, { description: 'Changes an ECOS school (optimistic concurrency on `version`).' })
  updateEcosSchool(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
    @Arg('input', () => UpdateEcosSchoolInput) input: UpdateEcosSchoolInput,
  ): Promise<EcosSchool> {
    return EcosWriteService.updateEcosSchool(ctx, id, version, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => ID, { description: 'Deletes an ECOS school and its facilitator assignments. Returns the id.' })
  deleteEcosSchool(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
  ): Promise<string> {
    return EcosWriteService.deleteEcosSchool(ctx, id, version);
  }
}
