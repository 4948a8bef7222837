import { defineEnum, type EnumValue } from '../common/graphql-enum';

/**
 * The audit trail as the write path records it: every write is one entry in
 * `audit_log` (operation, entity, id, changed fields), written in the same
 * transaction. What an entry is about (`entity`) is a name each module gives
 * its tables (src/audit builds the GraphQL enum from the module list).
 */
export const AuditOperation = defineEnum('AuditOperation', ['CREATE', 'UPDATE', 'DELETE', 'IMPORT'], {
  description: 'CREATE, UPDATE, DELETE (mutations) or IMPORT (the boundary and layer importer).',
});
export type AuditOperation = EnumValue<typeof AuditOperation>;

/**
 * SQL for audit entries written set-based (the importer): the changed fields
 * of a row as `{ field: { before, after } }`, from two row aliases whose
 * columns are named by field (either may be NULL: created or deleted).
 */
export function changesJsonSql(fields: readonly string[], before: string, after: string): string {
  const values = fields.map((f) => `('${f}', to_jsonb(${before}."${f}"), to_jsonb(${after}."${f}"))`).join(', ');
  return `(SELECT COALESCE(jsonb_object_agg(v.k, jsonb_build_object('before', v.b, 'after', v.a)), '{}'::jsonb)
     FROM (VALUES ${values}) AS v(k, b, a) WHERE v.b IS DISTINCT FROM v.a)`;
}
