import { Role } from '../auth/role';
import { listQuery } from '../common/list-query';
import { connectionTypes } from '../common/pagination';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogFilterArgs } from './audit.args';
import { AuditService } from './audit.service';

export const AuditEntryConnection = connectionTypes('AuditEntry', AuditEntry);

/** The audit trail query (ADMIN). */
export const AuditQueryResolver = listQuery(AuditEntryConnection, AuditLogFilterArgs, AuditService.list, {
  name: 'auditLog',
  description:
    'The audit trail (ADMIN): every write with actor, time, operation, entity, id and changed fields, oldest first, a page at a time.',
  role: Role.ADMIN,
});
