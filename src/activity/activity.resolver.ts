import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { loadRequired } from '../db/loaders';
import type { ClassType } from '../module';
import { Role } from '../auth/role';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { placementResolvers } from '../placement/placement.resolvers';
import { ActivityFilterArgs } from './activity.args';
import { Activity } from './activity.entity';
import { ActivityService } from './activity.service';

export const ActivityConnection = connectionTypes('Activity', Activity);

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Beneficiary, { description: 'Who carried it out.' })
  beneficiary(@Root() activity: Activity, @Ctx() ctx: RequestContext): Promise<Beneficiary> {
    const id = activity.beneficiaryId;
    return loadRequired(ctx.loaders.beneficiary.beneficiaryById, id, () => `beneficiary ${id} is missing`);
  }
}

export const activityResolvers: readonly ClassType[] = [
  listQuery(ActivityConnection, ActivityFilterArgs, ActivityService.list, {
    name: 'activities',
    description:
      'Field activities by id, a page at a time, with filters (dates inclusive). Totals per territory: use coverage.',
    role: Role.ANALYST,
  }),
  ActivityResolver,
  ...placementResolvers(Activity),
];
