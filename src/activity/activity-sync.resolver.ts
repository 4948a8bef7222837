import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import type { ClassType } from '../module';
import { Role } from '../auth/role';
import { listQuery } from '../common/list-query';
import { ActivityConnection } from './activity.resolver';
import { ActivitySyncService } from './activity-sync.service';
import {
  MyActivitiesArgs,
  RECORD_ACTIVITIES_MAX,
  RecordActivityInput,
  RecordActivityResult,
} from './activity-sync.types';

@Resolver()
export class ActivitySyncResolver {
  @Authorized(Role.FACILITATOR)
  @Mutation(() => [RecordActivityResult], {
    description:
      `Field sync for offline apps: records up to ${RECORD_ACTIVITIES_MAX} activities, each answered in the order sent ` +
      '(CREATED, DUPLICATE or REFUSED). Valid ones commit even when others are refused; a resent clientId creates ' +
      'nothing twice. FACILITATOR: its own activities, in its territorial; OPERATOR: its territorial; ADMIN: any.',
  })
  recordActivities(
    @Ctx() ctx: RequestContext,
    @Arg('activities', () => [RecordActivityInput]) activities: RecordActivityInput[],
  ): Promise<RecordActivityResult[]> {
    return ActivitySyncService.recordActivities(ctx, activities);
  }
}

export const activitySyncResolvers: readonly ClassType[] = [
  ActivitySyncResolver,
  listQuery(ActivityConnection, MyActivitiesArgs, ActivitySyncService.mine, {
    name: 'myActivities',
    description: "A FACILITATOR's own activities by id, a page at a time (dates inclusive). Other roles: activities.",
    role: Role.FACILITATOR,
  }),
];
