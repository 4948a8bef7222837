import { defineModule } from '../module';
import { FeedQueryResolver } from './feed.resolver';

/**
 * The change feed (`changes`): what was created, updated or deleted, in commit order,
 * from `change_log` (filled by triggers, migration 1766500000000), resumable by cursor.
 */
export const feedModule = defineModule({
  name: 'feed',
  resolvers: [FeedQueryResolver],
});
