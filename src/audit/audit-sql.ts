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
