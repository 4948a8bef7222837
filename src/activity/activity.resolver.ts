import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { ClassType } from '../module';
import { Role } from '../auth/role';
import { connectionTypes, PageArgs, type Connection } from '../common/pagination';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { placementResolvers } from '../territory/placement.resolvers';
import { ActivityFilterArgs } from './activity.args';
import { Activity } from './activity.entity';
import { ActivityService } from './activity.service';

export const ActivityConnection = connectionTypes('Activity', Activity);

@Resolver()
export class ActivityQueryResolver {
  @Authorized(Role.ANALYST)
  @Query(() => ActivityConnection, {
    description:
      'Field activities by id, a page at a time, with filters (dates inclusive). Totals per territory: use coverage.',
  })
  activities(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => ActivityFilterArgs) filters: ActivityFilterArgs,
  ): Promise<Connection<Activity>> {
    return ActivityService.list(ctx, page, filters);
  }
}

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Beneficiary, { description: 'Who carried it out.' })
  async beneficiary(@Root() activity: Activity, @Ctx() ctx: RequestContext): Promise<Beneficiary> {
    const beneficiary = await ctx.loaders.beneficiary.beneficiaryById.load(activity.beneficiaryId);
    if (!beneficiary) throw new Error(`beneficiary ${activity.beneficiaryId} is missing`);
    return beneficiary;
  }
}

export const activityResolvers: readonly ClassType[] = [
  ActivityQueryResolver,
  ActivityResolver,
  ...placementResolvers(Activity),
];
