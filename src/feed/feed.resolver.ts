import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { changesCursor, FEED_DEFAULT_PAGE, FEED_MAX_PAGE, listChanges } from './feed.service';
import { ChangePage, ChangeTable } from './feed.types';

@Resolver()
export class FeedQueryResolver {
  @Query(() => ChangePage, {
    description:
      'The change feed: every row created, updated or deleted in the followed tables, in commit order, a page at a time ' +
      '(table, id, version, operation, time, writer’s role; never row data). Resume with `after: endCursor`: no gaps and ' +
      'no repeats, even while writes go on. For API keys and signed-in callers (anonymous: UNAUTHENTICATED); ' +
      'BENEFICIARY and PAYMENT need ANALYST.',
  })
  changes(
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the previous page; none: from the start.',
    })
    after?: string | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `How many changes, 1 to ${FEED_MAX_PAGE} (default ${FEED_DEFAULT_PAGE}).`,
    })
    first?: number | null,
    @Arg('tables', () => [ChangeTable], {
      nullable: true,
      description: 'Only these tables; none: every table you may follow.',
    })
    tables?: ChangeTable[] | null,
  ): Promise<ChangePage> {
    return listChanges(ctx, { after, first, tables });
  }

  @Query(() => String, {
    description:
      'A cursor at the current end of the change feed, for a new follower: take it, copy what you need through the ' +
      'lists, then follow `changes(after:)` from it. Nothing written after it is missed.',
  })
  changesCursor(@Ctx() ctx: RequestContext): Promise<string> {
    return changesCursor(ctx);
  }
}
