import type { RequestContext } from '../common/request-context';
import { requireDateRange } from '../common/date';
import { badInput } from '../common/errors';
import { applyKeyset, pageWindow, toConnection, type Connection, type PageArgs } from '../common/pagination';
import { parseId } from '../common/validate';
import { AuditEntry } from './audit-entry.entity';
import type { AuditLogFilterArgs } from './audit.args';

/** A page of audit entries as the API shows them (numeric ids for the keyset helper). */
export type AuditEntryNode = Omit<AuditEntry, 'id'> & { id: number };

export class AuditService {
  /**
   * Audit entries oldest first (keyset on the entry id, which follows commit
   * order closely), filtered by entity, row id and an inclusive UTC date window;
   * served by the (entity, entity_id, at) and (at) indexes.
   */
  static async list(
    ctx: RequestContext,
    page: PageArgs,
    filters: AuditLogFilterArgs,
  ): Promise<Connection<AuditEntryNode>> {
    const window = pageWindow(page);
    const dates = requireDateRange(filters.from, filters.to);
    if (filters.id != null && filters.entity == null) throw badInput('id', 'requires entity (ids are per kind of row)');
    const entityId = filters.id != null ? parseId('id', filters.id) : undefined;
    const filtered = () => {
      const qb = ctx.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
      if (filters.entity != null) qb.andWhere('a.entity = :entity', { entity: filters.entity });
      if (entityId !== undefined) qb.andWhere('a.entity_id = :entityId', { entityId });
      if (dates.from !== null) qb.andWhere(`a.at >= (:from::date)::timestamp AT TIME ZONE 'UTC'`, { from: dates.from });
      if (dates.to !== null) qb.andWhere(`a.at < (:to::date + 1)::timestamp AT TIME ZONE 'UTC'`, { to: dates.to });
      return qb;
    };
    const [rows, totalCount] = await Promise.all([
      applyKeyset(filtered(), window, 'a.id').getMany(),
      filtered().getCount(),
    ]);
    return toConnection(
      rows.map((row) => ({ ...row, id: Number(row.id) })),
      window,
      totalCount,
    );
  }
}
