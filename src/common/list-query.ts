import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './request-context';
import type { Role } from '../auth/role';
import { PageArgs, type Connection } from './pagination';

type Class<T = object> = new (...args: any[]) => T;

export interface ListQueryOptions {
  /** The query's name in the schema, e.g. `workshops`. */
  name: string;
  description: string;
  /** The least role that may run it; none: as the schema's default (public reads). */
  role?: Role;
}

/**
 * A paged list query, declared once: `name(first, after, …filters): <connection>`,
 * a thin resolver that hands the page and the filter arguments to `list`.
 */
export function listQuery<F, T>(
  connection: Class,
  filters: Class<F>,
  list: (ctx: RequestContext, page: PageArgs, filters: F) => Promise<Connection<T>>,
  { name, description, role }: ListQueryOptions,
): Class {
  const authorized: MethodDecorator = role === undefined ? () => undefined : Authorized(role);

  @Resolver()
  class ListQuery {
    @authorized
    @Query(() => connection, { name, description })
    run(
      @Ctx() ctx: RequestContext,
      @Args(() => PageArgs) page: PageArgs,
      @Args(() => filters) args: F,
    ): Promise<Connection<T>> {
      return list(ctx, page, args);
    }
  }
  return ListQuery;
}
