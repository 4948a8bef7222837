import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../auth/role';
import { connectionTypes, PageArgs, type Connection } from '../common/pagination';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogFilterArgs } from './audit.args';
import { AuditService, type AuditEntryNode } from './audit.service';

export const AuditEntryConnection = connectionTypes('AuditEntry', AuditEntry);

@Resolver()
export class AuditQueryResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description:
      'The audit trail (ADMIN): every write with actor, time, operation, entity, id and changed fields, oldest first, a page at a time.',
  })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => AuditLogFilterArgs) filters: AuditLogFilterArgs,
  ): Promise<Connection<AuditEntryNode>> {
    return AuditService.list(ctx, page, filters);
  }
}
