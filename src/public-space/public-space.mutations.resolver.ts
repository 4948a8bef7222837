import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../auth/role';
import { VERSION_DESCRIPTION } from '../write/input-rules';
import { PublicSpaceImprovement } from './public-space-improvement.entity';
import { CreateImprovementInput, UpdateImprovementInput } from './public-space.inputs';
import { PublicSpaceWriteService } from './public-space.write.service';

@Resolver()
export class PublicSpaceMutationResolver {
  @Authorized(Role.OPERATOR)
  @Mutation(() => PublicSpaceImprovement, {
    description: 'Records a public-space improvement (OPERATOR: in its own territorial); its kind becomes tracked.',
  })
  createImprovement(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateImprovementInput) input: CreateImprovementInput,
  ): Promise<PublicSpaceImprovement> {
    return PublicSpaceWriteService.createImprovement(ctx, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => PublicSpaceImprovement, {
    description: 'Changes an improvement (optimistic concurrency on `version`).',
  })
  updateImprovement(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
    @Arg('input', () => UpdateImprovementInput) input: UpdateImprovementInput,
  ): Promise<PublicSpaceImprovement> {
    return PublicSpaceWriteService.updateImprovement(ctx, id, version, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => ID, { description: 'Deletes an improvement. Returns the id.' })
  deleteImprovement(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
  ): Promise<string> {
    return PublicSpaceWriteService.deleteImprovement(ctx, id, version);
  }
}
