import { changesJsonSql } from '../write/audit-trail';
import { areaKm2Sql } from '../geo/spatial-sql';
import type { ImportLayer } from './import-layers';

/**
 * The importer's upsert: accepted features of the staging table
 * (`import_feature`, alias f) into the layer's table by clave, a row rewritten
 * only when something differs (version + 1), an IMPORT audit entry per
 * created or updated row — all in one statement — and each feature's outcome
 * written back to the staging table. $1 is the actor.
 */
interface UpsertColumn {
  column: string;
  field: string;
  source: string;
  read: string;
  /** Absent (null) in the file: the row keeps its value. */
  keepWhenNull?: boolean;
}

function upsertColumns(layer: ImportLayer): UpsertColumn[] {
  const geometry = layer.boundary ? 'ST_Multi(f.geom)' : 'f.geom';
  const columns: UpsertColumn[] = [
    { column: 'clave', field: 'clave', source: 'f.clave', read: 'r.clave' },
    { column: 'nombre', field: 'nombre', source: 'f.nombre', read: 'r.nombre' },
  ];
  for (const a of layer.attributes) {
    columns.push({
      column: a.column,
      field: a.field,
      source: `(f.attrs->>'${a.column}')::${a.sqlType}`,
      read: a.sqlType === 'date' ? `to_char(r."${a.column}", 'YYYY-MM-DD')` : `r."${a.column}"`,
      keepWhenNull: a.optional,
    });
  }
  columns.push({
    column: layer.geomColumn,
    field: layer.geomField,
    source: geometry,
    read: `ST_AsGeoJSON(r."${layer.geomColumn}", 9, 0)::jsonb`,
  });
  if (layer.boundary)
    columns.push({ column: 'area_km2', field: 'areaKm2', source: areaKm2Sql(geometry), read: 'r.area_km2' });
  if (layer.id === 'colonias' || !layer.boundary)
    columns.push({
      column: 'territorial_id',
      field: 'territorialId',
      source: 'f.territorial_id',
      read: 'r.territorial_id',
    });
  if (!layer.boundary)
    columns.push({ column: 'colonia_id', field: 'coloniaId', source: 'f.colonia_id', read: 'r.colonia_id' });
  return columns;
}

export function upsertSql(layer: ImportLayer): string {
  const columns = upsertColumns(layer);
  const changing = columns.filter((c) => c.column !== 'clave');
  const incoming = (c: UpsertColumn) =>
    c.keepWhenNull ? `COALESCE(EXCLUDED."${c.column}", r."${c.column}")` : `EXCLUDED."${c.column}"`;
  const reads = columns.map((c) => `${c.read} AS "${c.field}"`).join(', ');
  return `
    WITH before AS (
      SELECT r.id, ${reads} FROM "${layer.table}" r
       WHERE r.clave IN (SELECT clave FROM import_feature WHERE cardinality(reasons) = 0)
    ), up AS (
      INSERT INTO "${layer.table}" AS r (${columns.map((c) => `"${c.column}"`).join(', ')})
      SELECT ${columns.map((c) => c.source).join(', ')} FROM import_feature f WHERE cardinality(f.reasons) = 0
      ON CONFLICT (clave) DO UPDATE SET ${changing.map((c) => `"${c.column}" = ${incoming(c)}`).join(', ')}, version = r.version + 1
      WHERE (${changing.map((c) => `r."${c.column}"`).join(', ')}) IS DISTINCT FROM (${changing.map(incoming).join(', ')})
      RETURNING r.id, (r.xmax = 0) AS created, ${reads}
    ), audit AS (
      INSERT INTO audit_log (actor, operation, entity, entity_id, changes)
      SELECT $1, 'IMPORT', '${layer.entity}', up.id, ${changesJsonSql(
        columns.map((c) => c.field),
        'b',
        'up',
      )}
        FROM up LEFT JOIN before b ON b.id = up.id
    )
    UPDATE import_feature f SET outcome = CASE WHEN up.created THEN 'created' ELSE 'updated' END, target_id = up.id
      FROM up WHERE f.clave = up.clave AND cardinality(f.reasons) = 0`;
}

/**
 * Rows of `table` in the written colonias (ids selected by `writtenColoniasSql`) whose territorial_id no longer
 * matches their colonia's: moved (version + 1, audited). $1 actor. Returns `n`.
 */
export function moveProgramRowsSql(table: string, entity: string, writtenColoniasSql: string): string {
  return `
    WITH moved AS (
      SELECT r.id, r.territorial_id AS before, c.territorial_id AS after
        FROM "${table}" r JOIN colonia c ON c.id = r.colonia_id
       WHERE r.territorial_id <> c.territorial_id
         AND c.id IN (${writtenColoniasSql})
    ), up AS (
      UPDATE "${table}" r SET territorial_id = m.after, version = r.version + 1 FROM moved m WHERE r.id = m.id
      RETURNING r.id, m.before, m.after
    ), audit AS (
      INSERT INTO audit_log (actor, operation, entity, entity_id, changes)
      SELECT $1, 'IMPORT', '${entity}', up.id, jsonb_build_object('territorialId', jsonb_build_object('before', up.before, 'after', up.after)) FROM up
    )
    SELECT count(*)::int AS n FROM up`;
}
