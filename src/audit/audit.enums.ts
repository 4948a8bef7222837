import { registerEnumType } from 'type-graphql';

export { AuditOperation } from '../write/audit-trail';

/**
 * Audited entities, `{ ECOS_SCHOOL: 'ecos_school', … }`; the value is what
 * `audit_log.entity` stores. Filled once from the modules' `audited` names
 * (src/app/registry.ts) before the schema is built.
 */
export const AuditEntity: Record<string, string> = {};

export function registerAuditEntities(names: readonly string[]): void {
  for (const name of names) {
    if (Object.values(AuditEntity).includes(name)) throw new Error(`two modules audit "${name}"`);
    AuditEntity[name.toUpperCase()] = name;
  }
  registerEnumType(AuditEntity, { name: 'AuditEntity', description: 'The kind of row an audit entry is about.' });
}
