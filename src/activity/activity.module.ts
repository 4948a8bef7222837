import { defineModule } from '../module';
import { ActivityDailyColonia } from './activity-daily-colonia.entity';
import { Activity } from './activity.entity';
import { activityMutations } from './activity.mutations.resolver';
import { activityResolvers } from './activity.resolver';
import { activitiesIntake } from './activity.intake';
import { activitySyncResolvers } from './activity-sync.resolver';
import { ACTIVITY_TABLE } from './activity.write.service';

/** Field activities (and their sync from offline apps) and their daily per-colonia rollup. */
export const activityModule = defineModule({
  name: 'activity',
  resolvers: [...activityResolvers, ...activityMutations, ...activitySyncResolvers],
  entities: [Activity, ActivityDailyColonia],
  audited: [ACTIVITY_TABLE.entity],
  placedTables: [ACTIVITY_TABLE],
  intakeLayers: [activitiesIntake],
});
