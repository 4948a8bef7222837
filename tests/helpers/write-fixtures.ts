import type { DataSource } from 'typeorm';
import { MODULES } from '../../src/app/modules';
import { AuditEntry } from '../../src/audit/audit-entry.entity';

/**
 * Every table a write may touch, from the module list: the tables of every module that writes
 * (audits) rows, and the audit log. A new writable module is in it without an edit here.
 */
export function writtenTables(ds: DataSource): string[] {
  const writers = MODULES.filter((m) => (m.audited?.length ?? 0) > 0);
  return [...writers.flatMap((m) => m.entities ?? []), AuditEntry].map((entity) => ds.getMetadata(entity).tableName);
}

/** Row counts of every written table plus a digest of versions and tracked flags: equal before and after ⇒ nothing was written. */
export async function writeState(ds: DataSource): Promise<Record<string, string | number>> {
  const counts = writtenTables(ds)
    .map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`)
    .join(', ');
  const [row] = await ds.query(
    `SELECT ${counts},
       (SELECT md5(string_agg(kind || tracked::text, ',' ORDER BY kind)) FROM public_space_kind) AS tracked,
       (SELECT sum(version)::int FROM beneficiary) + (SELECT sum(version)::int FROM colonia) + (SELECT sum(version)::int FROM territorial) AS versions`,
  );
  return row;
}

export interface Places {
  /** A TER-03 colonia, a point on its surface and its clave. */
  ter03: {
    coloniaId: number;
    territorialId: number;
    clave: string;
    point: { type: 'Point'; coordinates: [number, number] };
  };
  /** Another TER-03 colonia (not adjacent to the first one). */
  ter03b: { coloniaId: number; point: { type: 'Point'; coordinates: [number, number] } };
  ter04: { coloniaId: number; territorialId: number; point: { type: 'Point'; coordinates: [number, number] } };
  /** A TER-03 beneficiary (folio) and one of TER-04. */
  beneficiary03: number;
  beneficiary04: number;
}

export async function places(ds: DataSource): Promise<Places> {
  const colonias: {
    id: number;
    territorial_id: number;
    clave: string;
    t: string;
    p: { type: 'Point'; coordinates: [number, number] };
  }[] = await ds.query(
    `SELECT c.id, c.territorial_id, c.clave, t.clave AS t, ST_AsGeoJSON(ST_PointOnSurface(c.geom), 7)::json AS p
       FROM colonia c JOIN territorial t ON t.id = c.territorial_id WHERE t.clave IN ('TER-03', 'TER-04') ORDER BY t.clave, c.area_km2 DESC, c.id`,
  );
  const in03 = colonias.filter((c) => c.t === 'TER-03');
  const first = in03[0];
  const far: { id: number }[] = await ds.query(
    `SELECT b.id FROM colonia a, colonia b WHERE a.id = $1 AND b.territorial_id = a.territorial_id AND NOT ST_DWithin(a.geom, b.geom, 0.001) ORDER BY b.id LIMIT 1`,
    [first.id],
  );
  const second = in03.find((c) => c.id === far[0].id)!;
  const in04 = colonias.find((c) => c.t === 'TER-04')!;
  const [b03] = await ds.query(
    `SELECT b.id FROM beneficiary b JOIN territorial t ON t.id = b.territorial_id WHERE t.clave = 'TER-03' ORDER BY b.id LIMIT 1`,
  );
  const [b04] = await ds.query(
    `SELECT b.id FROM beneficiary b JOIN territorial t ON t.id = b.territorial_id WHERE t.clave = 'TER-04' ORDER BY b.id LIMIT 1`,
  );
  return {
    ter03: { coloniaId: first.id, territorialId: first.territorial_id, clave: first.clave, point: first.p },
    ter03b: { coloniaId: second.id, point: second.p },
    ter04: { coloniaId: in04.id, territorialId: in04.territorial_id, point: in04.p },
    beneficiary03: b03.id,
    beneficiary04: b04.id,
  };
}
