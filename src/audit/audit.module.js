import { defineModule } from '../module';
import { AuditEntry } from './audit-entry.entity';
import { AuditQueryResolver } from './audit.resolver';
/** The audit log: every write, queryable by ADMIN (entries are written by src/write). */
export const auditModule = defineModule({
    name: 'audit',
    resolvers: [AuditQueryResolver],
    entities: [AuditEntry],
});
