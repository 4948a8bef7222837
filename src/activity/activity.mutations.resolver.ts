import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../auth/role';
import { VERSION_DESCRIPTION } from '../write/input-rules';
import { Activity } from './activity.entity';
import { CreateActivityInput, UpdateActivityInput } from './activity.inputs';
import { ActivityWriteService } from './activity.write.service';

@Resolver()
export class ActivityMutationResolver {
  @Authorized(Role.OPERATOR)
  @Mutation(() => Activity, {
    description: 'Records a field activity (OPERATOR: in its own territorial); coverage counts it at once.',
  })
  createActivity(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateActivityInput) input: CreateActivityInput,
  ): Promise<Activity> {
    return ActivityWriteService.createActivity(ctx, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => Activity, { description: 'Changes an activity (optimistic concurrency on `version`).' })
  updateActivity(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
    @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput,
  ): Promise<Activity> {
    return ActivityWriteService.updateActivity(ctx, id, version, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => ID, { description: 'Deletes an activity. Returns the id.' })
  deleteActivity(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
  ): Promise<string> {
    return ActivityWriteService.deleteActivity(ctx, id, version);
  }
}
